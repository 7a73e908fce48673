import { describeValue } from '../../errors.js';
import { extractGraph } from '../../extract-graph.js';
import type { ExtractOptions } from '../../options.js';
import { shapeOutput, type OutputOptions } from '../output.js';

/** What the command line says for every line that does not say it itself, and how graphs are printed. */
export interface LineDefaults {
  language: NonNullable<ExtractOptions['language']>;
  publishedAt: string | null;
  onUnsupportedLanguage: NonNullable<ExtractOptions['onUnsupportedLanguage']>;
  output: OutputOptions;
}

/** One output line, without its newline, and whether it holds a graph. */
export interface LineResult {
  out: string;
  ok: boolean;
}

type Id = string | number | null;

/**
 * The output line that reports a line which gave no graph: its 1-based input line number in
 * `line`, the record's own id (null when it has none or it cannot be read) and the message.
 */
export const errorLine = (lineNumber: number, id: Id, message: string): LineResult => ({
  out: `{"line":${lineNumber},"id":${JSON.stringify(id)},"error":${JSON.stringify(message)}}`,
  ok: false,
});

const isId = (id: unknown): id is string | number => typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));

/** The id a line's record gives itself, or null. */
export function lineId(line: string): Id {
  try {
    const id: unknown = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return isId(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * Turns one JSON Lines record `{"id", "text", "language"?, "publishedAt"?}` into its output line
 * `{"line", "id", "graph"}`, or `{"line", "id", "error"}` when the line cannot be read: a bad
 * line is reported and the batch goes on. `line` is the 1-based input line number, `id` the
 * record's own id or null: never one standing for the other.
 *
 * @example
 * processLine('{"id":"a1","text":"«Resteremo», ha detto Mario Rossi."}', 1, defaults).out
 * // '{"line":1,"id":"a1","graph":{...}}'
 * processLine('{"id":"a2"}', 2, defaults).out
 * // '{"line":2,"id":"a2","error":"line 2: \\"text\\" is missing; expected the article as a string"}'
 */
export function processLine(line: string, lineNumber: number, defaults: LineDefaults): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return errorLine(lineNumber, null, `line ${lineNumber}: not valid JSON (${(error as Error).message})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return errorLine(lineNumber, null, `line ${lineNumber}: expected an object such as {"id": "a1", "text": "..."}, found ${describeValue(record)}`);
  }
  const { id, text, language, publishedAt } = record as Record<string, unknown>;
  if (id !== undefined && id !== null && !isId(id)) {
    return errorLine(lineNumber, null, `line ${lineNumber}: "id" must be a string or a number, found ${describeValue(id)}`);
  }
  const outId = (id ?? null) as Id;
  if (text === undefined) return errorLine(lineNumber, outId, `line ${lineNumber}: "text" is missing; expected the article as a string`);
  if (typeof text !== 'string') return errorLine(lineNumber, outId, `line ${lineNumber}: "text" must be a string, found ${describeValue(text)}`);
  const options: ExtractOptions = { language: (language ?? defaults.language) as ExtractOptions['language'], onUnsupportedLanguage: defaults.onUnsupportedLanguage };
  const date = publishedAt ?? defaults.publishedAt;
  if (date !== null) options.publishedAt = date as string;
  try {
    const graph = shapeOutput(extractGraph(text, options), text, defaults.output);
    return { out: `{"line":${lineNumber},"id":${JSON.stringify(outId)},"graph":${JSON.stringify(graph)}}`, ok: true };
  } catch (error) {
    // A misuse the library refuses (an unknown language, a malformed date), or a bug on one
    // article: reported on its line, never the end of the run.
    return errorLine(lineNumber, outId, `line ${lineNumber}: ${(error as Error).message}`);
  }
}
