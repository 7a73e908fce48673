import type { NameMention, Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

const OF = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", "d'", 'of']);

/**
 * Role descriptions: a role noun with what qualifies it ("ministro degli Esteri", "omologo russo",
 * "capo della diplomazia", "servizi segreti americani", "presidente Usa"). The mention spans the
 * role, not its article; a demonym or a place in it gives the actor's affiliation.
 */
export function roleMentions(text: string, tokens: readonly Token[], first: number, end: number, pack: LanguagePack, roleModifiers: ReadonlySet<string>): NameMention[] {
  const mentions: NameMention[] = [];
  for (let i = first; i < end; i++) {
    const head = tokens[i]!;
    const role = head.kind === 'word' ? pack.roleNouns.get(head.lower) : undefined;
    if (!role) continue;
    // A capitalised role at sentence start is still a role ("Il presidente", "Presidente del Venezuela").
    let j = i + 1;
    let affiliation: string | undefined;
    for (let taken = 0; taken < 3 && j < end; taken++) {
      const t = tokens[j]!;
      // "presidente russo", "presidente Usa": a demonym or a country (not a city: "Vladimir Putin")
      const country = t.capitalized ? pack.lookupPlace(t.text) : null;
      const place = t.kind !== 'word' ? null : pack.demonymPlace(t.lower) ?? (country && country.name === country.countryName ? country.name : null);
      if (place) {
        affiliation ??= place;
        j++;
        continue;
      }
      if (!t.capitalized && roleModifiers.has(t.lower)) { j++; continue; }
      const next = tokens[j + 1];
      if (OF.has(t.lower) && next && next.kind === 'word' && j + 1 < end && !pack.stopwords.has(next.lower)) {
        const place2 = next.capitalized ? pack.lookupPlace(next.text) : null;
        if (place2) affiliation ??= place2.countryName ?? place2.name;
        // a capitalised word after "di" may be a person's name ("capo di Stato" vs "figlio di Mario"):
        // only a known place or a lowercase noun completes the role
        if (next.capitalized && !place2 && pack.isGivenName(next.lower)) break;
        j += 2;
        continue;
      }
      break;
    }
    const title = text.slice(head.start, tokens[j - 1]!.end);
    mentions.push({
      start: head.start,
      end: tokens[j - 1]!.end,
      text: title,
      kind: 'nominal',
      type: role.type === 'group' ? 'group' : role.type,
      firstToken: i,
      endToken: j,
      role: { head: role.head, title },
      ...(affiliation ? { affiliation } : {}),
      insideQuote: false,
    });
    i = j - 1;
  }
  return mentions;
}
