// The package's figures for the README (run after `npm run build`): packed and unpacked size of
// `npm pack`, the size of a browser bundle that imports only claimgraph/validate or the whole
// library, and the cold import time of dist/ (median of fresh processes; RUNS=n, default 11).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
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
for (const [name, file, loader] of [['ESM import', 'dist/index.js', 'import'], ['CJS require', 'dist/index.cjs', 'require']]) {
  const url = resolve(file);
  const script = loader === 'import'
    ? `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`
    : `const t = performance.now(); require(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  const args = loader === 'import' ? ['--input-type=module', '-e', script] : ['-e', script];
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, args, { encoding: 'utf8' })));
  console.log(`${name} of ${file}, fresh process: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${runs} runs)`);
}
