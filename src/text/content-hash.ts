/**
 * A stable id for a text without Node's crypto (the core runs in browsers): two 32-bit FNV-1a
 * lanes over UTF-16 code units, the second seeded with the length, as 16 hex digits.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ ((c << 8) | (i & 0xff)), 0x01000193);
  }
  return hex32(a) + hex32(b);
}

/**
 * A 32-bit lane as 8 hex digits, in two 16-bit halves: small integers throughout. As one unsigned
 * number (`n >>> 0`) it is no small integer past 2^30, and optimised code deoptimises on it.
 */
function hex32(n: number): string {
  return (n >>> 16).toString(16).padStart(4, '0') + (n & 0xffff).toString(16).padStart(4, '0');
}
