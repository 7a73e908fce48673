import type { Token } from '../../pipeline/article.js';
import type { Range } from '../../text/span.js';

const FINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '»', '”', "'", ')', ']', '’']);
const OPENERS = new Set(['"', '«', '“', '„', '(', '-', '–', '—', '[']);

/**
 * Sentence ranges of one paragraph, as token index ranges. A sentence ends at final punctuation
 * (with the quote marks or brackets that close after it) when the next token opens a new one:
 * a capital, a digit or an opening mark. A period after an abbreviation or an initial does not.
 */
export function splitSentences(tokens: readonly Token[], first: number, end: number, abbreviations: ReadonlySet<string>): Range[] {
  const sentences: Range[] = [];
  let start = first;
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (!FINAL.has(token.text)) continue;
    let last = i;
    // Closing marks glued to the period belong to this sentence; a spaced '"' opens the next one.
    while (last + 1 < end && tokens[last + 1]!.start === tokens[last]!.end && (FINAL.has(tokens[last + 1]!.text) || CLOSERS.has(tokens[last + 1]!.text))) last++;
    const next = tokens[last + 1];
    if (!next) break;
    if (next.start === tokens[last]!.end) continue; // "3.5", "www.x" or ".»," glued on: not an ending
    // two apostrophes open a quote in some newsrooms' text (''We won,'' she said)
    const doubledApostrophe = next.text === "'" && tokens[last + 2]?.text === "'" && tokens[last + 2]!.start === next.end;
    const opensSentence = next.capitalized || next.kind === 'number' || OPENERS.has(next.text) || doubledApostrophe;
    if (!opensSentence) continue;
    const before = tokens[i - 1];
    if (token.text === '.' && before && before.end === token.start && before.kind === 'word') {
      if (abbreviations.has(before.lower)) continue;
      if (before.text.length === 1 && before.capitalized) continue; // "George W. Bush"
    }
    sentences.push({ start, end: last + 1 });
    start = last + 1;
    i = last;
  }
  if (start < end) sentences.push({ start, end });
  return sentences;
}
