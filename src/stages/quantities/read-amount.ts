import type { CompiledLexicon } from './compile-lexicon.js';
import { keyOf } from './compile-lexicon.js';
import { parseDigits } from './parse-digits.js';
import type { Amount } from './quantity.js';

// Words a number may run over: "un milione e mezzo" is four; more is never one number.
const MAX_NUMBER_WORDS = 6;

/** Multiplies without binary noise: 3.9 × 1e6 is 3900000, not 3900000.0000000005. */
function scaleBy(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

function readWords(text: string, start: number, first: string, compiled: CompiledLexicon): Amount | null {
  const parse = compiled.lexicon.parseNumberWords;
  let end = start + first.length;
  let best = parse(first);
  let bestEnd = best === null ? -1 : end;
  const firstKey = keyOf(first);
  if (best === null && !compiled.loneWords.has(firstKey)) return null;
  const next = compiled.numberWordAt;
  for (let count = 1; count < MAX_NUMBER_WORDS; count++) {
    next.lastIndex = end;
    if (!next.test(text)) break;
    end = next.lastIndex;
    const value = parse(text.slice(start, end));
    if (value !== null) {
      best = value;
      bestEnd = end;
    }
  }
  if (best === null) return null;
  const lone = bestEnd === start + first.length && compiled.loneWords.has(firstKey);
  return { start, end: bestEnd, value: best, kind: 'words', lower: false, scale: 1, yearLike: false, lone };
}

/**
 * Reads the number expression that `match` (from `scan` or `amountAt`) starts: digits with their
 * magnitude ("3,9 milioni", "8mila", "2 milioni e mezzo"), number words ("ventitré", "un milione e
 * mezzo"), a vague amount ("migliaia", "decine di migliaia") or a fraction ("metà", "il doppio").
 * Returns null when the words are not a number after all ("treno", "centro").
 * @example
 * readAmount(text, compiled.scan.exec('3,9 milioni')!, compiled) // { value: 3900000, scale: 1e6, ... }
 */
export function readAmount(text: string, match: RegExpExecArray, compiled: CompiledLexicon): Amount | null {
  const groups = match.groups!;
  let start = match.index;
  const matchEnd = start + match[0].length;
  // The scan's `\b` lets a non-ASCII letter through ("àtre"): a number never continues a word.
  if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return null;
  if (groups.digits !== undefined) {
    const parsed = parseDigits(groups.digits, compiled.lexicon);
    if (parsed === null) return null;
    let value = parsed;
    // "-5 gradi": a minus after white space is a sign; after a word it joins an identifier ("UTC-4").
    if (/[-−]/.test(text.charAt(start - 1)) && /^$|[\s(]/.test(text.charAt(start - 2))) {
      start -= 1;
      value = -value;
    }
    let end = matchEnd;
    let scale = 1;
    const magnitude = compiled.magnitudeAt;
    magnitude.lastIndex = end;
    const found = magnitude.exec(text);
    if (found) {
      scale = compiled.magnitudes.get(keyOf(found.groups!.mag!))!;
      value = scaleBy(value, scale) + (found.groups!.half ? scale / 2 : 0);
      end = magnitude.lastIndex;
    }
    const yearLike = scale === 1 && /^\d{4}$/.test(groups.digits) && parsed >= 1000 && parsed <= 2100;
    return { start, end, value, kind: 'digits', lower: false, scale, yearLike, lone: false };
  }
  if (groups.vague !== undefined) {
    const vague = compiled.vague.get(keyOf(groups.vague))!;
    let value = vague.value;
    let end = matchEnd;
    const scaleAt = compiled.scaleAt;
    scaleAt.lastIndex = end;
    const scaled = scaleAt.exec(text); // "decine di migliaia" = 10 × 1000
    if (scaled) {
      value = scaleBy(value, compiled.vague.get(keyOf(scaled.groups!.scale!))!.value);
      end = scaleAt.lastIndex;
    }
    return { start, end, value, kind: 'vague', lower: vague.lower || scaled !== null, scale: 1, yearLike: false, lone: false };
  }
  if (groups.fraction !== undefined) {
    const value = compiled.fractions.get(keyOf(groups.fraction))!;
    return { start, end: matchEnd, value, kind: 'fraction', lower: false, scale: 1, yearLike: false, lone: false };
  }
  return readWords(text, start, groups.word!, compiled);
}
