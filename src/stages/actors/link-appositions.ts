import type { NameMention, Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

/** How many words may stand between the comma after a name and the role that describes it ("l'attuale"). */
const LEAD_WORDS = 2;
const CLOSERS = new Set([',', '.', ';', ')', ':']);

/**
 * Role descriptions set off by commas beside a name, in either order: "il presidente della
 * Regione, Anna Neri, ha detto" and "Anna Neri, presidente della Regione, ha detto". The role then
 * names the same person (returned as nominal index -> name index). The pair must close where an
 * apposition closes (a comma, a stop, a bracket, a verb), so that "ha incontrato il sindaco,
 * Anna Neri e altri" is read as a list only when nothing else tells. Roles already linked to a name
 * right after them ("il prefetto Marco Rossi") are left as they are.
 */
export function findAppositions(tokens: readonly Token[], mentions: readonly NameMention[], pack: LanguagePack): Map<number, number> {
  const byFirst = new Map<number, number>();
  const byEnd = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (!byFirst.has(m.firstToken) || m.kind === 'name') byFirst.set(m.firstToken, i);
    if (!byEnd.has(m.endToken) || m.kind === 'name') byEnd.set(m.endToken, i);
  });
  const closes = (k: number, sentence: number) => {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return true;
    return CLOSERS.has(t.text) || pack.auxiliaries.has(t.lower) || pack.cueOf(t.lower) !== undefined;
  };
  const links = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (m.kind !== 'nominal' || m.appositionOf !== undefined || m.insideQuote) return;
    const sentence = tokens[m.firstToken]!.sentence;
    // role, Name,
    const after = tokens[m.endToken];
    const next = byFirst.get(m.endToken + 1);
    if (after?.text === ',' && next !== undefined && mentions[next]!.kind === 'name' && mentions[next]!.type === m.type && closes(mentions[next]!.endToken, sentence)) {
      links.set(i, next);
      return;
    }
    // Name, (the | current) role,
    let k = m.firstToken - 1;
    for (let lead = 0; lead < LEAD_WORDS && k >= 0 && tokens[k]!.text !== ',' && tokens[k]!.sentence === sentence; lead++) {
      const t = tokens[k]!;
      if (t.capitalized || t.kind !== 'word' || pack.prepositions.has(t.lower) || pack.auxiliaries.has(t.lower) || pack.cueOf(t.lower)) return;
      k--;
    }
    if (tokens[k]?.text !== ',') return;
    const name = byEnd.get(k);
    if (name === undefined || mentions[name]!.kind !== 'name' || mentions[name]!.type !== m.type || !closes(m.endToken, sentence)) return;
    links.set(i, name);
  });
  return links;
}
