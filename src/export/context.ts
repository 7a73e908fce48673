/**
 * The JSON-LD @context of claimgraph's output, built on schema.org with the W3C Web Annotation
 * vocabulary for positions in the text. The package ships it as `claimgraph/context.jsonld`
 * (test/export/context.test.ts keeps the file equal to this object); its IRI is where it is published.
 * @example
 * toJsonLd(graph)['@context'] === CONTEXT_IRI; // true: 'https://claimgraph.dev/context/v1.jsonld'
 */
export const CONTEXT_IRI = 'https://claimgraph.dev/context/v1.jsonld';
/** claimgraph's own terms, for what schema.org has no word for (the cue, the kind of quote...). */
export const CLAIMGRAPH_NS = 'https://claimgraph.dev/ns#';
export const SCHEMA_NS = 'https://schema.org/';
export const OA_NS = 'http://www.w3.org/ns/oa#';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const ref = (iri: string) => ({ '@id': iri, '@type': '@id' });

/**
 * The terms of the context: the term, and the IRI it stands for; `@id` values for links.
 * @example
 * writeFileSync('context.jsonld', JSON.stringify(CONTEXT)); // what toJsonLd(graph, { context: 'inline' }) embeds
 * CONTEXT['@context'].creator; // { '@id': 'schema:creator', '@type': '@id' }
 */
export const CONTEXT = {
  '@context': {
    '@version': 1.1,
    '@vocab': SCHEMA_NS,
    schema: SCHEMA_NS,
    cg: CLAIMGRAPH_NS,
    oa: OA_NS,
    NewsArticle: 'schema:NewsArticle',
    Person: 'schema:Person',
    Organization: 'schema:Organization',
    Place: 'schema:Place',
    Group: 'cg:Group',
    Quotation: 'schema:Quotation',
    Claim: 'schema:Claim',
    QuantitativeValue: 'schema:QuantitativeValue',
    Cue: 'cg:Cue',
    SpecificResource: 'oa:SpecificResource',
    TextPositionSelector: 'oa:TextPositionSelector',
    TextQuoteSelector: 'oa:TextQuoteSelector',
    identifier: 'schema:identifier',
    name: 'schema:name',
    alternateName: 'schema:alternateName',
    jobTitle: 'schema:jobTitle',
    affiliation: ref('schema:affiliation'),
    inLanguage: 'schema:inLanguage',
    datePublished: 'schema:datePublished',
    text: 'schema:text',
    isPartOf: ref('schema:isPartOf'),
    creator: ref('schema:creator'),
    spokenByCharacter: ref('schema:spokenByCharacter'),
    author: ref('schema:author'),
    appearance: ref('schema:appearance'),
    spatialCoverage: ref('schema:spatialCoverage'),
    temporalCoverage: 'schema:temporalCoverage',
    value: 'schema:value',
    minValue: 'schema:minValue',
    maxValue: 'schema:maxValue',
    unitText: 'schema:unitText',
    contentHash: 'cg:contentHash',
    characters: 'cg:characters',
    quoteKind: 'cg:quoteKind',
    isTitle: 'cg:isTitle',
    cue: 'cg:cue',
    lemma: 'cg:lemma',
    via: ref('cg:via'),
    rule: 'cg:rule',
    approximate: 'cg:approximate',
    quantity: 'cg:quantity',
    position: 'cg:position',
    mentionedIn: ref('cg:mentionedIn'),
    source: ref('oa:hasSource'),
    selector: 'oa:hasSelector',
    start: 'oa:start',
    end: 'oa:end',
    exact: 'oa:exact',
    prefix: 'oa:prefix',
    suffix: 'oa:suffix',
  },
} as const;

type Terms = typeof CONTEXT['@context'];
const PREFIXES: Readonly<Record<string, string>> = { schema: SCHEMA_NS, cg: CLAIMGRAPH_NS, oa: OA_NS };

/** The full IRI of a term of the context ('creator' -> 'https://schema.org/creator'). */
export function termIri(term: string): string {
  const entry = (CONTEXT['@context'] as Record<string, unknown>)[term] as Terms[keyof Terms] | undefined;
  const compact = typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null && '@id' in entry ? entry['@id'] : null;
  if (compact === null) throw new Error(`no term ${term} in the claimgraph context`);
  const colon = compact.indexOf(':');
  const prefix = PREFIXES[compact.slice(0, colon)];
  return prefix ? prefix + compact.slice(colon + 1) : compact;
}

/** Whether a term's values are links (`"@type": "@id"`) rather than strings. */
export function termIsLink(term: string): boolean {
  const entry = (CONTEXT['@context'] as Record<string, unknown>)[term];
  return typeof entry === 'object' && entry !== null && (entry as { '@type'?: string })['@type'] === '@id';
}
