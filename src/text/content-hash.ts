/**
 * FNV-1a 64 (http://www.isthe.com/chongo/tech/comp/fnv/) over the UTF-8 bytes of a text, as 16
 * lower-case hex digits: the standard function, so any language can recompute `document.id`
 * (docs/ids.md shows how in Python and JavaScript). No Node crypto: the core runs in browsers.
 *
 * The 64-bit state is kept as four 16-bit limbs in small integers, not a BigInt (a BigInt
 * multiplication per byte is ~30× slower on a megabyte). The prime is 2^40 + 0x1b3, so
 * `h * prime` is `h * 0x1b3 + (h << 40)`, limb by limb with carries.
 * Lone surrogates are hashed as U+FFFD (EF BF BD), the bytes TextEncoder gives them.
 * @example
 * fnv1a64('') // 'cbf29ce484222325'
 * fnv1a64('a') // 'af63dc4c8601ec8c'
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, low limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const step = (byte: number) => {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      step(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x800) {
      step(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
      step(0xe0 | (c >> 12));
      step(0x80 | ((c >> 6) & 0x3f));
    } else {
      step(0xf0 | (c >> 18));
      step(0x80 | ((c >> 12) & 0x3f));
      step(0x80 | ((c >> 6) & 0x3f));
    }
    step(0x80 | (c & 0x3f));
  }
  return hex16(h3) + hex16(h2) + hex16(h1) + hex16(h0);
}

const hex16 = (n: number) => n.toString(16).padStart(4, '0');

/** The id of a text, `document.id`: its FNV-1a 64 hash (see `fnv1a64`). */
export const contentHash = fnv1a64;
