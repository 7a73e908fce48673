import { ClaimgraphError, describeValue } from './errors.js';
import type { ArticleGraph } from './schema/graph-schema.js';
import { codePointStarts } from './text/code-points.js';

/**
 * A type with every `text` field dropped, at any depth.
 * @example
 * const bare: WithoutText<Span> = { start: 0, end: 5 };
 */
export type WithoutText<T> = T extends readonly (infer U)[]
  ? WithoutText<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'text' ? never : K]: WithoutText<T[K]> }
    : T;

/**
 * A graph without the text of its nodes (docs/compact.md): every span keeps its offsets and
 * loses its `text`, which `expandGraph` slices back from the article. A projection, not an
 * ArticleGraph: `validateGraph` refuses it until it is expanded.
 * @example
 * const stored: CompactGraph = compactGraph(graph); // about half the JSON
 */
export type CompactGraph = WithoutText<ArticleGraph>;

// The nodes with a `text` that is the text at their offsets: every object with numeric `start`
// and `end` except diagnostics (they have no text) and a time's ISO `range`.
const isSpan = (value: Record<string, unknown>) => typeof value.start === 'number' && typeof value.end === 'number';

function walk(value: unknown, visit: (node: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, visit));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = key === 'diagnostics' ? structuredClone(field) : walk(field, visit);
  return isSpan(out) ? visit(out) : out;
}

/**
 * The graph without the `text` of its spans (quotes, claims, mentions, cues, sentences...): the
 * text is in the article already, and repeating it makes a graph several times the article's
 * size. Actor names, aliases and titles, and diagnostic messages stay. Linear.
 * @example
 * const small = compactGraph(extractGraph(text));
 * const graph = expandGraph(small, text); // deep-equal to extractGraph(text)
 */
export function compactGraph(graph: ArticleGraph): CompactGraph {
  return walk(graph, ({ text: _text, ...rest }) => rest) as CompactGraph;
}

/**
 * A compact graph with the `text` of every span sliced back from the article it was made from
 * (offsets counted as `document.offsets` says), ready for `validateGraph`.
 * @throws ClaimgraphError INVALID_TEXT when `text` is not a string of the graph's length.
 * @example
 * const graph = expandGraph(JSON.parse(stored), articleText);
 * validateGraph(graph, { text: articleText }); // { valid: true, graph }
 */
export function expandGraph(compact: CompactGraph, text: string): ArticleGraph {
  if (typeof text !== 'string') throw new ClaimgraphError('INVALID_TEXT', `expandGraph expects the article text as a string, found ${describeValue(text)}`);
  const starts = compact.document.offsets === 'codepoint' ? codePointStarts(text) : null;
  const length = starts ? starts.length - 1 : text.length;
  if (length !== compact.document.length) {
    throw new ClaimgraphError('INVALID_TEXT', `expandGraph needs the text the graph was made from: the graph's is ${compact.document.length} ${starts ? 'code points' : 'UTF-16 code units'} long, the text given ${length}`);
  }
  const slice = (start: number, end: number) => (starts ? text.slice(starts[start], starts[end]) : text.slice(start, end));
  // `text` goes right after `end`, where extractGraph puts it.
  return walk(compact, (node) => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(node)) {
      out[key] = field;
      if (key === 'end') out.text = slice(node.start as number, node.end as number);
    }
    return out;
  }) as ArticleGraph;
}
