import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

const BREAK = new Set([',', '-', '–', '—']);

/**
 * Where unclosed quotes may end: every ", ha affermato" (a comma or dash, then auxiliaries and
 * adverbs, then a cue verb, all before token `to`) among tokens `from` to `to`. Returns the token
 * indices of the commas and dashes, in order; an unclosed quote ends at the first one after it.
 */
export function findCueBreaks(tokens: readonly Token[], from: number, to: number, pack: LanguagePack): number[] {
  const breaks: number[] = [];
  for (let i = from; i < to; i++) {
    if (!BREAK.has(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < to && j < i + 4 && (pack.auxiliaries.has(tokens[j]!.lower) || pack.adverbs.has(tokens[j]!.lower))) j++;
    if (j < to && pack.cueForms.has(tokens[j]!.lower)) breaks.push(i);
  }
  return breaks;
}
