import { ClaimgraphError, describeValue } from './errors.js';
import type { ArticleGraph } from './schema/graph-schema.js';
import { codePointOffsets } from './text/code-points.js';

type Json = unknown;

// Every node with offsets holds them as numeric `start` and `end` (spans, mentions, quotes,
// claims, cues, times, diagnostics); a time's `range` holds ISO strings under the same names
// and is left as it is.
function convert(value: Json, offsets: Uint32Array): Json {
  if (Array.isArray(value)) return value.map((item) => convert(item, offsets));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = (key === 'start' || key === 'end') && typeof field === 'number' ? offsets[field] : convert(field, offsets);
  }
  return out;
}

/**
 * The graph with every offset counted in code points instead of UTF-16 code units, for Python
 * (`text[start:end]`), spaCy, W3C Web Annotation and any runtime that counts code points: after
 * an emoji, a JavaScript offset is one ahead of a Python one. `document.length` becomes the
 * number of code points and `document.offsets` says 'codepoint'; node texts are unchanged.
 * `validateGraph(converted, { text })` checks the result. A new graph: the one given is not
 * changed. Linear in the sizes of the text and the graph.
 *
 * A helper rather than an extractGraph option: the pipeline works in one unit, and a graph saved
 * earlier (or coming from `claimgraph extract`) converts just as well.
 *
 * @throws ClaimgraphError INVALID_TEXT when `text` is not the graph's text (another length).
 * @example
 * const graph = toCodePointOffsets(extractGraph(text), text);
 * // Python: text[q["start"]:q["end"]] == q["text"] for every quote q
 */
export function toCodePointOffsets(graph: ArticleGraph, text: string): ArticleGraph {
  if (typeof text !== 'string') throw new ClaimgraphError('INVALID_TEXT', `toCodePointOffsets expects the graph's text as a string, found ${describeValue(text)}`);
  if (graph.document.offsets === 'codepoint') return structuredClone(graph);
  if (text.length !== graph.document.length) {
    throw new ClaimgraphError('INVALID_TEXT', `toCodePointOffsets needs the text the graph was made from: the graph's is ${graph.document.length} UTF-16 code units long, the text given ${text.length}`);
  }
  const offsets = codePointOffsets(text);
  const converted = convert(graph, offsets) as ArticleGraph;
  converted.document.length = offsets[text.length]!;
  converted.document.offsets = 'codepoint';
  return converted;
}
