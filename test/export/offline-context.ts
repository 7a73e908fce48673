import { readFileSync } from 'node:fs';
import { CONTEXT_IRI, extractGraph } from '../../src/index.js';

/** The context file the package ships, as the JSON-LD processors read it. */
export const shipped = JSON.parse(readFileSync('context.jsonld', 'utf8'));

/** Serves the shipped context for its IRI and refuses every other URL: no network in tests. */
export const documentLoader = async (url: string) => {
  if (url === CONTEXT_IRI) return { contextUrl: null, documentUrl: url, document: shipped };
  throw new Error(`no network in tests: ${url}`);
};

/** The Italian fixture article and its graph, which the export tests turn into JSON-LD and N-Quads. */
export const text = readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8');
export const graph = extractGraph(text, { language: 'it' });
