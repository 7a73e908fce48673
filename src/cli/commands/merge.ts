import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_VERSION, type CorpusAttribution, type CorpusClaim, type CorpusGraph, type CorpusQuote } from '../../corpus/corpus-types.js';
import { corpusOf, mergeCorpora } from '../../corpus/merge-corpora.js';
import { toNQuads } from '../../export/n-quads.js';
import { CliError } from '../cli-error.js';
import type { CliCommand } from '../command.js';
import { inputName, readGraphLines } from './graph-lines.js';
import { writeOut } from './output.js';

interface Spooled { quotes: readonly CorpusQuote[]; claims: readonly CorpusClaim[]; attributions: readonly CorpusAttribution[] }

/**
 * Memory grows with the number of actors, not with the corpus: each article's quotes, claims and
 * attributions go to a spool file as they are read, only its actors stay in memory. Once every
 * actor is known (a later article can join two earlier ones), the spool is read back document by
 * document, in id order, with each source pointed at its merged actor. The JSON written equals
 * `JSON.stringify(mergeGraphs(lines))`.
 */
async function runMerge(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void> {
  const format = (values.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'nquads') throw new CliError(`--format takes json or nquads, found ${JSON.stringify(format)}`, 2);
  if (positionals.length > 1) throw new CliError(`one input at a time, found ${positionals.map((p) => JSON.stringify(p)).join(' and ')}`, 2);
  const file = positionals[0];
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-merge-'));
  const spool = join(dir, 'documents.jsonl');
  const fd = openSync(spool, 'w+');
  try {
    const actorsOnly: CorpusGraph[] = [];
    const where = new Map<string, { offset: number; length: number; contentHash: string }>();
    let offset = 0;
    const add = (one: CorpusGraph, spooled: Map<string, Spooled>) => {
      for (const d of one.documents) {
        const known = where.get(d.id);
        if (known) {
          if (known.contentHash !== d.contentHash) throw new CliError(`${inputName(file)}: two articles have the id ${JSON.stringify(d.id)} but different texts`);
          continue;
        }
        const bytes = Buffer.from(JSON.stringify(spooled.get(d.id) ?? { quotes: [], claims: [], attributions: [] }), 'utf8');
        writeSync(fd, bytes, 0, bytes.length, offset);
        where.set(d.id, { offset, length: bytes.length, contentHash: d.contentHash });
        offset += bytes.length;
      }
      actorsOnly.push({ ...one, quotes: [], claims: [], attributions: [] });
    };
    for await (const item of readGraphLines(file)) {
      let one: CorpusGraph;
      try {
        one = 'corpusVersion' in item ? mergeCorpora([item]) : corpusOf(item);
      } catch (error) {
        throw new CliError(`${inputName(file)}: ${'id' in item ? `${item.id}: ` : ''}${(error as Error).message}`);
      }
      // The records of each document, to spool one document at a time.
      const spooled = new Map<string, Spooled>();
      const of = (documentId: string) => {
        let s = spooled.get(documentId);
        if (!s) spooled.set(documentId, s = { quotes: [], claims: [], attributions: [] });
        return s as { quotes: CorpusQuote[]; claims: CorpusClaim[]; attributions: CorpusAttribution[] };
      };
      for (const q of one.quotes) of(q.documentId).quotes.push(q);
      for (const c of one.claims) of(c.documentId).claims.push(c);
      for (const a of one.attributions) of(a.documentId).attributions.push(a);
      add(one, spooled);
    }
    const corpus = mergeCorpora(actorsOnly);
    const home = new Map<string, string>();
    for (const a of corpus.actors) for (const m of a.members) home.set(`${m.documentId}\u0000${m.actorId}`, a.id);
    const merged = (documentId: string, local: string | null) => (local === null ? null : home.get(`${documentId}\u0000${local}`) ?? null);
    const read = (documentId: string): Spooled => {
      const { offset: at, length } = where.get(documentId)!;
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, at);
      const s = JSON.parse(buffer.toString('utf8')) as Spooled;
      return {
        quotes: s.quotes,
        claims: s.claims.map((c) => ({ ...c, placeId: merged(c.documentId, c.localPlaceId) })),
        attributions: s.attributions.map((a) => ({ ...a, sourceId: merged(a.documentId, a.localSourceId), viaId: merged(a.documentId, a.localViaId) })),
      };
    };
    const ids = corpus.documents.map((d) => d.id);
    if (format === 'nquads') {
      await writeOut(toNQuads({ ...corpus, quotes: [], claims: [], attributions: [] }));
      for (const id of ids) await writeOut(toNQuads({ corpusVersion: CORPUS_VERSION, documents: [], actors: [], ...read(id) }));
      return;
    }
    await writeOut(`{"corpusVersion":${JSON.stringify(CORPUS_VERSION)},"documents":${JSON.stringify(corpus.documents)},"actors":${JSON.stringify(corpus.actors)}`);
    for (const part of ['quotes', 'claims', 'attributions'] as const) {
      await writeOut(`,"${part}":[`);
      let first = true;
      for (const id of ids) {
        for (const record of read(id)[part]) {
          await writeOut(`${first ? '' : ','}${JSON.stringify(record)}`);
          first = false;
        }
      }
      await writeOut(']');
    }
    await writeOut('}\n');
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'merges the graphs of many articles into one corpus graph: the same person across articles is one actor',
  usage: `usage: claimgraph merge [FILE|-] [--format json|nquads]
  reads the {"id", "graph"} lines that claimgraph extract --jsonl writes (standard input when FILE is
  - or absent) and writes one corpus graph: actors merged across articles, each with its members
  {documentId, actorId}, and every quote, claim and attribution with its documentId. A line may
  also be a corpus graph that merge wrote: corpora merge again (the reduce step of a large job).
  --format json     the corpus graph as one JSON object (default; equals mergeGraphs in the library)
  --format nquads   the corpus as N-Quads on schema.org (see docs/knowledge-graph.md), for an RDF store
  Memory grows with the number of actors: quotes and claims wait in a temporary file.
`,
  options: { format: { type: 'string', short: 'f' } },
  run: runMerge,
};
