import type { Token } from './article.js';

/**
 * The first phrase of `phrases` whose words stand at token `at` (lowercase; a word may list
 * alternatives with '|': "da|dal|dalla"). Returns the phrase's length in tokens, or 0.
 */
export function matchPhrase(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  for (const phrase of phrases) {
    let k = 0;
    for (; k < phrase.length; k++) {
      const token = tokens[at + k];
      const word = phrase[k]!;
      if (!token || !(token.lower === word || (word.includes('|') && word.split('|').includes(token.lower)))) break;
    }
    if (k === phrase.length) return k;
  }
  return 0;
}
