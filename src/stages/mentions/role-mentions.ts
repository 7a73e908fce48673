import type { NameMention, Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';
import { emptyNameLexicon } from '../../lang/name-lexicon.js';

// Both languages' "of" (a pack's name lexicon is optional: English has none)
const OF = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", "d'", 'of']);

/** How many adjectives may stand between a role and the name it introduces: "il giudice monocratico Laura Neri". */
const MAX_ADJECTIVES = 2;

/**
 * Where the lowercase adjectives after a role end, when a capitalised name follows them: "il
 * giudice monocratico | Laura Neri", "la pittrice astrattista | Anna Ferri". Only words of an
 * adjective's shape that are no function word, cue, auxiliary, adverb or role: "il presidente
 * incontra Mario Rossi" keeps its verb out. -1 when no name follows.
 */
function adjectivesBeforeName(tokens: readonly Token[], from: number, end: number, pack: LanguagePack): number {
  const names = pack.names ?? emptyNameLexicon;
  let k = from;
  while (k < end && k < from + MAX_ADJECTIVES) {
    const t = tokens[k]!;
    const closed = pack.stopwords.has(t.lower) || pack.prepositions.has(t.lower) || pack.determiners.has(t.lower) || pack.auxiliaries.has(t.lower) ||
      pack.adverbs.has(t.lower) || pack.cueForms.has(t.lower) || pack.roleNouns.has(t.lower);
    if (t.kind !== 'word' || t.capitalized || closed || !names.adjectiveEndings.some((ending) => t.lower.endsWith(ending))) break;
    k++;
  }
  const name = tokens[k];
  return k > from && k < end && name!.kind === 'word' && name!.capitalized ? k : -1;
}

/**
 * Role descriptions: a role noun with what qualifies it ("ministro degli Esteri", "omologo russo",
 * "capo della diplomazia", "servizi segreti americani", "presidente Usa", "giudice monocratico"
 * before a name, "on." with its period). The mention spans the role, not its article; a demonym or
 * a place in it gives the actor's affiliation.
 */
export function roleMentions(text: string, tokens: readonly Token[], first: number, end: number, pack: LanguagePack, roleModifiers: ReadonlySet<string>): NameMention[] {
  const mentions: NameMention[] = [];
  const prefixes = (pack.names ?? emptyNameLexicon).rolePrefixes;
  for (let i = first; i < end; i++) {
    const head = tokens[i]!;
    // "primo ministro": the prefix opens the role, the noun after it is its head
    // ("primo cittadino": a two-word office the pack knows by its synonym, not by its noun)
    const pair = prefixes.has(head.lower) && i + 1 < end ? `${head.lower} ${tokens[i + 1]!.lower}` : '';
    const prefixed = pair ? pack.roleNouns.get(tokens[i + 1]!.lower) ?? (pack.roleSynonyms?.has(pair) ? { head: pair, type: 'person' as const } : undefined) : undefined;
    const role = prefixed?.type === 'person' ? prefixed : head.kind === 'word' ? pack.roleNouns.get(head.lower) : undefined;
    if (!role) continue;
    // "on. Rossi", "sen. Bianchi": an abbreviated title has its period; "on" alone is English
    const abbreviated = pack.abbreviations.has(head.lower);
    if (abbreviated && !(tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === head.end)) continue;
    // A capitalised role at sentence start is still a role ("Il presidente", "Presidente del Venezuela").
    let j = abbreviated || prefixed ? i + 2 : i + 1;
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
      // Bounds first: optimised code that reads past an array's end is thrown away.
      const next = j + 1 < end ? tokens[j + 1] : undefined;
      if (OF.has(t.lower) && next && next.kind === 'word' && !pack.stopwords.has(next.lower)) {
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
    // "il giudice monocratico Laura Neri": adjectives between the role and its name are the role's
    const named = adjectivesBeforeName(tokens, j, end, pack);
    if (named > 0) j = named;
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
