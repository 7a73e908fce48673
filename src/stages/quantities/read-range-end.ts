import type { RangeFrame } from '../../lang/number-lexicon.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { readAmount } from './read-amount.js';
import type { Amount } from './quantity.js';

export interface RangeEnd {
  frame: RangeFrame;
  /** Where the joining word starts ("a" in "da 6 a 12"). */
  joinStart: number;
  amount: Amount;
}

/**
 * Reads the second number of a range after the first: "e 20" after "tra 10", "a 12" after
 * "da 6", "-15" after "10". Frames without an opener ("10-15") are always tried; others only
 * when `opened` says the opener was seen.
 * @example
 * readRangeEnd('tra 10 e 20', 6, compiled, trFrame)?.amount.value // 20
 */
export function readRangeEnd(text: string, at: number, compiled: CompiledLexicon, opened?: RangeFrame): RangeEnd | null {
  const frames = compiled.lexicon.ranges;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (frame !== opened && !frame.opens.includes('')) continue;
    const join = compiled.joinAt[i]!;
    join.lastIndex = at;
    if (!join.test(text)) continue;
    const amountAt = compiled.amountAt;
    amountAt.lastIndex = join.lastIndex;
    const found = amountAt.exec(text);
    if (!found) continue;
    const amount = readAmount(text, found, compiled);
    if (!amount || amount.lone || (amount.kind !== 'digits' && amount.kind !== 'words')) continue;
    // "10-15" joins digits only: "10-dieci" is not a range.
    if (frame.opens.includes('') && amount.kind !== 'digits') continue;
    let joinStart = at;
    while (/\s/.test(text.charAt(joinStart))) joinStart++;
    return { frame, joinStart, amount };
  }
  return null;
}
