import { compactGraph, type CompactGraph } from '../compact-graph.js';
import { toCodePointOffsets } from '../code-point-offsets.js';
import type { ArticleGraph } from '../schema/graph-schema.js';

/** How `extract` prints a graph. */
export interface OutputOptions {
  /** Drop the `text` of every span (docs/compact.md). */
  compact: boolean;
  offsets: 'utf16' | 'codepoint';
}

/** The graph as the command line was asked to print it. */
export function shapeOutput(graph: ArticleGraph, text: string, output: OutputOptions): ArticleGraph | CompactGraph {
  const counted = output.offsets === 'codepoint' ? toCodePointOffsets(graph, text) : graph;
  return output.compact ? compactGraph(counted) : counted;
}
