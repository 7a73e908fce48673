import { expandGraph, type CompactGraph } from '../../compact-graph.js';
import { validateGraph } from '../../validate-graph.js';
import { CliError } from '../cli-error.js';
import type { CliCommand } from '../command.js';
import { readInput } from '../read-input.js';

/** Whether a parsed graph looks compact: its first paragraph has offsets and no text. */
function isCompact(value: unknown): boolean {
  const first = (value as { document?: { paragraphs?: unknown[] } } | null)?.document?.paragraphs?.[0] as Record<string, unknown> | undefined;
  return typeof first === 'object' && first !== null && typeof first.start === 'number' && !('text' in first);
}

export const validate: CliCommand = {
  name: 'validate',
  summary: 'checks a graph file against the ArticleGraph schema and its integrity',
  usage: `usage:
  claimgraph validate GRAPH.json [--text ARTICLE.txt]
      checks a graph against the ArticleGraph JSON Schema and its integrity: every id it refers
      to exists, ids are unique, spans lie inside the document. With --text, also that the text
      is the graph's (document.id) and that every span slices back to its node's text; a graph
      printed with --compact is given its texts back from ARTICLE.txt and then checked

options:
  --text FILE   the article the graph was made from
  --debug       print stack traces
  -h, --help    print this
`,
  options: { text: { type: 'string' } },
  async run(values, positionals) {
    const file = positionals[0];
    if (file === undefined) throw new CliError('validate needs a graph file: claimgraph validate GRAPH.json', 2);
    if (positionals.length > 1) throw new CliError(`one file at a time, found ${JSON.stringify(positionals[0])} and ${JSON.stringify(positionals[1])}`, 2);
    const raw = await readInput(file);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new CliError(`${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
    }
    const text = values.text === undefined ? undefined : await readInput(values.text as string);
    if (text === undefined && isCompact(value)) {
      throw new CliError(`${file} is a compact graph (extract --compact), without the texts the schema requires: give its article with --text ARTICLE.txt to check it`);
    }
    if (text !== undefined && isCompact(value)) {
      try {
        value = expandGraph(value as CompactGraph, text);
      } catch (error) {
        throw new CliError(`${file}: ${(error as Error).message}`);
      }
    }
    const result = validateGraph(value, { text });
    if (result.valid) {
      process.stdout.write(`${file}: valid ArticleGraph\n`);
      return;
    }
    for (const e of result.errors) process.stderr.write(`${file}: ${e.path} ${e.message}\n`);
    const integrity = ['reference', 'unique', 'span', 'slice', 'document'].includes(result.errors[0]!.keyword);
    throw new CliError(`${file}: ${result.errors.length} ${integrity ? 'integrity' : 'schema'} error(s)`);
  },
};
