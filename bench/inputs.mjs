// Bench inputs: the Italian fixtures' paragraphs repeated into one long article. Shared by the
// bench and its child processes so every engine reads the very same text.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURE_DIR = `${ROOT}fixtures/it/`;

/** Sizes measured, in bytes of UTF-8 (1 KB = 1024 bytes, 1 MB = 1024 KB). */
export const SIZES = [
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '10 MB', bytes: 10 * 1024 * 1024 },
];

const fixtureFiles = () => readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.txt')).sort();

// Where the bench's paragraph list is, for its child processes: they must read the very same
// paragraphs, and compromise's child must not load claimgraph to find them.
const PARAGRAPHS_ENV = 'CLAIMGRAPH_BENCH_PARAGRAPHS';

/**
 * The paragraphs the bench repeats, in fixture order: the list `useArticleParagraphs` chose, or
 * every non-empty line of the Italian fixtures when none was chosen.
 */
export function fixtureParagraphs() {
  if (process.env[PARAGRAPHS_ENV]) return JSON.parse(readFileSync(process.env[PARAGRAPHS_ENV], 'utf8'));
  return fixtureFiles()
    .flatMap((f) => readFileSync(FIXTURE_DIR + f, 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Keeps the paragraphs claimgraph reads as article, for this process and its children, and
 * returns how many of how many it kept. The fixture ends with a scraper's "Related News :" line,
 * which the pipeline takes as the start of boilerplate running to the end of the text: repeated
 * as is, everything after its first copy would be skipped, not measured. A paragraph is article
 * when the graph has a sentence in it.
 */
export function useArticleParagraphs(extractGraph) {
  const kept = [];
  let total = 0;
  for (const file of fixtureFiles()) {
    const graph = extractGraph(readFileSync(FIXTURE_DIR + file, 'utf8'), { language: 'it' });
    const starts = graph.document.sentences.map((s) => s.start);
    for (const p of graph.document.paragraphs) {
      total++;
      if (starts.some((start) => start >= p.start && start < p.end)) kept.push(p.text);
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'claimgraph-bench-')), 'paragraphs.json');
  writeFileSync(file, JSON.stringify(kept));
  process.env[PARAGRAPHS_ENV] = file;
  return { kept: kept.length, total };
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

/** Removes the paragraph list `useArticleParagraphs` wrote. */
export function forgetArticleParagraphs() {
  if (process.env[PARAGRAPHS_ENV]) rmSync(dirname(process.env[PARAGRAPHS_ENV]), { recursive: true, force: true });
  delete process.env[PARAGRAPHS_ENV];
}
