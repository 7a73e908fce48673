import type { Article, AttributedContent, CueMatch, NameMention, SpeakerChoice } from '../../pipeline/article.js';
import { tokenAt } from '../../pipeline/token-at.js';
import { keepLetters } from '../../text/keep-letters.js';
import { nameKey } from '../../text/slug.js';
import { RangeLookup } from '../../text/range-lookup.js';
import type { Range } from '../../text/span.js';
import type { AccordingTo } from './according-to.js';
import { clauseSubjectBefore, type SubjectIndex } from './find-subject.js';
import { carryOver, inSubjectPosition, type LastSpeaker } from './carry-over.js';
import type { SpeakerRegistry } from './speaker-registry.js';
import { countBefore } from '../../text/count-before.js';
import { cueAfterQuote, cueBeforeQuote } from './quote-cues.js';
import { mapPacked } from '../../text/map-packed.js';

/**
 * The speaker of every quote that is speech, by the first rule that applies: the cue right after
 * it, the cue or name before its colon, the cue of its sentence; then a heading quote takes the
 * speaker of the body quote it repeats, and a quote standing alone in its paragraph the speaker
 * of the quote before it.
 */
export interface FoundCues {
  verbal: readonly CueMatch[];
  speakerOfVerbal: readonly SpeakerChoice[];
  according: readonly AccordingTo[];
  speakerOfAccording: readonly SpeakerChoice[];
  /** Reported speech already attributed: a quote inside it is its speaker's words. */
  reported: readonly { content: Range; attribution: AttributedContent }[];
}

export function attributeQuotes(article: Article, found: FoundCues, index: SubjectIndex, registry: SpeakerRegistry): AttributedContent[] {
  const { actorOfMention, personOfWords } = registry;
  const { verbal, speakerOfVerbal, according, speakerOfAccording, reported } = found;
  const tokens = article.tokens!;
  const sentences = article.sentences!;
  const quotes = article.quoteSpans!;
  const cueAt = new Map(verbal.map((c, i) => [c.firstToken, i]));
  const cueEndingAt = new Map(verbal.map((c, i) => [c.endToken, i]));
  const results: (AttributedContent | null)[] = mapPacked(quotes, () => null);
  const withRule = (choice: SpeakerChoice, rule: string): SpeakerChoice => ({ ...choice, rule: `${rule}/${choice.rule}` });

  const reportedLookup = new RangeLookup(mapPacked(reported.filter((r) => r.attribution.speaker.actor), (r) => [{ start: r.content.start, end: r.content.end + 1 }, r] as const));
  const bySentence = new Map<number, { cue: CueMatch; speaker: SpeakerChoice }[]>();
  const addCue = (cue: CueMatch, speaker: SpeakerChoice) => {
    if (speaker.actor === null) return;
    const sentence = tokens[cue.verbToken]!.sentence;
    (bySentence.get(sentence) ?? bySentence.set(sentence, []).get(sentence)!).push({ cue, speaker });
  };
  verbal.forEach((cue, i) => addCue(cue, speakerOfVerbal[i]!));
  // where the first cue of each sentence ends, speaker or not
  const firstCueEnd = new Map<number, number>();
  for (const cue of verbal) {
    const sentence = tokens[cue.verbToken]!.sentence;
    if (!firstCueEnd.has(sentence)) firstCueEnd.set(sentence, cue.end);
  }
  according.forEach((a, i) => addCue(a.cue, speakerOfAccording[i]!));

  quotes.forEach((quote, n) => {
    if (quote.isTitle) return;
    const ref = `quote:${n}`;
    const after = cueAfterQuote(article, quote, cueAt);
    if (after !== undefined) { results[n] = { ref, cue: verbal[after]!, speaker: withRule(speakerOfVerbal[after]!, 'cue-after-quote') }; return; }
    const before = cueBeforeQuote(article, quote, cueEndingAt);
    if (before.cue !== undefined) { results[n] = { ref, cue: verbal[before.cue]!, speaker: withRule(speakerOfVerbal[before.cue]!, 'cue-before-quote') }; return; }
    if (before.nameToken !== undefined) {
      // "X: «...»", or a sentence whose subject introduces the quote with a colon
      // a person's name right before the colon speaks even after "da parte di"; else the clause's subject
      const named = (index.byEnd.get(before.nameToken) ?? []).find((m) => article.mentions![m]!.type === 'person');
      const mention = named ?? clauseSubjectBefore(article, before.nameToken, index)?.mention;
      // "Rossi: «...»" with no mention: capitalised words alone before the colon name a person
      const words = mention === undefined ? nameBeforeColon(article, before.nameToken) : undefined;
      if (words !== undefined) { results[n] = { ref, cue: null, speaker: { actor: personOfWords(words, before.nameToken), rule: 'colon-name', via: null } }; return; }
      if (mention !== undefined && inSubjectOrColonPosition(article, mention, before.nameToken)) { results[n] = { ref, cue: null, speaker: { actor: actorOfMention(mention), rule: 'colon-subject', via: null } }; return; }
    }
    const holder = reportedLookup.containing(quote.marks.start, quote.marks.end)[0];
    if (holder) { results[n] = { ref, cue: holder.attribution.cue, speaker: withRule(holder.attribution.speaker, 'inside-reported-speech') }; return; }
    const sentence = tokens[tokenAt(tokens, quote.marks.start)]?.sentence;
    // a cue elsewhere in the sentence speaks for the quote only from its own clause, with a
    // speaker found by grammar (a speaker carried from before is too weak to lend to another clause)
    // (a subject pronoun, "he said", is a subject of its own: its speaker may lend)
    const lends = (rule: string) => !rule.includes('carried') || rule.startsWith('pronoun/');
    const candidates = (bySentence.get(sentence ?? -1) ?? []).filter((c) => lends(c.speaker.rule) && !clauseBreakBetween(article, c.cue, quote.marks));
    const distance = (c: CueMatch) => (c.end <= quote.marks.start ? quote.marks.start - c.end : 1e6 + c.start - quote.marks.end);
    candidates.sort((a, b) => distance(a.cue) - distance(b.cue));
    const best = candidates[0];
    if (best) results[n] = { ref, cue: best.cue, speaker: withRule(best.speaker, 'cue-in-sentence') };
  });

  // Headings repeat body quotes ("“Saremo sempre fermamente al fianco dei nostri compagni russi”").
  // Keys are made on demand: only quotes left without a speaker and their neighbours need one.
  // Filled with undefined up front: written out of order, an empty array may fall back to a slow sparse layout.
  const keys: Array<string | undefined> = new Array<string | undefined>(quotes.length).fill(undefined);
  const keyOf = (n: number) => (keys[n] ??= keepLetters(nameKey(article.text.slice(quotes[n]!.content.start, quotes[n]!.content.end))));
  // One key holds the other: only the longer can hold the shorter (at equal lengths, both hold or neither).
  const holds = (a: string, b: string) => (a.length >= b.length ? a.includes(b) : b.includes(a));
  // Searched among the nearest quotes only: a heading repeats a quote of its own article.
  const WINDOW = 40;
  quotes.forEach((quote, n) => {
    if (results[n] || quote.isTitle || keyOf(n).length < 12) return;
    // only a heading repeats: a quote in the body that shares words with another is no repeat
    if (!sentences[tokens[tokenAt(tokens, quote.marks.start)]!.sentence]!.heading) return;
    let source = -1;
    for (let m = Math.max(0, n - WINDOW); m < Math.min(quotes.length, n + WINDOW) && source < 0; m++) {
      if (m !== n && results[m]?.speaker.actor && holds(keyOf(m), keyOf(n))) source = m;
    }
    if (source >= 0) results[n] = { ref: `quote:${n}`, cue: null, speaker: { ...results[source]!.speaker, rule: 'repeats-attributed-quote' } };
  });
  // A quote alone in its paragraph continues the speaker of the quote just before it.
  quotes.forEach((quote, n) => {
    if (results[n] || quote.isTitle || n === 0 || !results[n - 1]?.speaker.actor) return;
    const sentence = sentences[tokens[tokenAt(tokens, quote.marks.start)]!.sentence]!;
    const previous = sentences[tokens[tokenAt(tokens, quotes[n - 1]!.marks.start)]!.sentence]!;
    // it must open its sentence: a quote inside the writer's own words is not a continuation
    const opensSentence = tokenAt(tokens, quote.marks.start) === sentence.firstToken;
    if (!opensSentence || sentence.heading || sentence.paragraph - previous.paragraph > 1) return;
    // nobody else named in between ("«...», ha detto A. B ha risposto. «...»" is not A's)
    if (namedBetween(article, index, quotes[n - 1]!.marks.end, quote.marks.start, (m) => actorOfMention(m) !== results[n - 1]!.speaker.actor)) return;
    results[n] = { ref: `quote:${n}`, cue: null, speaker: { ...results[n - 1]!.speaker, rule: 'consecutive-quote' } };
  });
  // The speaker of the last cue before an offset whose speaker grammar found, within four sentences.
  const lastSpeakerBefore = (offset: number): LastSpeaker | null => {
    const sentence = tokens[tokenAt(tokens, offset)]!.sentence;
    for (let s = sentence; s >= 0 && sentence - s <= 4; s--) {
      const cues = (bySentence.get(s) ?? []).filter((c) => c.cue.end <= offset && !c.speaker.rule.includes('carried'));
      const last = cues[cues.length - 1];
      if (last) return { actor: last.speaker.actor!, token: last.cue.verbToken, sentence: s, paragraph: sentences[s]!.paragraph };
    }
    return null;
  };
  // A quote that stands as its own sentence continues the subject of the sentence before it
  // ("Il sindaco ha risposto con una lettera. «...»"): a mention in subject position there, with
  // no other speaker's quote in between.
  quotes.forEach((quote, n) => {
    if (results[n] || quote.isTitle) return;
    const open = tokenAt(tokens, quote.marks.start);
    const sentence = sentences[tokens[open]!.sentence]!;
    if (open !== sentence.firstToken || sentence.heading || open === 0) return;
    const carried = carryOver(article, open - 1, undefined, lastSpeakerBefore(quote.marks.start), index, (m) => registry.mentionActor[m] ?? null, registry.typeOf);
    // a speaker carried to a quote of its own: nobody else may be named since its cue
    if (carried?.actor !== undefined && namedBetween(article, index, tokens[lastSpeakerBefore(quote.marks.start)!.token]!.end, quote.marks.start, (m) => actorOfMention(m) !== carried.actor)) return;
    if (carried?.actor !== undefined) { results[n] = { ref: `quote:${n}`, cue: null, speaker: { actor: carried.actor, rule: 'carried-speaker', via: null } }; return; }
    if (carried?.mention === undefined) return;
    // a subject must not stand before an earlier quote, which had its own speaker
    if (n > 0 && quotes[n - 1]!.marks.end > article.mentions![carried.mention]!.start) return;
    results[n] = { ref: `quote:${n}`, cue: null, speaker: { actor: actorOfMention(carried.mention), rule: 'previous-subject', via: null } };
  });
  // Last resort: a quote inside a sentence is its subject's words ("Il giudice X ha assolto «perché
  // il fatto non sussiste»").
  quotes.forEach((quote, n) => {
    if (results[n] || quote.isTitle) return;
    const sentence = sentences[tokens[tokenAt(tokens, quote.marks.start)]!.sentence]!;
    if (sentence.heading) return;
    const open = tokenAt(tokens, quote.marks.start);
    // words quoted inside a report ("hanno constatato che X ha un approccio «superbo»") are not X's
    if ((firstCueEnd.get(tokens[open]!.sentence) ?? Infinity) <= quote.marks.start) return;
    const subject = clauseSubjectBefore(article, open, index)?.mention;
    if (subject !== undefined && inSubjectPosition(article, article.mentions![subject]!)) results[n] = { ref: `quote:${n}`, cue: null, speaker: { actor: actorOfMention(subject), rule: 'clause-subject', via: null } };
  });
  // "parla di «A» e di «B»", "«A», «B»": a quote listed right after another of its sentence is
  // the same speaker's (in text order, so that a list carries through).
  quotes.forEach((quote, n) => {
    if (results[n] || quote.isTitle || n === 0 || !results[n - 1]?.speaker.actor) return;
    if (listedAfter(article, quotes[n - 1]!.marks, quote.marks)) results[n] = { ref: `quote:${n}`, cue: null, speaker: { ...results[n - 1]!.speaker, rule: 'listed-with-quote' } };
  });
  return mapPacked(results, (r, n) => r ?? { ref: `quote:${n}`, cue: null, speaker: { actor: null, rule: 'no-speaker', via: null } }).filter((r, n) => !quotes[n]!.isTitle);
}

/** A colon's subject: in subject position, or the name the colon follows ("Rossi: «...»"). */
function inSubjectOrColonPosition(article: Article, mention: number, colon: number): boolean {
  const m = article.mentions![mention]!;
  return inSubjectPosition(article, m) || (m.endToken === colon && m.type !== 'place');
}

/** Whether someone else (`isOther`) is named between two offsets, outside quotes: a person, or a body as a subject. */
function namedBetween(article: Article, index: SubjectIndex, start: number, end: number, isOther: (mention: number) => boolean): boolean {
  const tokens = article.tokens!;
  const from = countBefore(tokens, (t) => t.start < start);
  for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) {
    // another person, or a body standing as a subject: "X tells the Herald. «...»" still continues X
    const breaks = (m: NameMention) => m.kind === 'name' && (m.type === 'person' || (m.type !== 'place' && inSubjectPosition(article, m)));
    if ((index.byFirst.get(k) ?? []).some((m) => breaks(article.mentions![m]!) && isOther(m))) return true;
  }
  return false;
}

const CLAUSE_OPENERS = new Set(['mentre', 'ma', 'però', 'invece', 'poiché', 'perché', 'quando', 'dove', 'sebbene', 'benché']);

/**
 * Whether a clause boundary stands between a cue and a quote of its sentence: a semicolon or
 * colon, a conjunction that opens another clause ("..., mentre X ha reagito così: «...»"), or
 * the auxiliary of another finite verb.
 */
function clauseBreakBetween(article: Article, cue: CueMatch, marks: Range): boolean {
  const tokens = article.tokens!;
  const [start, end] = cue.end <= marks.start ? [cue.end, marks.start] : [marks.end, cue.start];
  const from = countBefore(tokens, (t) => t.start < start);
  for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    // another finite verb: "ha detto «...», e il pubblico ha intonato «...»"
    if (t.text === ';' || CLAUSE_OPENERS.has(t.lower) || (cue.sense !== 'according' && article.pack.auxiliaries.has(t.lower) && !/^(?:stat[oaie]|essere|esser|avere|aver)$/u.test(t.lower))) return true;
    if (t.text === ':' && tokens[k + 1] && tokens[k + 1]!.start < end) return true;
  }
  return false;
}

const MAX_NAME_WORDS = 3;

/**
 * Where the name before a colon starts, when one to three capitalised words, and nothing else,
 * stand between the start of the sentence and the colon at `colon`, and they name no place or
 * known body: the "Cognome: «...»" of headlines and interviews.
 */
function nameBeforeColon(article: Article, colon: number): number | undefined {
  const tokens = article.tokens!;
  const sentence = tokens[colon]!.sentence;
  let first = colon;
  while (first > 0 && colon - first < MAX_NAME_WORDS && tokens[first - 1]!.sentence === sentence && tokens[first - 1]!.kind === 'word' && tokens[first - 1]!.capitalized) first--;
  if (first === colon || (first > 0 && tokens[first - 1]!.sentence === sentence)) return undefined;
  const text = article.text.slice(tokens[first]!.start, tokens[colon - 1]!.end);
  const names = article.pack.names;
  if (article.pack.lookupPlace(text) || names?.isKnownOrganization(text)) return undefined;
  if (tokens.slice(first, colon).some((t) => article.pack.stopwords.has(t.lower) || article.pack.roleNouns.has(t.lower))) return undefined;
  return first;
}

const LIST_REACH = 4;
const LIST_WORDS = new Set(['e', 'ed', 'o', 'oppure', 'né', 'ma', 'anche', 'come', 'poi']);

/** Whether only a comma, a conjunction and a preposition or article stand between two quotes of one sentence. */
function listedAfter(article: Article, previous: Range, next: Range): boolean {
  const tokens = article.tokens!;
  const from = countBefore(tokens, (t) => t.start < previous.end);
  const to = countBefore(tokens, (t) => t.start < next.start);
  if (to - from > LIST_REACH || tokens[from]?.sentence !== tokens[to]?.sentence) return false;
  const pack = article.pack;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!(t.text === ',' || LIST_WORDS.has(t.lower) || pack.prepositions.has(t.lower) || pack.determiners.has(t.lower))) return false;
  }
  return true;
}
