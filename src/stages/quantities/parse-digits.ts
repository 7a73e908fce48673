import type { NumberLexicon } from '../../lang/number-lexicon.js';

const MAX_LENGTH = 30;

/**
 * Reads a run of digits and separators the way the lexicon's language writes numbers.
 * Thousands groups must be regular ("10.000", "1.234.567"); a lone separator before other than three
 * digits is read as a decimal point ("1.5", sloppy but seen in Italian news). Irregular runs such as
 * "24.02.2022" (a date) or "1,2,3" return null, as does a run of more than 30 characters.
 * @example
 * parseDigits('10.000', italianNumberLexicon) // 10000
 * parseDigits('3,9', italianNumberLexicon) // 3.9
 * parseDigits('24.02.2022', italianNumberLexicon) // null
 */
export function parseDigits(token: string, lexicon: NumberLexicon): number | null {
  // A longer run is a code or a serial, never an amount; past 309 digits it would not even fit a
  // double (Infinity, which JSON cannot carry).
  if (token.length > MAX_LENGTH) return null;
  const runs = token.split(/\D/);
  const separators = token.replace(/\d+/g, '');
  if (separators.length === 0) return Number(token);

  const decimalAt = separators.indexOf(lexicon.decimalSeparator);
  if (decimalAt >= 0 && decimalAt !== separators.length - 1) return null; // "1,2,3" or "3,5.000"
  const groups = decimalAt >= 0 ? runs.slice(0, -1) : runs;
  const fraction = decimalAt >= 0 ? runs.at(-1)! : '';
  const groupMarks = decimalAt >= 0 ? separators.slice(0, -1) : separators;

  if (groupMarks.length > 0) {
    const regular =
      new Set(groupMarks).size === 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
    if (!regular) {
      // "1.5": one group mark and no decimal mark is a decimal point written English-style.
      if (decimalAt < 0 && groups.length === 2 && groups[0]!.length <= 3) return Number(`${groups[0]}.${groups[1]}`);
      return null;
    }
  }
  return Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
}
