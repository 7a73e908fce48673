import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/text/content-hash.js';

// The hash as first written (each lane as one unsigned number): graph ids derived from it must
// not change between releases, whatever the arithmetic inside becomes.
function firstWritten(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ ((c << 8) | (i & 0xff)), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

describe('contentHash', () => {
  it.each(['', 'a', 'Il ministro ha detto', '«Sì»', '😀'.repeat(40)])('16 hex digits, as first written: %j', (text) => {
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(text)).toBe(firstWritten(text));
  });

  it('gives every text the hash it was first given', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => contentHash(text) === firstWritten(text)), { seed: 20261127, numRuns: 3000 });
  });
});
