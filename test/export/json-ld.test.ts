import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { CONTEXT, extractGraph, mergeGraphs, toJsonLd } from '../../src/index.js';
import { documentLoader, graph, shipped, text } from './offline-context.js';

const OA = 'http://www.w3.org/ns/oa#';
const S = 'https://schema.org/';
const CG = 'https://claimgraph.dev/ns#';

type Expanded = Record<string, unknown> & { '@id': string; '@type'?: string[] };
const expand = async (doc: object) => (await jsonld.expand(doc, { documentLoader })) as Expanded[];
const first = (node: Expanded, iri: string) => (node[iri] as { '@value'?: unknown; '@id'?: string }[] | undefined)?.[0];

describe('the published context', () => {
  it('is the file the package ships', () => {
    expect(shipped).toEqual(CONTEXT);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['./context.jsonld']).toBe('./context.jsonld');
    expect(pkg.files).toContain('context.jsonld');
  });
});

describe('toJsonLd of one article', () => {
  it('expands with every node and every position', async () => {
    const doc = toJsonLd(graph, { text, documentId: 'kursk' });
    const expanded = await expand(doc);
    const byId = new Map(expanded.map((n) => [n['@id'], n]));
    // Every actor, quote and claim is a node of its schema.org type.
    for (const a of graph.actors) {
      const node = [...byId.values()].find((n) => first(n, `${S}name`)?.['@value'] === a.name && n['@type']?.some((t) => t.startsWith(S) || t.startsWith(CG)));
      expect(node, a.name).toBeDefined();
    }
    const quotes = expanded.filter((n) => n['@type']?.includes(`${S}Quotation`));
    const claims = expanded.filter((n) => n['@type']?.includes(`${S}Claim`));
    expect(quotes).toHaveLength(graph.quotes.length);
    expect(claims).toHaveLength(graph.claims.length);
    expect(expanded.filter((n) => n['@type']?.includes(`${S}NewsArticle`))).toHaveLength(1);
    // Every position keeps its offsets and its exact text, which is the text at those offsets.
    const selectors = expanded.flatMap(function collect(n: Expanded): Expanded[] {
      const nested = Object.values(n).flatMap((v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x && '@id' in x && Object.keys(x).length > 1) as Expanded[] : []));
      return [n, ...nested.flatMap(collect)];
    }).filter((n) => n['@type']?.includes(`${OA}TextPositionSelector`));
    const cues = graph.attributions.filter((a) => a.cue !== null).length;
    expect(selectors).toHaveLength(graph.quotes.length + graph.claims.length + cues);
    for (const node of [...graph.quotes, ...graph.claims]) {
      expect(selectors.some((s) => first(s, `${OA}start`)?.['@value'] === node.start && first(s, `${OA}end`)?.['@value'] === node.end), node.text).toBe(true);
    }
  });

  it('names the speaker of a quote as creator and spokenByCharacter, with the cue', async () => {
    const doc = toJsonLd(graph, { text });
    const withSpeaker = graph.attributions.find((a) => a.sourceId !== null && a.cue !== null && graph.quotes.some((q) => q.id === a.contentId))!;
    const quote = graph.quotes.find((q) => q.id === withSpeaker.contentId)!;
    const speaker = graph.actors.find((a) => a.id === withSpeaker.sourceId)!;
    const node = doc['@graph'].find((n) => n['@type'] === 'Quotation' && n.text === quote.text)!;
    const speakerNode = doc['@graph'].find((n) => n.name === speaker.name)!;
    expect(node.creator).toBe(speakerNode['@id']);
    expect(node.spokenByCharacter).toBe(speakerNode['@id']);
    expect((node.cue as { text: string }).text).toBe(withSpeaker.cue!.text);
  });

  it('gives a claim its value and bounds, and text selectors their context', () => {
    const doc = toJsonLd(graph, { text });
    const claim = graph.claims[0]!;
    const node = doc['@graph'].find((n) => n['@type'] === 'Claim' && n.text === claim.text)!;
    expect((node.quantity as { value: number }).value).toBe(claim.value);
    const [offsets, quote] = (node.position as { selector: { start?: number; exact?: string; prefix?: string; suffix?: string }[] }).selector;
    expect(offsets!.start).toBe(claim.start);
    expect(quote!.prefix! + quote!.exact! + quote!.suffix!).toBe(text.slice(claim.start - quote!.prefix!.length, claim.end + quote!.suffix!.length));
  });

  it('treats ids as opaque strings', async () => {
    const odd = structuredClone(graph);
    odd.quotes[0]!.id = 'q 1/ü#?';
    odd.attributions.filter((a) => a.contentId === graph.quotes[0]!.id).forEach((a) => { a.contentId = 'q 1/ü#?'; });
    const doc = toJsonLd(odd, { documentId: 'art/1 2' });
    const node = doc['@graph'].find((n) => n['@type'] === 'Quotation' && n.text === graph.quotes[0]!.text)!;
    expect(node['@id']).toBe('urn:claimgraph:document/art%2F1%202#q%201%2F%C3%BC%23%3F');
    expect((await expand(doc)).some((n) => n['@id'] === node['@id'])).toBe(true);
  });
});

describe('toJsonLd of a corpus', () => {
  it('expands with merged persons, their quotes and claims', async () => {
    const other = 'Il ministro Choe Son Hui ha detto che 300 soldati sono partiti. «Non ci fermeremo», ha aggiunto Choe.';
    const dated = extractGraph(text, { language: 'it', publishedAt: '2024-11-01' });
    const corpus = mergeGraphs([{ id: 'kursk', graph: dated }, { id: 'other', graph: extractGraph(other, { language: 'it' }) }]);
    const expanded = await expand(toJsonLd(corpus, { text: (id) => (id === 'kursk' ? text : id === 'other' ? other : undefined) }));
    const choe = corpus.actors.find((a) => a.name === 'Choe Son Hui')!;
    expect(new Set(choe.members.map((m) => m.documentId))).toEqual(new Set(['kursk', 'other']));
    const choeNode = expanded.find((n) => first(n, `${S}name`)?.['@value'] === 'Choe Son Hui')!;
    expect(choeNode['@type']).toEqual([`${S}Person`]);
    expect(expanded.filter((n) => n['@type']?.includes(`${S}Quotation`))).toHaveLength(corpus.quotes.length);
    expect(expanded.filter((n) => n['@type']?.includes(`${S}Claim`))).toHaveLength(corpus.claims.length);
    // A claim's time travels with it into the corpus (which keeps no time nodes) and out as temporalCoverage.
    const timed = corpus.claims.find((c) => c.time !== null)!;
    expect(timed.time).toBe(dated.times.find((t) => t.id === dated.claims.find((c) => c.id === timed.id)?.timeId)?.value);
    expect(toJsonLd(corpus)['@graph'].find((n) => n['@type'] === 'Claim' && n.text === timed.text)?.temporalCoverage).toBe(timed.time);
    const spoken = expanded.filter((n) => n['@type']?.includes(`${S}Quotation`) && first(n, `${S}creator`)?.['@id'] === choeNode['@id']);
    expect(spoken.length).toBeGreaterThanOrEqual(1);
  });
});
