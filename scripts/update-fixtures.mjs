// Rewrites fixtures/<lang>/<case>.expected.json from the built library. Review the diff by hand:
// the expected graphs are the reviewed reading of each fixture, not a snapshot to accept blindly.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const { extractGraph } = await import(new URL('../dist/index.js', import.meta.url).href);
for (const language of readdirSync('fixtures')) {
  for (const file of readdirSync(join('fixtures', language)).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join('fixtures', language, file), 'utf8');
    const graph = extractGraph(text, { language });
    writeFileSync(join('fixtures', language, file.replace(/\.txt$/, '.expected.json')), `${JSON.stringify(graph, null, 2)}\n`);
    console.log(`wrote fixtures/${language}/${file.replace(/\.txt$/, '.expected.json')}`);
  }
}
