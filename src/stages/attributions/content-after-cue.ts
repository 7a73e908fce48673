import type { Article, CueMatch } from '../../pipeline/article.js';
import type { Range } from '../../text/span.js';
import { countBefore } from '../../text/count-before.js';
import { clauseEnd } from './clause-end.js';
import { followsQuote } from './quote-cues.js';
import { trimTrailingDate } from './trim-trailing-date.js';

// Infinitives, with clitics ("difendersi") and the truncated forms of modals ("di voler lasciare").
const INFINITIVE = /(?:are|ere|ire|rre|arsi|ersi|irsi|arlo|erlo|irlo|arla|erla|irla|arne|erne|irne|ar[cgmtv]i|er[cgmtv]i|ir[cgmtv]i)$|^(?:voler|poter|dover|aver|esser|far|saper|andar|venir)$/u;
const PERFECT_OR_STATE = new Set(['aver', 'avere', 'esser', 'essere', 'essersi', 'averlo', 'averla', 'averne']);
const OBJECT_CLITICS = new Set(['lo', 'la', 'li', 'le', "l'"]);
const ADVERB = /mente$/u;
const DATIVE = new Set(['a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'"]);
const DATIVE_REACH = 4;
const BLOCK = new Set(['.', ';', ':', '!', '?', '»', '”']);
const OPEN_QUOTE = new Set(['«', '“', '"', '„']);
const SCAN = 12;
const INFINITIVE_SCAN = 10;
// Any past participle, not only a cue's: ", firmato con il Cremlino" adds to what precedes it.
const PARTICIPLE = /(?:at|ut|it|tt|st|ss|lt|nt|rt)[oaie]$/u;

/**
 * Where an infinitive clause ends: at a comma that starts something new ("di riformare l'articolo
 * 18, cosa che ..."), not at one that adds to it ("il patto di stabilità, approvato dal consiglio").
 */
function firstComma(article: Article, from: number, end: number): number {
  const tokens = article.tokens!;
  for (let j = from; j < tokens.length && tokens[j]!.start < end; j++) {
    if (tokens[j]!.text !== ',') continue;
    const next = tokens[j + 1];
    if (next && (PARTICIPLE.test(next.lower) || next.lower === 'che' || next.lower === 'cui')) continue;
    return tokens[j]!.start;
  }
  return end;
}

/**
 * Whether the noun phrase at token `at` can be what was said: not a person (the one spoken to or
 * about: "ha criticato il ministro Neri"), not a pronoun, not an object that carries no
 * proposition ("ha chiesto scusa", "ha espresso cordoglio").
 */
function objectCarriesContent(article: Article, at: number, bareIsIdiom: boolean): boolean {
  const tokens = article.tokens!;
  const pack = article.pack;
  if (!pack.emptyObjects) return true;
  let head = at;
  while (head < at + 3 && head < tokens.length && pack.determiners.has(tokens[head]!.lower)) head++;
  const word = tokens[head];
  if (!word || pack.emptyObjects?.has(word.lower) || pack.subjectPronouns.has(word.lower) || ADVERB.test(word.lower) || pack.adverbs.has(word.lower)) return false;
  // a bare noun makes an idiom with its verb ("chiedere asilo", "dare notizia"); a proposition
  // has a determiner, a number or quotation marks
  const first = tokens[at]!;
  if (bareIsIdiom && head === at && first.kind === 'word' && !first.capitalized && !/^\d/u.test(first.text)) return false;
  // a time expression is when it was said ("ha annunciato venerdì in un'intervista")
  const times = article.times ?? [];
  const time = times[countBefore(times, (x) => x.end <= first.start)];
  if (time && time.start <= first.start) return false;
  const mentions = article.mentions!;
  // mentions are sorted by start: the few that begin at the object's first words
  for (let m = countBefore(mentions, (x) => x.firstToken < at); m < mentions.length && mentions[m]!.firstToken <= head; m++) {
    if (mentions[m]!.type === 'person') return false;
  }
  return true;
}

/**
 * The reported content after a cue: the clause after "che", the infinitive after "di"/"a"
 * ("ha chiesto alle autorità di monitorare"), or for verbs that take one, the noun phrase object
 * ("denunciano lo schieramento di migliaia di soldati"). An aside between commas right after the
 * cue is skipped ("ha dichiarato, tramite il suo ministro, che"); any other comma ends the search.
 */
export function contentAfterCue(article: Article, cue: CueMatch): Range | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  const clauseOf = { cue };
  const end = clauseEnd(article, cue.endToken, sentence, clauseOf);
  let asideOpen = tokens[cue.endToken]?.text === ',';
  for (let j = asideOpen ? cue.endToken + 1 : cue.endToken; j < tokens.length && j < cue.endToken + SCAN && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    // "ha detto: il piano è pronto": a colon with no quotation mark after it opens the words reported
    if (j === cue.endToken && t.text === ':' && tokens[j + 1] && tokens[j + 1]!.sentence === sentence && tokens[j + 1]!.kind === 'word') {
      const colonEnd = clauseEnd(article, j + 1, sentence, { cue });
      return tokens[j + 1]!.start < colonEnd ? trimTrailingDate(article, { start: tokens[j + 1]!.start, end: colonEnd }) : null;
    }
    // a quote right after the cue is its content, left to the quote: "ha detto «È il momento che ...»"
    if (j === cue.endToken && OPEN_QUOTE.has(t.text) && !cue.reflexive) return null;
    // a reflexive's quoted predicate goes on to its clause: "si è detto «fiducioso» che"
    if (BLOCK.has(t.text) && !(cue.reflexive && (t.text === '»' || t.text === '”'))) break;
    if (t.text === ',') {
      if (!asideOpen) break;
      asideOpen = false;
      continue;
    }
    if (j > cue.endToken && pack.cueOf(t.lower) && !pack.complementizers.has(t.lower)) break;
    // "ha ricordato come l'ateneo abbia raddoppiato": "come" right after a cue opens its clause
    if (t.lower === 'che' || t.lower === 'that' || t.lower === 'se' || (t.lower === 'come' && j === cue.endToken && !pack.prepositions.has(tokens[j + 1]?.lower ?? ''))) {
      const from = tokens[j + 1];
      return from && from.start < end ? trimTrailingDate(article, { start: from.start, end }) : null;
    }
    // Bounds first: optimised code that reads past an array's end is thrown away.
    let next = j + 1;
    if (next < tokens.length && OPEN_QUOTE.has(tokens[next]!.text)) next++;
    // "di non essere", "di non aver mai detto"
    if (next < tokens.length && pack.clauses?.negations.has(tokens[next]!.lower)) next++;
    const verb = next < tokens.length ? tokens[next] : undefined;
    // a belief takes a state or a past as infinitive ("ritiene di aver agito"); "pensa di partire"
    // is an intention, not a report
    const intention = cue.sense === 'cognition' && verb !== undefined && !PERFECT_OR_STATE.has(verb.lower);
    if (j - cue.endToken < INFINITIVE_SCAN && ['di', 'a', 'ad', 'to'].includes(t.lower) && verb && INFINITIVE.test(verb.lower) && verb.sentence === sentence && !intention) {
      const from = tokens[j + 1]!;
      const infinitiveEnd = clauseEnd(article, next, sentence, { cue, infinitival: true });
      return from.start < infinitiveEnd ? trimTrailingDate(article, { start: from.start, end: firstComma(article, next, infinitiveEnd) }) : null;
    }
  }
  // After a quote the noun phrase is the subject, not the object: "», ha accolto il ministro"
  if (!cue.takesObject || article.sentences![sentence]!.heading || followsQuote(article, cue)) return null;
  // "lo ha annunciato ieri": the clitic is the object; "è stata dichiarata morta": a passive's
  // predicate is not what was said
  if (cue.voice === 'passive' || (pack.clauses?.clitics.has(tokens[cue.firstToken]!.lower) && OBJECT_CLITICS.has(tokens[cue.firstToken]!.lower))) return null;
  let j = cue.endToken;
  while (j < tokens.length && pack.objectPrepositions.has(tokens[j]!.lower)) j++;
  // "consigliando agli autori un programma": past a dative addressee to the object after it
  if (j > cue.endToken && DATIVE.has(tokens[j - 1]!.lower)) {
    let k = j;
    while (k < j + DATIVE_REACH && k < tokens.length && tokens[k]!.kind === 'word' && !pack.determiners.has(tokens[k]!.lower)) k++;
    if (k < tokens.length && pack.determiners.has(tokens[k]!.lower)) j = k;
  }
  const from = tokens[j];
  // any other preposition opens a circumstance, not the object: "said in recent months", "by the Post"
  if (!from || from.sentence !== sentence || from.kind === 'punct' || pack.prepositions.has(from.lower)) return null;
  // (a bare noun is an idiom after the verb itself, not after a preposition or as a reflexive's predicate)
  const verbTakesObject = pack.cueOf(tokens[cue.verbToken]!.lower)?.takesObject === true && cue.endToken === cue.verbToken + 1 && !cue.reflexive;
  if (!objectCarriesContent(article, j, verbTakesObject && j === cue.endToken)) return null;
  // the object runs to a comma, a stop or another cue; words in quotation marks are part of it
  // ("la riforma «un pasticcio»"), and its first word may be anything ("preoccupato per i tagli")
  // a noun phrase holds no finite verb: "critica l'idea e fa sapere ..." ends before "e"
  const objectEnd = clauseEnd(article, j, sentence, { cue, infinitival: true });
  let stop = j;
  let quoted = false;
  while (stop < tokens.length && tokens[stop]!.sentence === sentence && tokens[stop]!.start < objectEnd) {
    const t = tokens[stop]!;
    if (OPEN_QUOTE.has(t.text) && t.text !== '"') quoted = true;
    else if (quoted && (t.text === '»' || t.text === '”')) quoted = false;
    else if (!quoted && (t.text === ',' || BLOCK.has(t.text) || (stop > j && pack.cueOf(t.lower)))) break;
    stop++;
  }
  while (stop > j && ['e', 'ed', 'o', 'ma'].includes(tokens[stop - 1]!.lower)) stop--;
  // ", lamenta il sindaco, ...": a cue between commas with a noun phrase after it is an inverted
  // parenthetical, and the noun phrase its subject
  const before = tokens[cue.firstToken - 1]?.text;
  if ((before === ',' || before === '-' || before === '–') && [',', '-', '–'].includes(tokens[stop]?.text ?? '')) return null;
  // a judgement needs its predicate: "ha definito la riforma «un pasticcio»", "l'ha descritta come
  // un errore", "definendolo un fallimento"; "ha definito una strategia" only sets one out
  if (pack.cueOf(tokens[cue.verbToken]!.lower)?.cueClass === 'evaluation' && pack.cueForms.has(tokens[cue.verbToken]!.lower)) {
    let predicate = false;
    for (let k = j + 1; k < stop && !predicate; k++) predicate = tokens[k]!.lower === 'come' || OPEN_QUOTE.has(tokens[k]!.text);
    if (!predicate) return null;
  }
  const last = Math.min(stop, tokens.length) - 1;
  return last >= j ? { start: from.start, end: Math.min(tokens[last]!.end, end) } : null;
}
