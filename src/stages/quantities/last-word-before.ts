// Word characters plus what ends or starts a context token: "all'", "ca.", "n°", "€", "US$".
const TOKEN_CHAR = /[\p{L}\p{N}'’.°$€£]/u;

/**
 * The token just before `end` (white space skipped), lowercased with a straight apostrophe,
 * read backwards no further than `floor`: a cheap test before running a phrase pattern.
 * @example
 * lastWordBefore('fino all’8%', 9, 0) // "all'"
 * lastWordBefore('nel 2001', 4, 0) // 'nel'
 * lastWordBefore("l'articolo 21", 11, 0) // 'articolo'
 */
export function lastWordBefore(text: string, end: number, floor: number): string {
  let stop = end;
  while (stop > floor && /\s/.test(text.charAt(stop - 1))) stop--;
  let start = stop;
  while (start > floor && stop - start < 24 && TOKEN_CHAR.test(text.charAt(start - 1))) start--;
  // An elided article belongs to the word after it: "l'articolo" is read as "articolo".
  return text.slice(start, stop).toLowerCase().replace(/’/g, "'").replace(/^.*'(?=.)/, '');
}
