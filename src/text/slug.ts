import { boundedMemo } from './bounded-memo.js';

// A name's NFD form holds combining marks only where it has a character at or above U+0300:
// the common case (plain ASCII, or Latin letters with accents) never runs the Unicode pattern.
const NON_LATIN_BASIC = /[^\u0000-\u02ff]/;
const MARKS = /\p{M}/gu;

const withoutMarks = (nfd: string) => (NON_LATIN_BASIC.test(nfd) ? nfd.replace(MARKS, '') : nfd);

/** A readable, stable id part: 'Choe Son Hui' -> 'choe-son-hui', 'Chávez' -> 'chavez'. */
export function slugify(name: string): string {
  const slug = withoutMarks(name.normalize('NFD'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

function computeNameKey(name: string): string {
  return withoutMarks(name.normalize('NFD'))
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The accent- and case-free key two names are compared by. Remembered: stages compare the same
 * few names and titles thousands of times in a long article ("Sergei Lavrov", "ministro degli
 * Esteri").
 */
export const nameKey: (name: string) => string = boundedMemo(computeNameKey, { maxKeyLength: 80 });
