import type { ArticleGraph } from './schema/graph-schema.js';
import { codePointStarts } from './text/code-points.js';
import { fnv1a64 } from './text/content-hash.js';

/** One integrity problem: the same shape as a schema error (see `GraphValidationError`). */
export interface IntegrityError {
  path: string;
  message: string;
  keyword: 'reference' | 'unique' | 'span' | 'slice' | 'document';
}

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

/**
 * What the schema cannot say about a graph that has its shape: references resolve, ids are
 * unique, spans lie in the document and, given the text, slice back to their text.
 * One pass over each array: linear in the size of the graph.
 */
export function checkIntegrity(graph: ArticleGraph, text?: string): IntegrityError[] {
  const errors: IntegrityError[] = [];
  const length = graph.document.length;
  const codePoints = graph.document.offsets === 'codepoint';
  // Given code-point offsets, where each code point starts in the string: one pass, then slices.
  const starts = text !== undefined && codePoints ? codePointStarts(text) : null;
  const textLength = text === undefined ? 0 : starts ? starts.length - 1 : text.length;
  const slice = (start: number, end: number) => (starts ? text!.slice(starts[start], starts[end]) : text!.slice(start, end));

  if (text !== undefined) {
    if (textLength !== length) {
      const unit = codePoints ? 'code points' : 'UTF-16 code units';
      errors.push({ path: '/document/length', message: `the graph was made from a text of ${length} ${unit}; the text given has ${textLength}`, keyword: 'document' });
    } else if (fnv1a64(text) !== graph.document.id) {
      errors.push({ path: '/document/id', message: `the text given hashes to ${fnv1a64(text)}, not to the graph's document.id ${graph.document.id}`, keyword: 'document' });
    }
  }

  // Every id, with where it is and what it names.
  const kindOf = new Map<string, string>();
  const declare = (id: string, kind: string, path: string) => {
    const other = kindOf.get(id);
    if (other !== undefined) errors.push({ path, message: `id ${JSON.stringify(id)} is already the id of ${other}`, keyword: 'unique' });
    else kindOf.set(id, `${kind} ${path.slice(0, path.lastIndexOf('/'))}`);
  };
  const typeOfActor = new Map<string, string>();
  graph.actors.forEach((a, i) => {
    declare(a.id, 'the actor', `/actors/${i}/id`);
    if (!typeOfActor.has(a.id)) typeOfActor.set(a.id, a.type);
  });
  graph.quotes.forEach((q, i) => declare(q.id, 'the quote', `/quotes/${i}/id`));
  graph.claims.forEach((c, i) => declare(c.id, 'the claim', `/claims/${i}/id`));
  graph.times.forEach((t, i) => declare(t.id, 'the time expression', `/times/${i}/id`));
  graph.attributions.forEach((a, i) => declare(a.id, 'the attribution', `/attributions/${i}/id`));

  const quoteIds = new Set(graph.quotes.map((q) => q.id));
  const claimIds = new Set(graph.claims.map((c) => c.id));
  const timeIds = new Set(graph.times.map((t) => t.id));
  const refer = (id: string | null, path: string, exists: boolean, what: string) => {
    if (id !== null && !exists) errors.push({ path, message: `${JSON.stringify(id)} is not the id of ${what} in this graph`, keyword: 'reference' });
  };
  const actor = (id: string | null, path: string) => refer(id, path, id !== null && typeOfActor.has(id), 'an actor');

  const span = (s: SpanLike, path: string) => {
    if (s.start > s.end) errors.push({ path, message: `start ${s.start} is after end ${s.end}`, keyword: 'span' });
    else if (s.end > length) errors.push({ path, message: `end ${s.end} lies beyond the document's length ${length}`, keyword: 'span' });
    else if (text !== undefined && s.text !== undefined && textLength === length && slice(s.start, s.end) !== s.text) {
      errors.push({ path: `${path}/text`, message: `${quoteShort(s.text)} is not the text at ${s.start}..${s.end}, which is ${quoteShort(slice(s.start, s.end))}`, keyword: 'slice' });
    }
  };
  const spans = (list: readonly SpanLike[], path: string) => list.forEach((s, i) => span(s, `${path}/${i}`));

  spans(graph.document.paragraphs, '/document/paragraphs');
  spans(graph.document.sentences, '/document/sentences');
  spans(graph.document.headings, '/document/headings');
  graph.actors.forEach((a, i) => {
    actor(a.affiliationId, `/actors/${i}/affiliationId`);
    spans(a.mentions, `/actors/${i}/mentions`);
  });
  graph.quotes.forEach((q, i) => {
    span(q, `/quotes/${i}`);
    if (q.marks) span(q.marks, `/quotes/${i}/marks`);
  });
  graph.claims.forEach((c, i) => {
    span(c, `/claims/${i}`);
    if (c.object) span(c.object, `/claims/${i}/object`);
    refer(c.timeId, `/claims/${i}/timeId`, c.timeId !== null && timeIds.has(c.timeId), 'a time expression');
    if (c.placeId !== null && typeOfActor.has(c.placeId) && typeOfActor.get(c.placeId) !== 'place') {
      errors.push({ path: `/claims/${i}/placeId`, message: `${JSON.stringify(c.placeId)} is an actor of type ${typeOfActor.get(c.placeId)}, not a place`, keyword: 'reference' });
    } else actor(c.placeId, `/claims/${i}/placeId`);
  });
  spans(graph.times, '/times');
  graph.attributions.forEach((a, i) => {
    actor(a.sourceId, `/attributions/${i}/sourceId`);
    actor(a.viaId, `/attributions/${i}/viaId`);
    refer(a.contentId, `/attributions/${i}/contentId`, quoteIds.has(a.contentId) || claimIds.has(a.contentId), 'a quote or a claim');
    if (a.cue) span(a.cue, `/attributions/${i}/cue`);
  });
  spans(graph.diagnostics, '/diagnostics');
  return errors;
}

const quoteShort = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
