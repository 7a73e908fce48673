import type { ArticleGraph, Attribution, Claim, Diagnostic, Quote } from '../schema/graph-schema.js';
import type { LayoutSpan } from './layout-spans.js';

/** Who a highlight belongs to on the page: the key the actor filter matches, and how it is shown. */
export interface SpeakerRef {
  readonly key: string;
  readonly name: string;
  /** Index into the palette's speaker colours. */
  readonly colour: number;
  /** The number on the speaker's badge, shown beside the colour. */
  readonly badge: number;
}

export type HighlightKind = 'quote' | 'claim' | 'cue';

/** One highlight to lay over the text: a quote, a claim or a cue, with what its details panel shows. */
export interface Highlight extends LayoutSpan {
  readonly kind: HighlightKind;
  /** 'direct' | 'partial' | 'indirect' | 'title' for quotes, the kind itself otherwise. */
  readonly variant: string;
  /** The graph node's id (the quote's or claim's; the first attribution's for a cue). */
  readonly id: string;
  readonly speaker: SpeakerRef | null;
  /** Short label drawn after a claim: its value, bounds and unit. */
  readonly label: string | null;
  readonly title: string;
  readonly rows: readonly (readonly [string, string])[];
}

const RANK: Record<HighlightKind, number> = { quote: 0, claim: 1, cue: 2 };

const QUOTE_TITLES: Record<string, string> = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Indirect quote', title: 'Quoted title (not speech)' };

/** A claim's value as read at a glance: bounds, approximation and unit ('≥200 km2', '≤8000', '≈3 %'). */
export function formatClaimValue(claim: Pick<Claim, 'value' | 'lower' | 'upper' | 'approximate' | 'unit'>): string {
  const { lower, upper } = claim;
  let value: string;
  if (lower !== undefined && upper !== undefined && lower !== upper) value = `${lower}–${upper}`;
  else if (upper !== undefined && lower === undefined) value = `≤${upper}`;
  else if (lower !== undefined && upper === undefined) value = `≥${lower}`;
  else value = String(claim.value);
  return `${claim.approximate ? '≈' : ''}${value}${claim.unit ? ` ${claim.unit}` : ''}`;
}

/**
 * For each item, the diagnostics that overlap its extent, in one sweep: items and diagnostics
 * sorted by start, diagnostics still open carried along and dropped once passed.
 */
function overlappingDiagnostics(items: readonly { start: number; end: number }[], diagnostics: readonly Diagnostic[]): Diagnostic[][] {
  const result: Diagnostic[][] = items.map(() => []);
  if (diagnostics.length === 0) return result;
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start);
  const diags = [...diagnostics].sort((a, b) => a.start - b.start);
  let active: Diagnostic[] = [];
  let next = 0;
  for (const i of order) {
    const item = items[i]!;
    active = active.filter((d) => Math.max(d.end, d.start + 1) > item.start);
    while (next < diags.length && diags[next]!.start < item.start) {
      const d = diags[next++]!;
      if (Math.max(d.end, d.start + 1) > item.start) active.push(d);
    }
    const found = [...active];
    for (let k = next; k < diags.length && diags[k]!.start < item.end; k++) found.push(diags[k]!);
    result[i] = found;
  }
  return result;
}

function speakerRow(speaker: SpeakerRef | null): readonly [string, string] {
  return ['Speaker', speaker ? `${speaker.name} (#${speaker.badge})` : 'none found'];
}

function attributionRows(attribution: Attribution | undefined, speakerOf: (actorId: string) => SpeakerRef | null, actorName: (id: string) => string): (readonly [string, string])[] {
  if (!attribution) return [speakerRow(null), ['Rule', 'no attribution']];
  const rows: (readonly [string, string])[] = [speakerRow(attribution.sourceId === null ? null : speakerOf(attribution.sourceId))];
  if (attribution.viaId !== null) rows.push(['Via', actorName(attribution.viaId)]);
  rows.push(['Cue', attribution.cue ? `“${attribution.cue.text}” (${attribution.cue.lemma})` : 'none']);
  rows.push(['Rule', attribution.rule]);
  return rows;
}

/**
 * The highlights of one article: each quote and claim with its speaker, value and the reasons
 * the extractor gave (cue, rule, diagnostics), and each attribution cue once.
 * `speakerOf` maps an actor id of this graph to the speaker shown on the page (null when it is
 * not shown as one).
 */
export function annotateArticle(graph: ArticleGraph, speakerOf: (actorId: string) => SpeakerRef | null): Highlight[] {
  const actorNames = new Map(graph.actors.map((a) => [a.id, a.name]));
  const actorName = (id: string) => actorNames.get(id) ?? id;
  const attributionOf = new Map<string, Attribution>();
  for (const a of graph.attributions) if (!attributionOf.has(a.contentId)) attributionOf.set(a.contentId, a);
  const timeText = new Map(graph.times.map((t) => [t.id, t.value ? `${t.text} (${t.value})` : t.text]));
  const speakerFor = (contentId: string) => {
    const source = attributionOf.get(contentId)?.sourceId;
    return source ? speakerOf(source) : null;
  };

  const extents = [
    ...graph.quotes.map((q: Quote) => (q.marks ? { start: Math.min(q.start, q.marks.start), end: Math.max(q.end, q.marks.end) } : q)),
    ...graph.claims,
  ];
  const diagnostics = overlappingDiagnostics(extents, graph.diagnostics);
  const diagnosticRows = (found: Diagnostic[]) => found.map((d) => [d.severity === 'warning' ? 'Warning' : 'Note', `${d.code}: ${d.message}`] as const);

  const highlights: Highlight[] = [];
  graph.quotes.forEach((q, i) => {
    const variant = q.isTitle ? 'title' : q.kind;
    highlights.push({
      start: q.start, end: q.end, rank: RANK.quote, kind: 'quote', variant, id: q.id,
      speaker: speakerFor(q.id), label: null, title: QUOTE_TITLES[variant]!,
      rows: [...attributionRows(attributionOf.get(q.id), speakerOf, actorName), ...diagnosticRows(diagnostics[i]!)],
    });
  });
  graph.claims.forEach((c, i) => {
    const rows: (readonly [string, string])[] = [['Value', formatClaimValue(c)]];
    if (c.lower !== undefined) rows.push(['Lower bound', String(c.lower)]);
    if (c.upper !== undefined) rows.push(['Upper bound', String(c.upper)]);
    rows.push(['Unit', c.unit ?? 'none']);
    if (c.object) rows.push(['Counts', c.object.text]);
    if (c.timeId !== null) rows.push(['Time', timeText.get(c.timeId) ?? c.timeId]);
    if (c.placeId !== null) rows.push(['Place', actorName(c.placeId)]);
    highlights.push({
      start: c.start, end: c.end, rank: RANK.claim, kind: 'claim', variant: 'claim', id: c.id,
      speaker: speakerFor(c.id), label: formatClaimValue(c), title: 'Claim',
      rows: [...rows, ...attributionRows(attributionOf.get(c.id), speakerOf, actorName), ...diagnosticRows(diagnostics[graph.quotes.length + i]!)],
    });
  });
  // A cue several attributions share (one verb introducing a quote and its claims) is drawn once.
  const cues = new Map<string, Attribution[]>();
  for (const a of graph.attributions) {
    if (!a.cue) continue;
    const key = `${a.cue.start}:${a.cue.end}`;
    const list = cues.get(key);
    if (list) list.push(a);
    else cues.set(key, [a]);
  }
  for (const list of cues.values()) {
    const first = list[0]!;
    const cue = first.cue!;
    const sources = [...new Set(list.map((a) => a.sourceId))];
    const speaker = sources.length === 1 && sources[0] ? speakerOf(sources[0]) : null;
    highlights.push({
      start: cue.start, end: cue.end, rank: RANK.cue, kind: 'cue', variant: 'cue', id: first.id,
      speaker, label: null, title: 'Attribution cue',
      rows: [
        ['Lemma', cue.lemma],
        ['Introduces', `${list.length} ${list.length === 1 ? 'quote or claim' : 'quotes or claims'}`],
        ...(speaker ? [speakerRow(speaker)] : sources.length > 1 ? [['Speakers', sources.map((s) => (s ? actorName(s) : 'none')).join(', ')] as const] : [speakerRow(null)]),
        ['Rule', [...new Set(list.map((a) => a.rule))].join(', ')],
      ],
    });
  }
  return highlights;
}

/** Per actor id of a graph, how many quotes it said and claims it holds (as source of an attribution). */
export function countContributions(graph: ArticleGraph): Map<string, { quotes: number; claims: number }> {
  const quoteIds = new Set(graph.quotes.map((q) => q.id));
  const counts = new Map<string, { quotes: number; claims: number }>();
  const seen = new Set<string>();
  for (const a of graph.attributions) {
    if (a.sourceId === null || seen.has(a.contentId)) continue;
    seen.add(a.contentId);
    let c = counts.get(a.sourceId);
    if (!c) counts.set(a.sourceId, (c = { quotes: 0, claims: 0 }));
    if (quoteIds.has(a.contentId)) c.quotes++;
    else c.claims++;
  }
  return counts;
}
