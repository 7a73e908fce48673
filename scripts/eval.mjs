// Runs ../shared/eval/score.mjs on every development gold file against the built library.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const evalDir = join('..', 'shared', 'eval');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`no scorer at ${evalDir}/score.mjs: the shared evaluation data is not beside this checkout`);
  process.exit(1);
}
const golds = readdirSync(evalDir).filter((f) => /\.(jsonl|gold\.json)$/.test(f)).sort();
let failed = false;
for (const gold of golds) {
  console.log(`\n== ${gold}`);
  const run = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--lib', 'dist/index.js', '--gold', join(evalDir, gold), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
