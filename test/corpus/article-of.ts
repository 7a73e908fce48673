import type { ActorType, ArticleGraph } from '../../src/index.js';
import { SCHEMA_VERSION } from '../../src/index.js';
import { contentHash } from '../../src/text/content-hash.js';

export interface ActorSketch {
  name: string;
  type?: ActorType;
  titles?: string[];
  /** Name of another actor of the same article this one belongs to. */
  affiliation?: string;
}

/** A minimal article graph holding only the given actors: what the merge reads, nothing else. */
export function articleOf(id: string, actors: ActorSketch[]): { id: string; graph: ArticleGraph } {
  const localId = (name: string) => `actor-${actors.findIndex((a) => a.name === name)}`;
  return {
    id,
    graph: {
      schemaVersion: SCHEMA_VERSION,
      document: { id: contentHash(id), language: 'it', length: 0, publishedAt: null, paragraphs: [], sentences: [], headings: [] },
      actors: actors.map((a) => ({
        id: localId(a.name),
        type: a.type ?? 'person',
        name: a.name,
        aliases: [],
        titles: a.titles ?? [],
        affiliationId: a.affiliation ? localId(a.affiliation) : null,
        mentions: [],
      })),
      quotes: [],
      claims: [],
      times: [],
      attributions: [],
      diagnostics: [],
    },
  };
}
