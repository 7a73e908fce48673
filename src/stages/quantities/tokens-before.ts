/** A token read backwards from a number: "fino", "all'", "€", "n°", "ca.". */
export interface TokenBefore {
  /** As written, with ’ made '. */
  raw: string;
  /** Lowercased `raw`: the key phrase tables use. */
  word: string;
  start: number;
}

// Word characters plus what ends or starts a context token: "all'", "ca.", "n°", "€", "US$".
const TOKEN_CHAR = /[\p{L}\p{N}'’.°$€£]/u;
const MAX_TOKEN = 24;
// ASCII answers from a table: this loop runs for every number candidate.
const ASCII_TOKEN = Array.from({ length: 128 }, (_, code) => TOKEN_CHAR.test(String.fromCharCode(code)));

function isTokenChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? ASCII_TOKEN[code]! : TOKEN_CHAR.test(text.charAt(at));
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/**
 * Up to `max` tokens before `end`, nearest first, no further back than `floor`; only one when
 * `phraseEnds` is given and the nearest token ends none of the phrases looked for. Tokens are
 * separated by white space; anything else ("(", ",") ends the run, so "(circa" still yields "circa"
 * but nothing before it. Reading a few tokens and looking phrases up in maps is several times
 * faster than a pattern of every hedge phrase anchored at the number.
 * @example
 * tokensBefore('sono fino all’8%', 13, 0, 3).map((t) => t.word) // ["all'", 'fino', 'sono']
 */
export function tokensBefore(
  text: string, end: number, floor: number, max: number, phraseEnds?: ReadonlySet<string>,
): TokenBefore[] {
  const tokens: TokenBefore[] = [];
  let pos = end;
  while (tokens.length < max) {
    // Most numbers follow a word that ends no phrase ("hanno 30"): one token is then enough.
    if (tokens.length === 1 && phraseEnds && !phraseEnds.has(tokens[0]!.word) && !phraseEnds.has(elide(tokens[0]!.word))) break;
    let stop = pos;
    while (stop > floor && isSpace(text.charCodeAt(stop - 1))) stop--;
    if (tokens.length > 0 && stop === pos) break;
    let start = stop;
    while (start > floor && isTokenChar(text, start - 1)) {
      start--;
      if (stop - start > MAX_TOKEN) return tokens;
    }
    if (start === stop) break;
    const raw = text.slice(start, stop).replace(/’/g, "'");
    tokens.push({ raw, word: raw.toLowerCase(), start });
    pos = start;
  }
  return tokens;
}

/** "l'articolo" -> "articolo": an elided article glued to a word. */
export function elide(word: string): string {
  return word.replace(/^[^ ']*'(?=[^ ])/, '');
}

/**
 * The longest phrase of `table` whose last word is `tokens[from]`, read leftwards. An elided
 * article glued to the phrase's first word is ignored ("l'articolo" matches "articolo").
 * @example
 * matchPhraseBefore(tokensBefore('fino a 5', 7, 0, 4), 0, hedges, 4) // { value: 'upper', words: 2 }
 */
export function matchPhraseBefore<T>(
  tokens: readonly TokenBefore[], from: number, table: ReadonlyMap<string, T>, maxWords: number, keepCase = false,
): { value: T; words: number } | null {
  const available = Math.min(maxWords, tokens.length - from);
  let phrase = '';
  const phrases: string[] = [];
  for (let n = 1; n <= available; n++) {
    const token = tokens[from + n - 1]!;
    phrase = n === 1 ? (keepCase ? token.raw : token.word) : `${keepCase ? token.raw : token.word} ${phrase}`;
    phrases.push(phrase);
  }
  for (let n = available; n >= 1; n--) {
    const candidate = phrases[n - 1]!;
    const exact = table.get(candidate);
    if (exact !== undefined) return { value: exact, words: n };
    const elided = elide(candidate);
    const bare = elided !== candidate ? table.get(elided) : undefined;
    if (bare !== undefined) return { value: bare, words: n };
  }
  return null;
}
