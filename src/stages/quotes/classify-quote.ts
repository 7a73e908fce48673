import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

const LEADS_UTTERANCE = new Set([':', '-', '–', '—', '.', '!', '?']);
const WORD = /[\p{L}\p{N}]+/gu;

export interface QuoteShape {
  kind: 'direct' | 'partial';
  isTitle: boolean;
}

// Only "up to 10 words" matters below: counting stops at 11 instead of listing every word of a
// long quote.
const WORD_COUNT_CAP = 11;

function countWords(content: string): number {
  let words = 0;
  WORD.lastIndex = 0;
  while (words < WORD_COUNT_CAP && WORD.test(content)) words++;
  return words;
}

/**
 * Direct when the quote stands as a whole utterance: it opens its sentence or follows a colon or
 * dash ("X: «...»"), and is not a few words inside the writer's own sentence. A short capitalised
 * quote inside a sentence, or one after a noun such as "film" or "logo", is a title, not speech.
 */
export function classifyQuote(content: string, before: Token | undefined, opensSentence: boolean, pack: LanguagePack): QuoteShape {
  const words = countWords(content);
  const standsAlone = opensSentence || (before !== undefined && LEADS_UTTERANCE.has(before.text));
  if (standsAlone && words >= 3) return { kind: 'direct', isTitle: false };
  const afterTrigger = before !== undefined && pack.titleTriggers.has(before.lower);
  // Title Case inside a sentence names something ("Reality Circus", "Football Against Racism");
  // a capitalised sentence does not ("Berlusconi è uno stronzo" is speech).
  const significant = !standsAlone && words <= 6 ? content.match(/[\p{L}]{3,}/gu) ?? [] : [];
  const titleCase = !standsAlone && words <= 6 && significant.length > 0 && significant.every((w) => /^\p{Lu}/u.test(w));
  return { kind: 'partial', isTitle: words <= 10 && (afterTrigger || titleCase) };
}
