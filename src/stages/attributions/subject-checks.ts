import type { Article, CueMatch, NameMention, Token } from '../../pipeline/article.js';

// Finite plural endings of Italian verbs ("dicono", "affermano", "dissero", "diranno") and plural
// auxiliaries: a plural verb cannot have one named person as subject.
const PLURAL_VERB = /(?:ano|ono|ero|anno|ebbero|ssero|ino)$/u;
const PLURAL_AUXILIARIES = new Set(['hanno', 'avevano', 'avrebbero', 'avranno', 'abbiano', 'avessero', 'erano', 'sarebbero', 'siano', 'fossero', 'vengono', 'possono', 'devono', 'vogliono', 'stanno', 'fanno', 'ebbero', 'furono', 'stati', 'state']);
const SINGULAR_AUXILIARIES = new Set(['ha', 'aveva', 'avrebbe', 'avrà', 'abbia', 'avesse', 'è', 'era', 'sarebbe', 'sia', 'fosse', 'viene', 'può', 'deve', 'vuole', 'sta', 'fa', 'ebbe', 'fu', 'stato', 'stata']);

export type GrammaticalNumber = 'singular' | 'plural' | undefined;

/** The number of a cue's verb, read from its first auxiliary or its ending; undefined when it does not tell. */
export function cueNumber(article: Article, cue: CueMatch): GrammaticalNumber {
  const tokens = article.tokens!;
  if (article.pack.code !== 'it') return undefined;
  for (let k = cue.firstToken; k < cue.verbToken; k++) {
    const word = tokens[k]!.lower;
    if (PLURAL_AUXILIARIES.has(word)) return 'plural';
    if (SINGULAR_AUXILIARIES.has(word)) return 'singular';
  }
  const verb = tokens[cue.verbToken]!.lower;
  if (cue.firstToken === cue.verbToken && PLURAL_VERB.test(verb)) return 'plural';
  return cue.firstToken === cue.verbToken && /[aeè]$/u.test(verb) ? 'singular' : undefined;
}

/**
 * Whether a mention can be the subject of a verb of that number: one named person or body is
 * singular ("Marco Rossi ha detto", not "hanno detto"); a group noun ("i residenti") is plural.
 * Joined subjects ("Rossi e Bianchi hanno detto") are checked by the caller on the first conjunct.
 */
export function agrees(mention: NameMention, number: GrammaticalNumber, joined: boolean): boolean {
  if (number === undefined) return true;
  if (number === 'plural') return joined || mention.type === 'group' || mention.type === 'organization' || mention.kind === 'nominal' && /[ie]$/u.test(mention.role?.head ?? '');
  return mention.type !== 'group';
}

/** Whether the mention stands as a possible speaker: a person, a body or a group, not a place. */
export function isAnimate(mention: NameMention): boolean {
  return mention.type === 'person' || mention.type === 'organization' || mention.type === 'group';
}

const COORDINATORS = new Set(['e', 'ed', 'ma', 'poi', 'quindi']);

/**
 * The verb of the first conjunct when a cue is coordinated with it ("Il sindaco ha nominato un
 * assessore e ha precisato che"): both share the first verb's subject, so the search for a
 * subject starts there, not at the object in between. Undefined when the cue is not coordinated.
 */
export function coordinatedVerb(article: Article, cue: CueMatch, reach = 20): number | undefined {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  let i = cue.firstToken - 1;
  while (i >= 0 && pack.adverbs.has(tokens[i]!.lower) && !COORDINATORS.has(tokens[i]!.lower)) i--;
  if (i < 0 || !COORDINATORS.has(tokens[i]!.lower) || tokens[i]!.sentence !== sentence) return undefined;
  // "e poi ha detto", "ma ha detto"
  while (i > 0 && COORDINATORS.has(tokens[i - 1]!.lower)) i--;
  for (let k = i - 1; k >= 0 && i - k <= reach && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.lower === 'che' || t.text === '»' || t.text === '”') return undefined;
    // a finite cue of its own ("denuncia ... e dichiara che")
    if (pack.cueOf(t.lower) !== undefined && !pack.auxiliaries.has(tokens[k - 1]?.lower ?? '') && /[aeo]$/u.test(t.lower) && !/(?:are|ere|ire|at[oaie]|ut[oaie]|it[oaie])$/u.test(t.lower)) return k;
    if (pack.auxiliaries.has(t.lower) && isFinite(tokens, k)) {
      // the auxiliary of a compound form: its clitics and adverbs before it belong to it
      let first = k;
      while (first > 0 && pack.auxiliaries.has(tokens[first - 1]!.lower)) first--;
      return first;
    }
  }
  return undefined;
}

// "stato", "essere", "aver" are no finite verbs of their own
function isFinite(tokens: readonly Token[], k: number): boolean {
  return !/^(?:stat[oaie]|essere|esser|avere|aver|fatto)$/u.test(tokens[k]!.lower);
}
