/** Whether a surrogate pair (one astral code point) starts at UTF-16 offset i: a high surrogate, then a low one. */
function pairStartsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * Where each code point of a text starts, in UTF-16 code units: `starts[k]` is the offset of
 * code point k, `starts[count]` the text's length. Python, spaCy and W3C Web Annotation count
 * code points; JavaScript strings count code units, and differ after each astral character
 * (an emoji, 𝕏, a CJK extension B ideograph). One pass, linear in the text.
 */
export function codePointStarts(text: string): Uint32Array {
  const starts = new Uint32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    starts[k++] = i;
    if (pairStartsAt(text, i)) i++;
  }
  starts[k] = text.length;
  return starts.subarray(0, k + 1);
}

/**
 * The code-point offset of every UTF-16 offset from 0 to `text.length`. An offset between the
 * two halves of a surrogate pair (no claimgraph span has one) counts the pair as passed.
 */
export function codePointOffsets(text: string): Uint32Array {
  const offsets = new Uint32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = k;
    if (pairStartsAt(text, i)) offsets[++i] = k + 1;
    k++;
  }
  offsets[text.length] = k;
  return offsets;
}

/** Whether the text holds a surrogate, i.e. whether code-point and UTF-16 offsets can differ. */
export const hasSurrogates = (text: string): boolean => /[\ud800-\udfff]/.test(text);
