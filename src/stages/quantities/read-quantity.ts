import type { CompiledLexicon } from './compile-lexicon.js';
import { isNotAClaim } from './is-not-a-claim.js';
import { readAmount } from './read-amount.js';
import { readHedge } from './read-hedge.js';
import { readObject } from './read-object.js';
import { readRangeEnd } from './read-range-end.js';
import { readUnit } from './read-unit.js';
import type { Amount, Quantity, TextSpan } from './quantity.js';
import { matchPhraseBefore, tokensBefore } from './tokens-before.js';

export interface QuantityReading {
  /** None (not a claim), one, or two for a change ("passano da 6 a 12"). */
  quantities: Quantity[];
  /** Where scanning resumes. */
  next: number;
}

// Currency, two fillers, a four-word hedge and a verb of change: "passano dal" needs 2 of them.
const TOKENS_BEFORE = 8;

function isScaled(amount: Amount): boolean {
  return amount.kind !== 'digits' || amount.scale > 1;
}

function quantityOf(
  text: string, start: number, end: number, amount: Amount, compiled: CompiledLexicon, unit?: string, object?: TextSpan,
): Quantity {
  const quantity: Quantity = {
    start, end, text: text.slice(start, end), value: amount.value, approximate: amount.kind === 'vague',
    numberSpan: { start: amount.start, end: amount.end },
  };
  if (amount.lower) quantity.lower = amount.value;
  if (unit !== undefined) quantity.unit = unit;
  else if (amount.kind === 'fraction') {
    quantity.unit = amount.value < 1 ? compiled.lexicon.fractionUnit : compiled.lexicon.multipleUnit;
  }
  if (object) quantity.object = object;
  return quantity;
}

/**
 * Reads one quantity from the number `match` found: its hedge, unit, range, counted noun, and
 * whether it is a claim at all. The steps run in reading order; each is a small named function.
 * @example
 * readQuantity(text, compiled.scan.exec(text)!, compiled, 0) // { quantities: [...], next: 42 }
 */
export function readQuantity(text: string, match: RegExpExecArray, compiled: CompiledLexicon, floor: number): QuantityReading {
  const skip = { quantities: [], next: match.index + match[0].length };
  const amount = readAmount(text, match, compiled);
  if (!amount) return skip;
  skip.next = amount.end;
  const tokens = tokensBefore(text, amount.start, floor, TOKENS_BEFORE, compiled.phraseEnds);
  const hedge = readHedge(tokens, amount.start, compiled);
  const firstUnit = readUnit(text, amount.end, compiled, isScaled(amount));
  let end = firstUnit?.end ?? amount.end;

  const range = amount.kind === 'digits' || amount.kind === 'words' ? readRangeEnd(text, end, compiled, hedge.frame) : null;
  const second = range?.amount;
  const secondUnit = second ? readUnit(text, second.end, compiled, isScaled(second)) : null;
  if (range && second) {
    const dashed = range.frame.opens.includes('');
    // "2-1" is a score, "24-02-2022" a date, "1939-1945" years: not a range.
    if (dashed && (second.value <= amount.value || /^[-–/]\d/.test(text.slice(second.end, second.end + 2)))) {
      return { quantities: [], next: second.end };
    }
    if (second.yearLike && !secondUnit) return skip;
    // "tra il 13 e il 14 marzo": two days of a date.
    const date = compiled.dateAfterAt;
    date.lastIndex = second.end;
    if (date.test(text)) return { quantities: [], next: second.end };
    // "tra 10 e 20 mila": the magnitude of the second number is the first's too.
    if (second.scale > 1 && amount.scale === 1 && amount.kind === 'digits' && amount.value * second.scale <= second.value) {
      amount.value = Number((amount.value * second.scale).toPrecision(12));
      amount.scale = second.scale;
    }
    end = secondUnit?.end ?? second.end;
  }
  const unit = secondUnit?.unit ?? firstUnit?.unit ?? hedge.currency;
  const object = readObject(text, end, compiled, { partitiveOnly: unit !== undefined, allowArticle: !amount.yearLike });
  const claim = {
    amount, measured: unit !== undefined, objectLink: object?.link,
    hedged: hedge.bound !== undefined || second !== undefined, ranged: second !== undefined, tokens, floor,
  };
  if (isNotAClaim(text, claim, compiled)) return skip;
  // "sul 0-2", "vince 2-3": a dashed pair with nothing counted is a score or a code.
  if (range?.frame.opens.includes('') && unit === undefined && !object) return { quantities: [], next: end };
  const next = Math.max(end, object?.object.end ?? 0);
  if (unit === undefined && object) end = object.object.end;

  if (range && second && hedge.openStart !== undefined && !range.frame.opens.includes('')) {
    const cue = matchPhraseBefore(tokens, hedge.phraseEnd ?? tokens.length, compiled.changeCues, 1);
    const change = second.value < amount.value || cue !== null;
    if (change) {
      // "passano da 6 a 12": two values, before and after, not one range.
      const firstEnd = firstUnit?.end ?? amount.end;
      return {
        quantities: [
          quantityOf(text, hedge.openStart, firstEnd, amount, compiled, unit, object?.object),
          quantityOf(text, range.joinStart, end, second, compiled, unit, object?.object),
        ],
        next,
      };
    }
  }
  const start = second && hedge.openStart !== undefined ? hedge.openStart : hedge.start;
  const quantity = quantityOf(text, start, end, amount, compiled, unit, object?.object);
  if (second) {
    quantity.lower = amount.value;
    quantity.upper = second.value;
    quantity.approximate = false;
  } else if (hedge.bound === 'upper' || hedge.bound === 'reach') {
    quantity.upper = amount.value;
    delete quantity.lower;
  } else if (hedge.bound === 'lower') {
    quantity.lower = amount.value;
    quantity.approximate = true;
  } else if (hedge.bound === 'approximate-upper') {
    quantity.upper = amount.value;
    delete quantity.lower;
    quantity.approximate = true;
  } else if (hedge.bound === 'approximate') {
    quantity.approximate = true;
  }
  return { quantities: [quantity], next };
}
