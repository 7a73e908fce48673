import type { BoundKind, RangeFrame } from '../../lang/number-lexicon.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { keyOf } from './compile-lexicon.js';
import { lastWordBefore } from './last-word-before.js';

// Longest hedge + fillers + currency is about 40 characters ("al di sopra dell'" + "ultimi" + "€ ").
const WINDOW = 64;

export interface HedgeReading {
  /** Where the quantity's span starts: at the hedge, the range opener, the currency or the number. */
  start: number;
  /** 'reach' is a verb that caps the amount and stays out of the span ("raggiungevano i 7 cm"). */
  bound?: Exclude<BoundKind, 'none'> | 'reach';
  /** A range opener ("tra", "dai") waiting for its second number; `openStart` is where it begins. */
  frame?: RangeFrame;
  openStart?: number;
  currency?: string;
}

/**
 * Start of a window ending at `end`, no earlier than `floor`, that does not cut a word.
 * @example
 * windowStart('ha circa 30', 9, 0, 5) // 9: starting at "irca" would cut a word, so the window is empty
 */
export function windowStart(text: string, end: number, floor: number, size: number): number {
  let start = Math.max(floor, end - size);
  while (start > floor && start < end && /[\p{L}\p{N}'’]/u.test(text.charAt(start - 1))) start++;
  return start;
}

/**
 * Reads what stands just before a number: a hedge ("fino a", "più del", "circa"), a verb of reach,
 * a range opener ("tra", "dal"), fillers ("i prossimi") and a prefixed currency ("€").
 * @example
 * readHedge('fino a 8.000', 7, 0, compiled) // { start: 0, bound: 'upper' }
 */
export function readHedge(text: string, numberStart: number, floor: number, compiled: CompiledLexicon): HedgeReading {
  const reading: HedgeReading = { start: numberStart };
  // Most numbers have no hedge: one Set lookup spares the pattern (a quarter of the stage's time).
  if (!compiled.hedgeLastWords.has(lastWordBefore(text, numberStart, floor))) return reading;
  const from = windowStart(text, numberStart, floor, WINDOW);
  const window = text.slice(from, numberStart);
  const found = compiled.hedgeBefore.exec(window)!;
  const groups = found.groups!;
  if (groups.currency) {
    reading.currency = compiled.prefixUnits.get(keyOf(groups.currency, true));
    reading.start = numberStart - groups.currency.length;
  }
  const phraseStart = from + found.index;
  if (groups.hedge) {
    const bound = compiled.hedges.get(keyOf(groups.hedge));
    if (bound && bound !== 'none') {
      reading.bound = bound;
      reading.start = phraseStart;
    }
  } else if (groups.reach) {
    reading.bound = 'reach';
    if (groups.fill) reading.start = phraseStart + groups.reach.length;
  } else if (groups.open) {
    reading.frame = compiled.openers.get(keyOf(groups.open));
    reading.openStart = phraseStart;
  }
  return reading;
}
