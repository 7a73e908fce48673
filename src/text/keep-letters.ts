const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOT_LETTER_DIGIT_OR_SPACE = /[^\p{L}\p{N} ]/gu;

// Per UTF-16 code unit beyond ASCII: 0 not yet asked, 1 a letter or digit, 2 neither.
const kindBeyondAscii = new Uint8Array(0x10000 - 0x80);

function keepsBeyondAscii(code: number): boolean {
  let kind = kindBeyondAscii[code - 0x80]!;
  if (kind === 0) kindBeyondAscii[code - 0x80] = kind = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

/**
 * `text` without every character that is not a letter, a digit or a space: what
 * `text.replace(/[^\p{L}\p{N} ]/gu, '')` gives, read by char code. The pattern walked whole
 * quotes to build the comparison key of each; surrogate pairs (letters beyond the BMP) still go
 * to it.
 * @example
 * keepLetters("l'ha detto: «sì»") // 'lha detto sì'
 */
export function keepLetters(text: string): string {
  let kept = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let keep: boolean;
    if (c < 0x80) keep = c === 32 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdfff) return text.replace(NOT_LETTER_DIGIT_OR_SPACE, '');
    else keep = keepsBeyondAscii(c);
    if (keep) continue;
    kept += text.slice(runStart, i);
    runStart = i + 1;
  }
  return runStart === 0 ? text : kept + text.slice(runStart);
}
