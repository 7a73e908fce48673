import { boundedMemo } from './bounded-memo.js';
import { fnv1a64 } from './content-hash.js';
import { transliterate } from './transliterate.js';

// A name's NFD form holds combining marks only where it has a character at or above U+0300:
// the common case (plain ASCII, or Latin letters with accents) never runs the Unicode pattern.
const NON_LATIN_BASIC = /[^\u0000-\u02ff]/;
const MARKS = /\p{M}/gu;

const withoutMarks = (nfd: string) => (NON_LATIN_BASIC.test(nfd) ? nfd.replace(MARKS, '') : nfd);

/**
 * A readable, stable id part, ASCII letters and digits joined by single hyphens: 'Choe Son Hui'
 * -> 'choe-son-hui', 'Chávez' -> 'chavez', 'Łukasz' -> 'lukasz', 'Путин' -> 'putin'. A name with
 * no letter the transliteration table knows (a name in Chinese script) gets 'x-' and the FNV-1a
 * 64 hash of its text: still ASCII, still the same for the same name.
 */
export function slugify(name: string): string {
  const slug = transliterate(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || `x-${fnv1a64(name.normalize('NFC'))}`;
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
