// Adversarial inputs (issue 7): text built to hit the worst case of each stage, timed against the
// Italian fixture repeated to the same size. Target: none more than 3 times slower per byte.
//
// Usage: node bench/adversarial.mjs [--size BYTES] [--runs N] [--only 'name,name']
//   (run `npx tsup` first: it reads dist/index.js; it runs itself again with --expose-gc).
//   `npm run bench` calls `runAdversarial`: run node with --expose-gc there too for steady figures.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE_DIR = `${ROOT}fixtures/it/`;
const MB = 1024 * 1024;

/** Per-byte time ratio above which an input fails the target. */
export const TARGET_RATIO = 3;

/** The Italian fixtures, one after the other: the article every input is made from. */
export function fixtureText() {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(FIXTURE_DIR + f, 'utf8').trim())
    .join('\n');
}

/** `unit` repeated to `bytes` bytes of UTF-8, cut at a code point. */
function repeatTo(unit, bytes) {
  const unitBytes = Buffer.byteLength(unit);
  const text = unit.repeat(Math.max(1, Math.ceil(bytes / unitBytes)));
  return cutTo(text, bytes);
}

// Cut at `bytes` of UTF-8 without splitting a surrogate pair.
function cutTo(text, bytes) {
  const buffer = Buffer.from(text);
  if (buffer.length <= bytes) return text;
  let cut = buffer.subarray(0, bytes).toString('utf8');
  if (cut.endsWith('\ufffd')) cut = cut.slice(0, -1);
  return cut;
}

// A small seeded generator (mulberry32): the same inputs on every run and machine.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text) => text.split(/\s+/).filter(Boolean);
const capitalise = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The adversarial inputs, each a function of the fixture and a size in bytes of UTF-8. The names
 * are stable: tests and `npm run bench` refer to them.
 */
export const ADVERSARIAL_INPUTS = [
  { name: 'no spaces', about: 'the fixture with every space and line end removed: one token run', build: (f, bytes) => repeatTo(f.replace(/\s+/g, ''), bytes) },
  {
    name: 'quote marks only',
    about: 'a random run of « » “ ” „ " \' ‘ ’ ‹ ›, nothing else',
    build: (f, bytes) => {
      const next = random(7);
      const marks = ['«', '»', '“', '”', '„', '"', "'", '‘', '’', '‹', '›'];
      let out = '';
      while (out.length < bytes / 2) out += marks[Math.floor(next() * marks.length)];
      return cutTo(out, bytes);
    },
  },
  // The quote nests hold some 100,000 marks a megabyte.
  {
    name: 'nested quotes',
    about: '« then “ nested one mark per 10 bytes asked (104,858 deep for a megabyte), words, every mark closed',
    build: (f, bytes) => {
      const depth = Math.round(bytes / 10);
      return `${'«'.repeat(depth / 2)}${'“'.repeat(depth / 2)}parole dette ${'”'.repeat(depth / 2)}${'»'.repeat(depth / 2)}`;
    },
  },
  { name: 'unbalanced quotes', about: '« followed by words and a cue, never closed: 95,000 a megabyte', build: (f, bytes) => repeatTo('«Sì, dice ', bytes) },
  { name: 'many short quotes', about: '«Sì» over and over: 175,000 quotes a megabyte, each a node and an attribution', build: (f, bytes) => repeatTo('«Sì» ', bytes) },
  { name: 'stray closing quotes', about: '” after words with no opening mark: 105,000 a megabyte', build: (f, bytes) => repeatTo('parole” ', bytes) },
  { name: 'one paragraph', about: 'the fixture as one line, repeated: a single paragraph', build: (f, bytes) => repeatTo(`${f.replace(/\s*\n\s*/g, ' ')} `, bytes) },
  { name: 'digits', about: 'one run of digits', build: (f, bytes) => repeatTo('1234567890', bytes) },
  { name: 'digits and separators', about: 'digits, points, commas and spaces: "1.000,5 20 3,000.1 ..."', build: (f, bytes) => repeatTo('1.000,5 20 3,000.1 45% 7-8 tra 10 e 20 mila ', bytes) },
  {
    name: 'capitalised words',
    about: 'the fixture\'s words, all capitalised, no punctuation: one long name run per line',
    build: (f, bytes) => repeatTo(`${words(f.replace(/[^\p{L}\s]/gu, ' ')).map(capitalise).join(' ')} `, bytes),
  },
  {
    name: 'distinct capitalised names',
    about: 'a run of different two-word names joined by commas ("Mario Abaco, Lucia Abete, ...")',
    build: (f, bytes) => {
      const next = random(11);
      const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo'];
      const name = () => capitalise(Array.from({ length: 3 }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
      let out = '';
      while (out.length < bytes) out += `${name()} ${name()}, `;
      return cutTo(out, bytes);
    },
  },
  {
    name: 'cue verbs in one sentence',
    about: '"il ministro ha detto, " repeated: one sentence with a cue every five words',
    build: (f, bytes) => repeatTo('il ministro Mario Rossi ha detto, secondo la polizia, ', bytes),
  },
  { name: 'emoji and astral', about: 'the fixture with an emoji or astral letter after every word', build: (f, bytes) => repeatTo(`${words(f).map((w, i) => `${w} ${['😀', '𝕏', '🇮🇹', '𠜎', '👩‍👩‍👧'][i % 5]}`).join(' ')}\n`, bytes) },
  { name: 'CRLF line ends', about: 'the fixture with \\r\\n line ends', build: (f, bytes) => repeatTo(`${f.replace(/\n/g, '\r\n')}\r\n`, bytes) },
  { name: 'CR line ends', about: 'the fixture with lone \\r line ends', build: (f, bytes) => repeatTo(`${f.replace(/\n/g, '\r')}\r`, bytes) },
  { name: 'BOM', about: 'a byte order mark before every paragraph (files concatenated)', build: (f, bytes) => repeatTo(`\ufeff${f.replace(/\n/g, '\n\ufeff')}\n`, bytes) },
  { name: 'NUL and control characters', about: 'NUL, BEL, ESC, DEL between the fixture\'s words', build: (f, bytes) => repeatTo(`${words(f).map((w, i) => `${w}${['\0', '\u0007', '\u001b', '\u007f', '\u0008'][i % 5]}`).join(' ')}\n`, bytes) },
  { name: 'RTL marks', about: 'RLM, LRM and RLO/PDF around the fixture\'s words', build: (f, bytes) => repeatTo(`${words(f).map((w, i) => (i % 3 === 0 ? `\u200f${w}\u200e` : i % 3 === 1 ? `\u202e${w}\u202c` : w)).join(' ')}\n`, bytes) },
  {
    name: 'HTML leftovers',
    about: '&nbsp; for spaces, <p> around paragraphs, <a href="..."> around names',
    build: (f, bytes) => repeatTo(`${f.split('\n').map((p) => `<p>${p.replace(/ /g, (s, i) => (i % 4 === 0 ? '&nbsp;' : s)).replace(/\b(\p{Lu}\p{L}+ \p{Lu}\p{L}+)/gu, '<a href="https://example.com/tag/x">$1</a>')}</p>`).join('\n')}\n`, bytes),
  },
  {
    name: 'trailing boilerplate',
    about: 'the fixture, then "Related News :" with headlines that quote and count, "Riproduzione riservata"',
    build: (f, bytes) => repeatTo(`${f}\nLeggi anche: «Pronti a tutto», dice il ministro Rossi\nRelated News :\nPutin: «Abbiamo 300 missili»\nUcraina, 10.000 soldati al fronte\n© Riproduzione riservata\n`, bytes),
  },
];

/** The fixture repeated to `bytes` bytes: the baseline each input is compared with. */
export function buildFixtureInput(bytes, fixture = fixtureText()) {
  return repeatTo(`${fixture}\n`, bytes);
}

/**
 * Builds every adversarial input at about `bytes` bytes.
 * @example
 * buildAdversarialInputs(64 * 1024).map((i) => i.name) // ['no spaces', 'quote marks only', ...]
 */
export function buildAdversarialInputs(bytes = MB) {
  const fixture = fixtureText();
  return ADVERSARIAL_INPUTS.map(({ name, about, build }) => ({ name, about, text: build(fixture, bytes) }));
}

// Each run starts from a collected heap when node runs with --expose-gc (main() sees to it): else
// the garbage of a 130,000-quote graph is collected during, and billed to, the run after it.
const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

function timeOnce(extractGraph, text) {
  collect();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const graph = extractGraph(text, { language: 'it' });
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, graph };
}

/**
 * Times `extractGraph` (dist/index.js) on each adversarial input and on the fixture repeated to
 * the same size; returns one row per input with its time per byte relative to the fixture's
 * (`ms`, `fixtureMs` and `ratioToFixture` in CPU time; `wallMs` and `wallRatioToFixture` beside).
 * The two are timed in turn, `runs` times each, and the best of each kept: a shared machine only
 * ever adds time, and it adds it to both. Every graph is also checked against the schema (`valid`).
 * @example
 * const rows = await runAdversarial({ log: console.error });
 * rows.filter((r) => r.ratioToFixture > 3) // [] when the target holds
 */
export async function runAdversarial({ log = () => {}, size = MB, runs = 3, only = null } = {}) {
  const { extractGraph, validateGraph } = await import(pathToFileURL(`${ROOT}dist/index.js`).href);
  const fixture = fixtureText();
  // Lazy gazetteers, compiled patterns and optimised code: warm at full size before any timing.
  extractGraph(buildFixtureInput(size, fixture), { language: 'it' });
  const rows = [];
  for (const input of ADVERSARIAL_INPUTS) {
    if (only && !only.includes(input.name)) continue;
    const text = input.build(fixture, size);
    const bytes = Buffer.byteLength(text);
    const baseline = buildFixtureInput(bytes, fixture);
    const baselineBytes = Buffer.byteLength(baseline);
    timeOnce(extractGraph, text.slice(0, 64 * 1024));
    timeOnce(extractGraph, baseline.slice(0, 64 * 1024));
    let best = { wall: Infinity, cpu: Infinity };
    let bestBaseline = { wall: Infinity, cpu: Infinity };
    let graph;
    for (let i = 0; i < runs; i++) {
      const run = timeOnce(extractGraph, text);
      graph = run.graph;
      const base = timeOnce(extractGraph, baseline);
      best = { wall: Math.min(best.wall, run.wall), cpu: Math.min(best.cpu, run.cpu) };
      bestBaseline = { wall: Math.min(bestBaseline.wall, base.wall), cpu: Math.min(bestBaseline.cpu, base.cpu) };
    }
    const validation = validateGraph(JSON.parse(JSON.stringify(graph)));
    // The ratio is of CPU time (this process's threads: the work, its garbage collection
    // included): on a shared machine wall time also measures the neighbours. Wall time beside it.
    const ratio = (a, b) => Number((a / bytes / (b / baselineBytes)).toFixed(2));
    const row = {
      name: input.name, bytes, ms: Math.round(best.cpu), fixtureMs: Math.round(bestBaseline.cpu), ratioToFixture: ratio(best.cpu, bestBaseline.cpu),
      wallMs: Math.round(best.wall), wallRatioToFixture: ratio(best.wall, bestBaseline.wall),
      valid: validation.valid, quotes: graph.quotes.length, claims: graph.claims.length, actors: graph.actors.length,
    };
    rows.push(row);
    log(`${input.name}: ${(bytes / 1024).toFixed(0)} KB in ${row.ms} ms of CPU (fixture ${row.fixtureMs} ms), ${row.ratioToFixture}× the fixture per byte${row.valid ? '' : ', INVALID graph'}`);
  }
  return rows;
}

/** The rows as a fixed-width table. */
export function formatTable(rows) {
  const header = ['input', 'KB', 'cpu ms', 'fixture cpu ms', '× fixture/byte', 'wall ms', '(wall ×)', 'valid', 'quotes', 'claims', 'actors'];
  const lines = rows.map((r) => [
    r.name, (r.bytes / 1024).toFixed(0), String(r.ms), String(r.fixtureMs), r.ratioToFixture.toFixed(2) + (r.ratioToFixture > TARGET_RATIO ? ' !' : ''),
    String(r.wallMs), r.wallRatioToFixture.toFixed(2), r.valid ? 'yes' : 'NO', String(r.quotes), String(r.claims), String(r.actors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

async function main() {
  if (typeof globalThis.gc !== 'function') {
    // Run again with --expose-gc, so that no run pays for the garbage of the one before.
    const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
    process.exitCode = child.status ?? 1;
    return;
  }
  const argv = process.argv.slice(2);
  const option = (name) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const size = Number(option('--size') ?? MB);
  const runs = Number(option('--runs') ?? 3);
  const only = option('--only')?.split(',') ?? null;
  const rows = await runAdversarial({ log: (line) => process.stderr.write(`${line}\n`), size, runs, only });
  process.stdout.write(`${formatTable(rows)}\n`);
  const failed = rows.filter((r) => r.ratioToFixture > TARGET_RATIO || !r.valid);
  if (failed.length > 0) {
    process.stdout.write(`over the ${TARGET_RATIO}× target or invalid: ${failed.map((r) => r.name).join(', ')}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
