/**
 * The one source of the ArticleGraph format: the JSON Schema users consume
 * (`schemas/article-graph.schema.json`, written by `scripts/generate.ts`) and the TypeScript
 * types below both come from these TypeBox definitions, so they cannot drift apart.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const SCHEMA_VERSION = '1.0.0';
export const SCHEMA_ID = 'https://claimgraph.dev/schemas/article-graph.schema.json';

const Offset = Type.Integer({ minimum: 0, description: 'UTF-16 code unit offset into the article text' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
// A `$ref` into this file's `$defs` that keeps the referenced type for `Static`.
const ref = <T extends TSchema>(schema: T, options: { description?: string } = {}) =>
  Type.Unsafe<Static<T>>(Type.Ref(`#/$defs/${schema.$id}`, options));

export const SpanSchema = Type.Object(
  {
    start: Offset,
    end: Type.Integer({ minimum: 0, description: 'exclusive end offset' }),
    text: Type.String({ description: 'text.slice(start, end)' }),
  },
  { $id: 'Span', additionalProperties: false, description: 'A stretch of the untouched article text' },
);

export const MentionSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String(),
    kind: Type.Union([Type.Literal('name'), Type.Literal('nominal'), Type.Literal('pronoun')], {
      description: "'name' for proper names, 'nominal' for role descriptions, 'pronoun' for pronouns and omitted subjects",
    }),
    rule: Type.Optional(Type.String({ description: 'the rule that linked a nominal or pronoun mention to its actor' })),
  },
  { $id: 'Mention', additionalProperties: false },
);

export const ActorTypeSchema = Type.Union(
  [Type.Literal('person'), Type.Literal('organization'), Type.Literal('place'), Type.Literal('group')],
  { $id: 'ActorType' },
);

export const ActorSchema = Type.Object(
  {
    id: Type.String({ description: 'stable slug of the canonical name' }),
    type: ref(ActorTypeSchema),
    name: Type.String({ description: 'canonical name: the fullest form in the article' }),
    aliases: Type.Array(Type.String()),
    titles: Type.Array(Type.String(), { description: "roles given in the article, e.g. 'ministro degli Esteri'" }),
    affiliationId: Nullable(Type.String({ description: 'id of the actor this one belongs to (Lavrov -> Russia)' })),
    mentions: Type.Array(ref(MentionSchema)),
  },
  { $id: 'Actor', additionalProperties: false },
);

export const QuoteKindSchema = Type.Union([Type.Literal('direct'), Type.Literal('partial'), Type.Literal('indirect')], {
  $id: 'QuoteKind',
});

export const QuoteSchema = Type.Object(
  {
    id: Type.String(),
    kind: ref(QuoteKindSchema),
    start: Offset,
    end: Offset,
    text: Type.String({ description: 'the content, without quote marks' }),
    isTitle: Type.Boolean({ description: 'quoted name or title (a treaty, a film), not speech: it gets no speaker' }),
    marks: Nullable(ref(SpanSchema, { description: 'from the opening mark to the closing mark (or to where an unclosed quote was ended)' })),
  },
  { $id: 'Quote', additionalProperties: false },
);

export const CueSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String(),
    lemma: Type.String({ description: "the cue verb's infinitive ('dire'), or the preposition for 'secondo X'" }),
  },
  { $id: 'Cue', additionalProperties: false },
);

export const AttributionSchema = Type.Object(
  {
    id: Type.String(),
    sourceId: Nullable(Type.String({ description: 'the actor who said or claims the content; null when unknown or impersonal' })),
    contentId: Type.String({ description: 'a quote or claim id' }),
    cue: Nullable(ref(CueSchema)),
    viaId: Nullable(Type.String({ description: "actor the source relays ('citando i servizi segreti americani')" })),
    rule: Type.String({ description: 'the rule that found the source' }),
  },
  { $id: 'Attribution', additionalProperties: false },
);

export const ClaimSchema = Type.Object(
  {
    id: Type.String(),
    start: Offset,
    end: Offset,
    text: Type.String(),
    value: Type.Number(),
    lower: Type.Optional(Type.Number()),
    upper: Type.Optional(Type.Number()),
    approximate: Type.Boolean(),
    unit: Nullable(Type.String({ description: "normalised unit: '%', 'EUR', 'USD', 'km', 'km2', 't', 'ha'..." })),
    object: Nullable(ref(SpanSchema, { description: 'what is counted' })),
  },
  { $id: 'Claim', additionalProperties: false },
);

export const DiagnosticSchema = Type.Object(
  {
    code: Type.String({ description: "stable rule id, e.g. 'quote/unclosed'" }),
    severity: Type.Union([Type.Literal('info'), Type.Literal('warning')]),
    message: Type.String(),
    start: Offset,
    end: Offset,
  },
  { $id: 'Diagnostic', additionalProperties: false },
);

export const DocumentSchema = Type.Object(
  {
    id: Type.String({ description: 'content hash of the text (FNV-1a 64, hex)' }),
    language: Type.Union([Type.Literal('it'), Type.Literal('en')]),
    length: Type.Integer({ minimum: 0 }),
    publishedAt: Nullable(Type.String()),
    paragraphs: Type.Array(ref(SpanSchema)),
    sentences: Type.Array(ref(SpanSchema)),
    headings: Type.Array(ref(SpanSchema), { description: 'lines with no final punctuation: titles and subtitles' }),
  },
  { $id: 'Document', additionalProperties: false },
);

export const ArticleGraphSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    document: ref(DocumentSchema),
    actors: Type.Array(ref(ActorSchema)),
    quotes: Type.Array(ref(QuoteSchema)),
    claims: Type.Array(ref(ClaimSchema)),
    attributions: Type.Array(ref(AttributionSchema)),
    diagnostics: Type.Array(ref(DiagnosticSchema)),
  },
  { additionalProperties: false, title: 'claimgraph ArticleGraph' },
);

/** Every named sub-schema, in the order they appear in `$defs`. */
export const definitions = [
  SpanSchema,
  MentionSchema,
  ActorTypeSchema,
  ActorSchema,
  QuoteKindSchema,
  QuoteSchema,
  CueSchema,
  AttributionSchema,
  ClaimSchema,
  DiagnosticSchema,
  DocumentSchema,
] as const;

export type Span = Static<typeof SpanSchema>;
export type Mention = Static<typeof MentionSchema>;
export type ActorType = Static<typeof ActorTypeSchema>;
export type Actor = Static<typeof ActorSchema>;
export type QuoteKind = Static<typeof QuoteKindSchema>;
export type Quote = Static<typeof QuoteSchema>;
export type Cue = Static<typeof CueSchema>;
export type Attribution = Static<typeof AttributionSchema>;
export type Claim = Static<typeof ClaimSchema>;
export type Diagnostic = Static<typeof DiagnosticSchema>;
export type GraphDocument = Static<typeof DocumentSchema>;
/** The graph `extractGraph` returns; see `schemas/article-graph.schema.json`. */
export type ArticleGraph = Static<typeof ArticleGraphSchema>;
