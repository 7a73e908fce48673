// Peak heap of one extractGraph call, in a process of its own. bench/memory.mjs runs it with
//   node --expose-gc --trace-gc --gc-global --max-semi-space-size=N bench/memory-child.mjs LIB BYTES
// V8 then prints one line per garbage collection, each a full one, with the heap in use before
// and after it; a collection runs each time N MB have been allocated, so the largest heap in use
// after a collection samples the call's peak live heap. The input text is allocated before the
// baseline: it is the caller's, not ours. So is what the process keeps once it has read any text
// like it (V8's compiled code and type feedback for every function run, the gazetteer maps, the
// bounded word caches): one call on the same text (its first megabyte at most) comes first, and
// the call after it is measured.
import { pathToFileURL } from 'node:url';
import { buildInput } from './inputs.mjs';

const [lib, bytesArg] = process.argv.slice(2);
const { extractGraph } = await import(pathToFileURL(lib).href);
const text = buildInput(Number(bytesArg));
extractGraph(text.length > 2 ** 20 ? buildInput(2 ** 20) : text);
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
