import type { Article } from '../../pipeline/article.js';
import { SCHEMA_VERSION } from '../../schema/version.js';
import type { ArticleGraph, Attribution, Claim, Diagnostic, Quote, TimeExpression } from '../../schema/graph-schema.js';
import { contentHash } from '../../text/content-hash.js';
import { mapPacked } from '../../text/map-packed.js';
import { spanOf } from '../../text/span.js';
import { capDiagnostics } from './cap-diagnostics.js';
import { actorIds, nodeId } from './public-ids.js';

/**
 * Assembles the public graph from the pipeline's state: node ids in text order (q_1, c_1, t_1,
 * at_1...), actor ids the slugs of their names (docs/ids.md), every node with offsets into the
 * untouched text, and a diagnostic for each quote left without speaker.
 */
export function buildGraph(article: Article): ArticleGraph {
  const { text } = article;
  const mentions = article.mentions!;
  // The stages know actors by working ids; the graph by public ones, made from name and type.
  const drafts = article.actors!;
  const publicIds = actorIds(mapPacked(drafts, (d) => ({
    name: d.name,
    type: d.type,
    firstSeen: d.mentions.reduce((first, { mention }) => Math.min(first, mentions[mention]!.start), Number.POSITIVE_INFINITY),
  })));
  const actorId = new Map<string, string>();
  drafts.forEach((d, i) => { if (!actorId.has(d.id)) actorId.set(d.id, publicIds[i]!); });
  const publicActor = (id: string | null): string | null => (id === null ? null : actorId.get(id) ?? null);
  const quoteSpans = article.quoteSpans!;
  const indirect = article.indirect!;
  const diagnostics: Diagnostic[] = [...article.diagnostics];

  // Pushed onto one array, not spread from two mapped ones: those come in several array kinds, and
  // V8 recompiles this function for each new one (see mapPacked).
  const contents: { kind: 'quote' | 'indirect'; n: number; start: number; end: number }[] = [];
  quoteSpans.forEach((q, n) => contents.push({ kind: 'quote', n, start: q.content.start, end: q.content.end }));
  indirect.forEach((d, n) => contents.push({ kind: 'indirect', n, start: d.content.start, end: d.content.end }));
  contents.sort((a, b) => a.start - b.start || a.end - b.end);
  // Node index of each quote span and each reported clause, by its index in the article's state.
  const nodeOf = { quote: new Int32Array(quoteSpans.length), indirect: new Int32Array(indirect.length) };
  contents.forEach((c, i) => { nodeOf[c.kind][c.n] = i; });
  const quotes: Quote[] = mapPacked(contents, (c, i) => {
    const id = nodeId('quote', i);
    const content = text.slice(c.start, c.end);
    if (c.kind === 'indirect') return { id, kind: 'indirect', start: c.start, end: c.end, text: content, isTitle: false, marks: null };
    const q = quoteSpans[c.n]!;
    return { id, kind: q.kind, start: c.start, end: c.end, text: content, isTitle: q.isTitle, marks: spanOf(text, q.marks.start, q.marks.end) };
  });

  const times: TimeExpression[] = mapPacked(article.times!, (t, i) => ({ id: nodeId('time', i), ...t }));
  const settings = article.claimSettings!;
  const claims: Claim[] = mapPacked(article.quantities!, (q, i) => ({
    id: nodeId('claim', i),
    ...spanOf(text, q.start, q.end),
    value: q.value,
    ...(q.lower !== undefined ? { lower: q.lower } : {}),
    ...(q.upper !== undefined ? { upper: q.upper } : {}),
    approximate: q.approximate,
    unit: q.unit,
    object: q.object,
    timeId: settings[i]!.time === null ? null : times[settings[i]!.time!]!.id,
    placeId: publicActor(settings[i]!.place),
  }));

  const attributions: Attribution[] = [];
  // Where each attribution's content starts, for the sort below: read here, not looked up by id.
  const positions: number[] = [];
  for (const a of article.attributed!) {
    // 'claim:N', 'quote:N' or 'indirect:N': parsed once, no string-keyed lookups (an article of
    // 100,000 quotes has as many attributions).
    const colon = a.ref.indexOf(':');
    const kind = a.ref.slice(0, colon);
    const n = Number(a.ref.slice(colon + 1));
    let contentId: string;
    let position: number;
    if (kind === 'claim') {
      contentId = nodeId('claim', n);
      position = claims[n]?.start ?? Number.NaN;
    } else {
      const table = kind === 'quote' ? nodeOf.quote : kind === 'indirect' ? nodeOf.indirect : undefined;
      const index = table !== undefined && Number.isInteger(n) && n >= 0 && n < table.length ? table[n]! : undefined;
      if (index === undefined) continue;
      const node = quotes[index]!;
      contentId = node.id;
      position = node.start;
      if (a.speaker.actor === null) {
        diagnostics.push({ code: 'attribution/no-speaker', severity: 'info', message: `no speaker found for "${node.text.slice(0, 40)}"`, start: node.start, end: node.end });
      }
    }
    positions.push(position);
    attributions.push({
      id: '',
      sourceId: publicActor(a.speaker.actor),
      contentId,
      cue: a.cue ? { ...spanOf(text, a.cue.start, a.cue.end), lemma: a.cue.lemma } : null,
      viaId: publicActor(a.speaker.via),
      rule: a.speaker.rule,
    });
  }
  const byPosition = mapPacked(attributions, (a, i) => ({ a, at: positions[i]! }));
  byPosition.sort((x, y) => x.at - y.at || x.a.contentId.localeCompare(y.a.contentId));
  byPosition.forEach(({ a }, i) => {
    a.id = nodeId('attribution', i);
    attributions[i] = a;
  });

  // Place actors by name, in actor order: an affiliation is found without a scan of every actor.
  const placesNamed = new Map<string, { id: string }[]>();
  for (const a of drafts) if (a.type === 'place') (placesNamed.get(a.name) ?? placesNamed.set(a.name, []).get(a.name)!).push(a);
  const actors = mapPacked(drafts, (draft, i) => ({
    id: publicIds[i]!,
    type: draft.type,
    name: draft.name,
    aliases: draft.aliases,
    titles: draft.titles,
    affiliationId: draft.affiliation ? publicActor(placesNamed.get(draft.affiliation)?.find((a) => a.id !== draft.id)?.id ?? null) : null,
    mentions: mapPacked(draft.mentions, ({ mention, rule }) => {
      const m = mentions[mention]!;
      const mentionText = text.slice(m.start, m.end);
      return rule ? { start: m.start, end: m.end, text: mentionText, kind: m.kind, rule } : { start: m.start, end: m.end, text: mentionText, kind: m.kind };
    }).sort((a, b) => a.start - b.start),
  }));
  diagnostics.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  return {
    schemaVersion: SCHEMA_VERSION,
    document: {
      id: contentHash(text),
      language: article.pack.code,
      length: text.length,
      publishedAt: article.publishedAt,
      paragraphs: article.paragraphs!.map((p) => spanOf(text, p.start, p.end)),
      sentences: article.sentences!.map((s) => spanOf(text, s.start, s.end)),
      headings: article.sentences!.filter((s) => s.heading).map((s) => spanOf(text, s.start, s.end)),
    },
    actors,
    quotes,
    claims,
    times,
    attributions,
    diagnostics: capDiagnostics(diagnostics),
  };
}
