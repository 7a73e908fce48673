import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

/** A finite verb group: clitics, negation, auxiliary or modal, adverbs, participle ("non gli ha mai detto"). */
export interface VerbGroup {
  /** First token (a clitic or negation before the verb, if any) and the token after the group. */
  start: number;
  end: number;
  /** The tense class of its auxiliary ("present" for "ha detto"), 'simple' for a cue's own finite form. */
  tense: string;
  /** The group's verb is a cue ("ha aggiunto", "dichiara"): it opens a report of its own. */
  cue: boolean;
}

const REACH = 3;

/**
 * The finite verb group that starts at token `at`, or null. Only what a word list can tell is
 * read: finite auxiliaries and modals (with the participle or infinitive after them) and the
 * finite forms of cue verbs. A lexical verb in a simple tense ("arrivò") is not seen.
 */
export function verbGroupAt(tokens: readonly Token[], at: number, pack: LanguagePack): VerbGroup | null {
  const words = pack.clauses;
  if (!words) return null;
  const sentence = tokens[at]?.sentence;
  let k = at;
  while (k < at + REACH && k < tokens.length && tokens[k]!.sentence === sentence && (words.negations.has(tokens[k]!.lower) || words.clitics.has(tokens[k]!.lower))) k++;
  const head = tokens[k];
  if (!head || head.sentence !== sentence || head.kind !== 'word') return null;
  const tense = words.auxiliaryTense.get(head.lower);
  if (tense !== undefined) {
    let p = k + 1;
    while (p < k + 1 + REACH && p < tokens.length && tokens[p]!.sentence === sentence && (pack.adverbs.has(tokens[p]!.lower) || words.negations.has(tokens[p]!.lower))) p++;
    // "è stato detto": the participle of the passive auxiliary, then the verb's own
    if (tokens[p] && pack.passiveAuxiliaries.has(tokens[p]!.lower) && words.participleShape.test(tokens[p]!.lower)) p++;
    const verb = tokens[p];
    const joined = verb !== undefined && verb.sentence === sentence && (words.participleShape.test(verb.lower) || words.infinitiveShape.test(verb.lower));
    if (joined) return { start: at, end: p + 1, tense, cue: pack.cueOf(verb.lower) !== undefined };
    return { start: at, end: k + 1, tense, cue: false };
  }
  const verb = pack.cueOf(head.lower);
  if (!verb || words.participleShape.test(head.lower) || words.gerundShape.test(head.lower) || words.infinitiveShape.test(head.lower)) return null;
  // after an article or a preposition the form is a noun ("la domanda", "dalla denuncia")
  const before = tokens[at - 1];
  if (before && before.sentence === sentence && (pack.determiners.has(before.lower) || pack.prepositions.has(before.lower))) return null;
  return { start: at, end: k + 1, tense: 'simple', cue: true };
}
