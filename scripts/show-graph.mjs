// Prints a graph as readable lines, for reviewing the pipeline's output on one article.
import { readFileSync } from 'node:fs';
const { extractGraph } = await import(new URL('../dist/index.js', import.meta.url).href);
const [file, language] = process.argv.slice(2);
const g = extractGraph(readFileSync(file, 'utf8'), language ? { language } : undefined);
const src = (id) => { const a = g.attributions.find((x) => x.contentId === id); return a ? `${a.sourceId} [${a.rule}]${a.viaId ? ` via ${a.viaId}` : ''}` : '-'; };
for (const a of g.actors) console.log('ACTOR', a.id, a.type, JSON.stringify(a.aliases), JSON.stringify(a.titles), a.affiliationId ?? '', a.mentions.map((m) => `${m.text}:${m.kind}${m.rule ? `/${m.rule}` : ''}`).join(', '));
for (const q of g.quotes) console.log('Q', q.id, q.kind, q.isTitle ? 'TITLE' : '', JSON.stringify(q.text.slice(0, 70)), '<=', src(q.id));
for (const c of g.claims) console.log('C', c.id, JSON.stringify(c.text), c.value, c.lower ?? '', c.upper ?? '', c.unit ?? '', c.object?.text ?? '', '<=', src(c.id));
for (const d of g.diagnostics) console.log('D', d.code, d.message);
