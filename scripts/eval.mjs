// Runs ../shared/eval/score.mjs on every development gold file against the built library.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const evalDir = join('..', 'shared', 'eval');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`no scorer at ${evalDir}/score.mjs: the shared evaluation data is not beside this checkout`);
  process.exit(1);
}
// it-corpus-persons.jsonl is not a gold of articles: it scores the cross-article merge, run below.
const PERSONS = 'it-corpus-persons.jsonl';
const golds = readdirSync(evalDir).filter((f) => /\.(jsonl|gold\.json)$/.test(f) && f !== PERSONS).sort();
let failed = false;
for (const gold of golds) {
  console.log(`\n== ${gold}`);
  const run = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--lib', 'dist/index.js', '--gold', join(evalDir, gold), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
// The same person across articles: mergeGraphs over it-attr-dev and it-attr-dev2 as one corpus.
const corpusGolds = ['it-attr-dev.jsonl', 'it-attr-dev2.jsonl'];
if (existsSync(join(evalDir, PERSONS)) && corpusGolds.every((f) => existsSync(join(evalDir, f)))) {
  console.log(`\n== ${PERSONS} (merge of ${corpusGolds.join(' + ')})`);
  const run = spawnSync(process.execPath, [
    join(evalDir, 'score.mjs'), '--lib', 'dist/index.js', '--gold', corpusGolds.map((f) => join(evalDir, f)).join(','), '--persons', join(evalDir, PERSONS), ...process.argv.slice(2),
  ], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
