// What one thread does with an archive when nothing else is in the way: the lines of a JSON Lines
// file read, extracted and serialised in this process, with no worker thread, no pool and no
// output. Run alone on every line, then as two processes at once on every other line each, it
// tells how much a second core gives this work on this machine: the ceiling for 2 workers.
// Usage: node bench/archive-child.mjs LIB FILE [PART PARTS]  -> prints RESULT {"ms": ...}
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [lib, file, part = '0', parts = '1'] = process.argv.slice(2);
const t0 = performance.now();
const { extractGraph } = await import(pathToFileURL(lib).href);
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
let outputChars = 0;
for (let i = Number(part); i < lines.length; i += Number(parts)) {
  const { id, text, language } = JSON.parse(lines[i]);
  outputChars += JSON.stringify({ id, graph: extractGraph(text, { language }) }).length;
}
console.log(`RESULT ${JSON.stringify({ ms: performance.now() - t0, outputChars })}`);
