import type { ArticleGraph, Quote } from '../../src/index.js';

/** The name of the actor an attribution gives as the source of a quote or claim, or null. */
export function speakerOf(graph: ArticleGraph, contentId: string): string | null {
  const attribution = graph.attributions.find((a) => a.contentId === contentId);
  if (!attribution?.sourceId) return null;
  return graph.actors.find((a) => a.id === attribution.sourceId)?.name ?? null;
}

/** The quote of a kind whose text contains `fragment`. */
export function quoteWith(graph: ArticleGraph, fragment: string, kinds: Quote['kind'][] = ['direct', 'partial', 'indirect']): Quote | undefined {
  return graph.quotes.find((q) => kinds.includes(q.kind) && q.text.includes(fragment));
}
