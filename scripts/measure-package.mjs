// The package's figures for the README (run after `npm run build`): packed and unpacked size of
// `npm pack`, the size of a browser bundle that imports only claimgraph/validate or the whole
// library, and the cold import time of dist/ (median of fresh processes; RUNS=n, default 11).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// Decimal units, as npm prints them.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
console.log(`npm pack: ${mb(pack.size)} packed, ${mb(pack.unpackedSize)} unpacked, ${pack.entryCount} files`);

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-size-'));
try {
  for (const [name, specifier, symbol] of [['validate only', './dist/validate.js', 'validateGraph'], ['whole library', './dist/index.js', 'extractGraph']]) {
    const entry = join(dir, `${symbol}.js`);
    writeFileSync(entry, `import { ${symbol} } from ${JSON.stringify(resolve(specifier))};\nglobalThis.f = ${symbol};\n`);
    const result = await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    const code = result.outputFiles[0].contents;
    console.log(`browser bundle, ${name}: ${kb(code.length)} minified, ${kb(gzipSync(code).length)} gzipped`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const runs = Number(process.env.RUNS ?? 11);
// Wall time is what a user waits; CPU time (user + system) hardly moves when other processes
// share the machine, so it compares builds on a busy one.
for (const [name, file, loader] of [['ESM import', 'dist/index.js', 'import'], ['CJS require', 'dist/index.cjs', 'require']]) {
  const url = resolve(file);
  const load = loader === 'import' ? `await import(${JSON.stringify(url)})` : `require(${JSON.stringify(url)})`;
  const script = `const c = process.cpuUsage(); const t = performance.now(); ${load}; const d = process.cpuUsage(c); console.log(performance.now() - t, (d.user + d.system) / 1000);`;
  const args = loader === 'import' ? ['--input-type=module', '-e', script] : ['-e', script];
  const samples = Array.from({ length: runs }, () => execFileSync(process.execPath, args, { encoding: 'utf8' }).trim().split(' ').map(Number));
  const wall = samples.map(([w]) => w);
  const cpu = samples.map(([, c]) => c);
  console.log(`${name} of ${file}, fresh process, median of ${runs}: ${median(wall).toFixed(1)} ms wall (min ${Math.min(...wall).toFixed(1)}), ${median(cpu).toFixed(1)} ms CPU`);
}
