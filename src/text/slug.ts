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

// Stages compare the same few names and titles thousands of times in a long article ("Sergei
// Lavrov", "ministro degli Esteri"): short keys are remembered. Bounded, so a long run over an
// archive never grows it; a pure function, so the cache never changes a result.
const NAME_KEY_CACHE_LIMIT = 20_000;
const NAME_KEY_CACHED_LENGTH = 80;
const nameKeys = new Map<string, string>();

/** The accent- and case-free key two names are compared by. */
export function nameKey(name: string): string {
  if (name.length > NAME_KEY_CACHED_LENGTH) return computeNameKey(name);
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= NAME_KEY_CACHE_LIMIT) nameKeys.clear();
    key = computeNameKey(name);
    nameKeys.set(name, key);
  }
  return key;
}
