// Peak heap of one extractGraph call, in a process of its own. Run with
//   node --expose-gc --trace-gc --max-semi-space-size=1 bench/memory-child.mjs LIB BYTES
// V8 prints one line per garbage collection with the heap in use before and after it; with a
// 1 MB young generation a collection runs about every megabyte allocated, so the largest heap in
// use after a collection during the call samples its peak live heap. The input text is allocated
// before the baseline: it is the caller's, not ours.
import { pathToFileURL } from 'node:url';
import { buildInput, firstFixtureText } from './inputs.mjs';

const [lib, bytesArg] = process.argv.slice(2);
const { extractGraph } = await import(pathToFileURL(lib).href);
extractGraph(firstFixtureText()); // lazy gazetteers and compiled patterns are built once per process
const text = buildInput(Number(bytesArg));
globalThis.gc();
globalThis.gc();
const baseline = process.memoryUsage().heapUsed;
console.log('MARK start');
const graph = extractGraph(text);
const endUsed = process.memoryUsage().heapUsed;
console.log('MARK end');
globalThis.gc();
const retained = process.memoryUsage().heapUsed - baseline;
console.log(`RESULT ${JSON.stringify({ bytes: Buffer.byteLength(text), baseline, endUsed, retained, actors: graph.actors.length })}`);
