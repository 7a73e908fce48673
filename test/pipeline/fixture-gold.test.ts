import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, type ArticleGraph } from '../../src/index.js';

// Fixtures with a hand-made gold reading (<case>.gold.json, the eval seed's format) are scored
// the way the eval scorer does: spans match when they share half of the longer one, a speaker
// when the attributed actor's name or an alias contains the gold name (or the reverse).
interface GoldQuote { start: number; end: number; kind: string; speaker: string | null; optional?: boolean }
interface GoldClaim { start: number; end: number; value: number; optional?: boolean }

const cases = readdirSync('fixtures').flatMap((language) =>
  readdirSync(join('fixtures', language)).filter((f) => f.endsWith('.gold.json')).map((f) => ({ language, name: f.replace(/\.gold\.json$/, ''), dir: join('fixtures', language) })),
).filter(({ dir, name }) => existsSync(join(dir, `${name}.txt`)));

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (a: { start: number; end: number }, b: { start: number; end: number }) => overlap(a, b) > 0 && overlap(a, b) >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const namesMatch = (a: string, b: string) => ` ${norm(a)} `.includes(` ${norm(b)} `) || ` ${norm(b)} `.includes(` ${norm(a)} `);
const f1 = (tp: number, pred: number, gold: number, tpGold: number) => {
  const p = pred ? tp / pred : 1;
  const r = gold ? tpGold / gold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

function sourceName(graph: ArticleGraph, id: string): string[] {
  const a = graph.attributions.find((x) => x.contentId === id);
  const actor = graph.actors.find((x) => x.id === a?.sourceId);
  return actor ? [actor.name, ...actor.aliases] : [];
}

describe.each(cases)('fixture $language/$name against its gold', ({ language, name, dir }) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as { quotes: GoldQuote[]; claims: GoldClaim[] };
  const graph = extractGraph(text, { language: language as 'it' | 'en' });

  it('finds the quotes (direct and partial) with F1 at least 0.95', () => {
    const goldQuotes = gold.quotes.filter((q) => q.kind !== 'indirect');
    const pred = graph.quotes.filter((q) => q.kind !== 'indirect' && !q.isTitle);
    const required = goldQuotes.filter((q) => !q.optional);
    const tp = pred.filter((p) => goldQuotes.some((g) => matches(g, p))).length;
    const found = required.filter((g) => pred.some((p) => matches(g, p))).length;
    expect(f1(tp, pred.length, required.length, found)).toBeGreaterThanOrEqual(0.95);
  });

  it('names the speaker of at least 90% of the quotes and reports it finds', () => {
    const spoken = gold.quotes.filter((q) => !q.optional && q.speaker !== null);
    const right = spoken.filter((g) => {
      const hit = graph.quotes.find((p) => matches(g, p));
      return hit !== undefined && sourceName(graph, hit.id).some((n) => namesMatch(n, g.speaker!));
    }).length;
    expect(right / spoken.length).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the numeric claims with F1 at least 0.9', () => {
    const required = gold.claims.filter((c) => !c.optional);
    const tp = graph.claims.filter((p) => gold.claims.some((g) => overlap(g, p) > 0 && g.value === p.value)).length;
    const found = required.filter((g) => graph.claims.some((p) => overlap(g, p) > 0 && g.value === p.value)).length;
    expect(f1(tp, graph.claims.length, required.length, found)).toBeGreaterThanOrEqual(0.9);
  });
});
