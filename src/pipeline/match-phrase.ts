import type { Token } from './article.js';

type Phrases = readonly (readonly string[])[];

interface CompiledPhrases {
  /** Each phrase's words as the sets of forms they accept ("da|dal|dalla" -> da, dal, dalla). */
  words: ReadonlySet<string>[][];
  /** Phrases by each form of their first word, in list order. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** An empty phrase matches anywhere with length 0: phrases after it are never reached. */
  firstEmpty: number;
}

const compiledPhrases = new WeakMap<Phrases, CompiledPhrases>();

// Called at every token of an article: the phrases are split and indexed by first word once per
// list, so a token is compared with the few phrases that can start there.
function compile(phrases: Phrases): CompiledPhrases {
  let compiled = compiledPhrases.get(phrases);
  if (compiled) return compiled;
  const words = phrases.map((phrase) => phrase.map((word) => new Set([word, ...(word.includes('|') ? word.split('|') : [])])));
  const byFirstWord = new Map<string, number[]>();
  words.forEach((phrase, index) => {
    for (const form of phrase[0] ?? []) (byFirstWord.get(form) ?? byFirstWord.set(form, []).get(form)!).push(index);
  });
  const empty = phrases.findIndex((phrase) => phrase.length === 0);
  compiled = { words, byFirstWord, firstEmpty: empty < 0 ? phrases.length : empty };
  compiledPhrases.set(phrases, compiled);
  return compiled;
}

/**
 * The first phrase of `phrases` whose words stand at token `at` (lowercase; a word may list
 * alternatives with '|': "da|dal|dalla"). Returns the phrase's length in tokens, or 0.
 */
export function matchPhrase(tokens: readonly Token[], at: number, phrases: Phrases): number {
  return matchCompiled(tokens, at, compile(phrases));
}

/** `matchPhrase` with the list looked up once, for a loop over every token of an article. */
export function phraseMatcher(phrases: Phrases): (tokens: readonly Token[], at: number) => number {
  const compiled = compile(phrases);
  return (tokens, at) => matchCompiled(tokens, at, compiled);
}

function matchCompiled(tokens: readonly Token[], at: number, compiled: CompiledPhrases): number {
  const first = tokens[at];
  if (!first) return 0;
  const { words, byFirstWord, firstEmpty } = compiled;
  const candidates = byFirstWord.get(first.lower);
  if (candidates === undefined) return 0;
  for (const index of candidates) {
    if (index > firstEmpty) break;
    const phrase = words[index]!;
    let k = 1;
    while (k < phrase.length && tokens[at + k] !== undefined && phrase[k]!.has(tokens[at + k]!.lower)) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}
