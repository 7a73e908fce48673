export { toJsonLd, encodeIdPart, type JsonLdDocument, type JsonLdNode, type JsonLdOptions } from './to-json-ld.js';
export { toNQuads, jsonLdToQuads, serializeNQuads, escapeNQuadsString, escapeNQuadsIri, type RdfQuad, type RdfTerm } from './n-quads.js';
export { CONTEXT, CONTEXT_IRI, CLAIMGRAPH_NS } from './context.js';
