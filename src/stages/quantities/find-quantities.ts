import { ClaimgraphError, describeValue } from '../../errors.js';
import type { NumberLexicon } from '../../lang/number-lexicon.js';
import { compileLexicon } from './compile-lexicon.js';
import type { Quantity } from './quantity.js';
import { readQuantity } from './read-quantity.js';

// A sentence ends at . ! ? … before white space, or at a line break (headlines have no period).
const SENTENCE_BREAK = /[.!?…]\s|\n/;

function checkRange(text: string, range: { start: number; end: number }): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new ClaimgraphError(
      'INVALID_OPTIONS',
      `findQuantities: expected a range of integers with 0 <= start <= end <= ${text.length}, found start ${describeValue(start)} and end ${describeValue(end)}.`,
    );
  }
}

/**
 * Finds every numeric claim in `text` (or in `range` of it): the number with its hedge, unit and
 * counted noun, normalised value and bounds. The text is never rewritten; offsets index into it.
 * Dates, years, clock times, ordinals, decades, law and page numbers, phone numbers and
 * identifiers are skipped.
 * When a quantity's noun is elided ("dei 10.000 soldati ... fino a 8.000") it takes the object of
 * the previous quantity in the same sentence.
 * @example
 * findQuantities('Sono già 8mila i soldati schierati', italianNumberLexicon)
 * // [{ text: '8mila i soldati schierati', value: 8000, approximate: false, object: { text: 'soldati schierati', ... }, ... }]
 */
export function findQuantities(text: string, lexicon: NumberLexicon, range?: { start: number; end: number }): Quantity[] {
  if (typeof text !== 'string') {
    throw new ClaimgraphError('INVALID_TEXT', `findQuantities: expected the text as a string, found ${describeValue(text)}.`);
  }
  if (range) checkRange(text, range);
  const compiled = compileLexicon(lexicon);
  const floor = range?.start ?? 0;
  // Reading stops at the range's end: a slice shares the string's memory and keeps offsets.
  const view = range && range.end < text.length ? text.slice(0, range.end) : text;
  const scan = compiled.scan;
  const found: Quantity[] = [];
  let previous: Quantity | undefined;
  scan.lastIndex = floor;
  for (let match = scan.exec(view); match !== null; match = scan.exec(view)) {
    const reading = readQuantity(view, match, compiled, floor);
    for (const quantity of reading.quantities) {
      const elided = !quantity.object && !quantity.unit && previous?.object && !previous.unit;
      if (elided && !SENTENCE_BREAK.test(view.slice(previous!.end, quantity.start))) quantity.object = previous!.object;
      found.push(quantity);
      previous = quantity;
    }
    scan.lastIndex = Math.max(reading.next, match.index + 1);
  }
  return found;
}
