import { expect } from 'vitest';
import { extractGraph } from '../../../src/index.js';

/**
 * A table row of the name-mention tests: an Italian text written for the tests, the name mentions
 * it must hold ("type:exact text"), and the ones it must not hold ("type:text", or a text alone:
 * under no type).
 */
export type NameRow = [text: string, present: string[], absent: string[]];

/** Every name mention of the text's graph as "type:text". */
export function names(text: string): string[] {
  const graph = extractGraph(text, { language: 'it' });
  return graph.actors.flatMap((actor) => actor.mentions.filter((m) => m.kind === 'name').map((m) => `${actor.type}:${m.text}`));
}

/** Asserts that the text's graph holds every `present` name mention and none of the `absent` ones. */
export function checkNames([text, present, absent]: NameRow) {
  const found = names(text);
  for (const p of present) expect(found, text).toContain(p);
  for (const a of absent) {
    if (a.includes(':')) expect(found, text).not.toContain(a);
    else expect(found.map((f) => f.slice(f.indexOf(':') + 1)), text).not.toContain(a);
  }
}
