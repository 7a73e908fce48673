import type { NameMention, Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

/** How many words may stand between the comma after a name and the role that describes it ("l'attuale"). */
const LEAD_WORDS = 2;
/** How many words of a complement may follow a role before its comma ("degli Stati Uniti d'America"). */
const COMPLEMENT_REACH = 6;
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
  const startsRole = new Set<number>();
  mentions.forEach((m, i) => {
    if (m.kind === 'nominal') startsRole.add(m.firstToken);
    if (!byFirst.has(m.firstToken) || m.kind === 'name') byFirst.set(m.firstToken, i);
    if (!byEnd.has(m.endToken) || m.kind === 'name') byEnd.set(m.endToken, i);
  });
  // "il portavoce dei ribelli in Siria, Karim Haddad": a complement of place or body may follow the role
  // (or an adjective: "il direttore del museo civico, Paolo Ferrante"), up to another mention's start
  const adjectiveEndings = pack.names?.adjectiveEndings ?? [];
  // (a capitalised word is a name's: "Stati" is no auxiliary in "degli Stati Uniti")
  const inComplement = (t: Token) => t.kind === 'word' && (t.capitalized || (!pack.auxiliaries.has(t.lower) && pack.cueOf(t.lower) === undefined &&
    (pack.prepositions.has(t.lower) || pack.determiners.has(t.lower) || t.lower.endsWith("'") || adjectiveEndings.some((ending) => t.lower.endsWith(ending)))));
  const pastComplement = (k: number, sentence: number) => {
    let j = k;
    while (j < tokens.length && j < k + COMPLEMENT_REACH && tokens[j]!.sentence === sentence && inComplement(tokens[j]!) && !(j > k && startsRole.has(j))) j++;
    return j;
  };
  const closes = (k0: number, sentence: number) => {
    const k = pastComplement(k0, sentence);
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return true;
    return CLOSERS.has(t.text) || pack.auxiliaries.has(t.lower) || pack.cueOf(t.lower) !== undefined;
  };
  const closesWithMark = (k0: number, sentence: number) => {
    const t = tokens[pastComplement(k0, sentence)];
    return !t || t.sentence !== sentence || CLOSERS.has(t.text);
  };
  const links = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (m.kind !== 'nominal' || m.appositionOf !== undefined || m.insideQuote) return;
    const sentence = tokens[m.firstToken]!.sentence;
    // role, Name,
    const comma = pastComplement(m.endToken, sentence);
    const after = tokens[comma];
    const next = byFirst.get(comma + 1);
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
    // and it must close with punctuation: in "..., la senatrice ha detto" the role opens a clause
    if (name === undefined || mentions[name]!.kind !== 'name' || mentions[name]!.type !== m.type || !closesWithMark(m.endToken, sentence)) return;
    links.set(i, name);
  });
  return links;
}
