import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/**
 * When two written given names may be one person's: equal romanised keys, or (the tie-breaker,
 * used only between names that already share a surname key) two spellings of one name, such as
 * a diminutive or a variant with one letter more ("Piero" / "Pietro"). Jaro–Winkler alone joins
 * different names with a common start, so the tie-breaker also asks for the same first letter,
 * the same length give or take one, and the same final vowel (in Italian, Spanish and Slavic names
 * the final vowel marks gender: "Maria" and "Mario" are two people).
 */
export const GIVEN_NAME_SIMILARITY = 0.9;

const FINAL_VOWEL = /[aeiou]$/;

export function givenNamesAlike(a: string, b: string, tieBreaker: boolean): boolean {
  if (a === b) return true;
  if (!tieBreaker || a.length < 3 || b.length < 3) return false;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  const endA = FINAL_VOWEL.exec(a)?.[0] ?? '', endB = FINAL_VOWEL.exec(b)?.[0] ?? '';
  if (endA !== endB) return false;
  return jaroWinklerDistance(a, b) >= GIVEN_NAME_SIMILARITY;
}

/**
 * Whether `short` names the same person as `long` with fewer or abbreviated given names: each of
 * its given names (as written, accents and case aside), in order from the first, equals the
 * other's or is its initial ("G." for "Giorgio"). "Silvio" is not a short form of "Pier Silvio": the first given names differ.
 */
export function givenNamesShorten(short: readonly string[], shortInitials: readonly boolean[], long: readonly string[]): boolean {
  if (short.length > long.length) return false;
  return short.every((g, i) => (shortInitials[i] ? long[i]!.startsWith(g.replace(/\.$/, '')) : long[i] === g));
}
