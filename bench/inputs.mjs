// Bench inputs: the Italian fixtures' paragraphs repeated into one long article. Shared by the
// bench and its child processes so every engine reads the very same text.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURE_DIR = `${ROOT}fixtures/it/`;

/** Sizes measured, in bytes of UTF-8 (1 KB = 1024 bytes, 1 MB = 1024 KB). */
export const SIZES = [
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '10 MB', bytes: 10 * 1024 * 1024 },
];

/** The non-empty paragraphs (lines) of every Italian fixture, in file order. */
export function fixtureParagraphs() {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(FIXTURE_DIR + f, 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The first fixture, as one article: what a request handler sees. */
export function firstFixtureText() {
  const file = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.txt')).sort()[0];
  return readFileSync(FIXTURE_DIR + file, 'utf8');
}

/** Whole paragraphs repeated until the text holds at least `bytes` bytes of UTF-8, joined by "\n". */
export function buildInput(bytes) {
  const paragraphs = fixtureParagraphs();
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

// The same token shape as src/stages/segment/tokenize.ts: words (with an elided article's
// apostrophe), numbers with their separators, any other non-space character.
const TOKEN = /[\p{L}\p{M}]+(?:['’](?=\p{L}))?|\p{N}+(?:[.,:/](?=\p{N})\p{N}+)*|\S/gu;

/** Tokens in `text`, counted the way claimgraph's tokenizer cuts them. */
export function countTokens(text) {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text) !== null) n++;
  return n;
}
