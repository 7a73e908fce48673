import { describeValue } from '../../errors.js';
import { extractGraph } from '../../extract-graph.js';
import type { ExtractOptions } from '../../options.js';

/** What the command line says for every line that does not say it itself. */
export interface LineDefaults {
  language: NonNullable<ExtractOptions['language']>;
  publishedAt: string | null;
}

/** One output line, without its newline, and whether it holds a graph. */
export interface LineResult {
  out: string;
  ok: boolean;
}

/** The output line that reports a line which gave no graph. */
export const errorLine = (id: string | number, message: string): LineResult => ({ out: `{"id":${JSON.stringify(id)},"error":${JSON.stringify(message)}}`, ok: false });

const isId = (id: unknown): id is string | number => typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));

/** The id a line's output is known by: its own "id", else its 1-based line number. */
export function lineId(line: string, lineNumber: number): string | number {
  try {
    const id: unknown = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return isId(id) ? id : lineNumber;
  } catch {
    return lineNumber;
  }
}

/**
 * Turns one JSON Lines record `{"id", "text", "language"?, "publishedAt"?}` into its output line
 * `{"id", "graph"}`, or `{"id", "error"}` when the line cannot be read: a bad line is reported
 * and the batch goes on. A line without an id is known by its 1-based line number.
 *
 * @example
 * processLine('{"id":"a1","text":"«Resteremo», ha detto Mario Rossi."}', 1, { language: 'it', publishedAt: null }).out
 * // '{"id":"a1","graph":{...}}'
 * processLine('{"id":"a2"}', 2, { language: 'auto', publishedAt: null }).out
 * // '{"id":"a2","error":"line 2: \\"text\\" is missing; expected the article as a string"}'
 */
export function processLine(line: string, lineNumber: number, defaults: LineDefaults): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return errorLine(lineNumber, `line ${lineNumber}: not valid JSON (${(error as Error).message})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return errorLine(lineNumber, `line ${lineNumber}: expected an object such as {"id": "a1", "text": "..."}, found ${describeValue(record)}`);
  }
  const { id, text, language, publishedAt } = record as Record<string, unknown>;
  if (id !== undefined && id !== null && !isId(id)) {
    return errorLine(lineNumber, `line ${lineNumber}: "id" must be a string or a number, found ${describeValue(id)}`);
  }
  const outId = (id ?? lineNumber) as string | number;
  if (text === undefined) return errorLine(outId, `line ${lineNumber}: "text" is missing; expected the article as a string`);
  if (typeof text !== 'string') return errorLine(outId, `line ${lineNumber}: "text" must be a string, found ${describeValue(text)}`);
  const options: ExtractOptions = { language: (language ?? defaults.language) as ExtractOptions['language'] };
  const date = publishedAt ?? defaults.publishedAt;
  if (date !== null) options.publishedAt = date as string;
  try {
    return { out: `{"id":${JSON.stringify(outId)},"graph":${JSON.stringify(extractGraph(text, options))}}`, ok: true };
  } catch (error) {
    // A misuse the library refuses (an unknown language, a malformed date), or a bug on one
    // article: reported on its line, never the end of the run.
    return errorLine(outId, `line ${lineNumber}: ${(error as Error).message}`);
  }
}
