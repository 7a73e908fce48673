import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, fnv1a64 } from '../../src/text/content-hash.js';

// FNV-1a 64 written the textbook way, with BigInt over TextEncoder's bytes: an independent
// implementation the fast one must agree with on any string, lone surrogates included.
function textbook(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('document.id: FNV-1a 64 over UTF-8', () => {
  // The first three are the published FNV test vectors; the others were computed in Python:
  // h = 0xcbf29ce484222325; for b in s.encode('utf-8'): h = ((h ^ b) * 0x100000001b3) % 2**64
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
    ['Il ministro ha detto', 'e5a2415e1687ed9e'],
    ['«Sì», ha detto Łukasz.', 'be69b5e1030e464e'],
    ['Путин 😀 𝕏 𠀋', '57825a286d8eff8d'],
  ])('%j -> %s', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
    expect(contentHash(text)).toBe(hash);
  });

  it('agrees with a BigInt implementation on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => fnv1a64(text) === textbook(text)), { seed: 20261208, numRuns: 3000 });
  });

  it('hashes a lone surrogate as U+FFFD, as TextEncoder encodes it', () => {
    expect(fnv1a64('a\ud800b')).toBe(fnv1a64('a\ufffdb'));
    expect(fnv1a64('\udc00')).toBe(textbook('\udc00'));
  });
});
