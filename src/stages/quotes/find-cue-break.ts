import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

const BREAK = new Set([',', '-', '–', '—']);

/**
 * Where an unclosed quote should end: at the first ", ha affermato" (a comma or dash, then
 * auxiliaries and adverbs, then a cue verb) after its opening mark. Returns the offset of the
 * comma or dash, or null.
 */
export function findCueBreak(tokens: readonly Token[], from: number, to: number, pack: LanguagePack): number | null {
  for (let i = from; i < to; i++) {
    if (!BREAK.has(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < to && j < i + 4 && (pack.auxiliaries.has(tokens[j]!.lower) || pack.adverbs.has(tokens[j]!.lower))) j++;
    if (j < to && pack.cueForms.has(tokens[j]!.lower)) return tokens[i]!.start;
  }
  return null;
}
