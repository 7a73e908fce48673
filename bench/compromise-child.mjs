// The reference engine, in its own process: full compromise (English) shares one instance with
// compromise/one under ESM, so it must never load next to claimgraph.
// Usage: node bench/compromise-child.mjs BYTES RUNS WARMUP  -> prints "RESULT {...}"
import nlp from 'compromise';
import { buildInput, countTokens, firstFixtureText } from './inputs.mjs';
import { timeRuns } from './measure.mjs';

const bytes = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const warmup = Number(process.argv[4] ?? 1);
const text = buildInput(bytes);

// The full parse the issue names: the document plus people, quotations and numbers, read out.
const parse = (input) => {
  const doc = nlp(input);
  doc.people().out('array');
  doc.quotations().out('array');
  doc.numbers().get();
};

parse(firstFixtureText()); // loads and warms the model on a small text first
const timing = timeRuns(() => parse(text), { warmup, runs });
console.log(`RESULT ${JSON.stringify({ bytes: Buffer.byteLength(text), tokens: countTokens(text), ...timing })}`);
