import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractGraph, type Diagnostic } from '../../src/index.js';
import { capDiagnostics } from '../../src/stages/graph/cap-diagnostics.js';

const LIB = resolve('dist/index.js');

describe('inputs large enough to overflow what grows with them', () => {
  // Call arguments live on the stack: `push(...items)` with one item per quote overflowed it past
  // some 120,000 items at Node's default stack size (a megabyte of «Sì»). On a stack of 150 KB the
  // same code overflows at some 20,000: 30,000 quotes and 30,000 reports stand for a megabyte.
  it('30,000 quotes and 30,000 reported clauses on a small stack: a graph, no stack overflow', () => {
    if (!existsSync(LIB)) throw new Error('dist/index.js is missing: run `npm run build` (or `npx tsup`) before these tests');
    const script = `
      const { extractGraph } = await import(${JSON.stringify(pathToFileURL(LIB).href)});
      const quotes = extractGraph('«Sì» '.repeat(30000), { language: 'it' }).quotes.length;
      const reports = extractGraph('Rossi ha detto che sì. '.repeat(30000), { language: 'it' }).quotes.length;
      console.log(JSON.stringify({ quotes, reports }));`;
    const out = spawnSync(process.execPath, ['--stack-size=150', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ quotes: 30000, reports: 30000 });
  }, 120_000);
});

describe('numbers too long to be amounts', () => {
  it.each([
    ['400 digits (Infinity as a double, null in JSON)', '9'.repeat(400)],
    ['400 digits before a noun', `Sono ${'1'.repeat(400)} soldati.`],
    ['grouped digits past any double', `${'999.'.repeat(120)}999 euro`],
  ])('%s: no claim, and every value a finite number', (_, text) => {
    const graph = extractGraph(text, { language: 'it' });
    expect(graph.claims).toEqual([]);
  });

  it('a long but sane number is still read', () => {
    expect(extractGraph('Il debito è di 2.800.000.000.000 euro.', { language: 'it' }).claims.map((c) => c.value)).toEqual([2.8e12]);
  });
});

describe('capDiagnostics: at most 100 diagnostics of a code, the rest counted in one', () => {
  const at = (code: string, start: number): Diagnostic => ({ code, severity: 'info', message: code, start, end: start + 1 });

  it('keeps every diagnostic under the cap, as they were', () => {
    const diagnostics = [at('quote/unclosed', 1), at('quote/stray-close', 5), at('quote/unclosed', 9)];
    expect(capDiagnostics(diagnostics, 2)).toEqual(diagnostics);
  });

  it('lists the first of a code and counts the others in one diagnostic that spans them', () => {
    const diagnostics = [at('a', 0), at('b', 1), at('a', 2), at('a', 3), at('b', 4), at('a', 7)];
    expect(capDiagnostics(diagnostics, 2)).toEqual([
      at('a', 0), at('b', 1), at('a', 2),
      { code: 'diagnostics/omitted', severity: 'info', message: '2 more "a" diagnostics from here on are not listed: the first 2 are', start: 3, end: 8 },
      at('b', 4),
    ]);
  });

  it('bounds 150,000 stray marks to 101 diagnostics', () => {
    const diagnostics = Array.from({ length: 150_000 }, (_, i) => at('quote/stray-close', i));
    const capped = capDiagnostics(diagnostics);
    expect(capped).toHaveLength(101);
    expect(capped.at(-1)!.message).toMatch(/^149900 more "quote\/stray-close" diagnostics/);
  });
});
