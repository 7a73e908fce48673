/**
 * The one source of the ArticleGraph format: the JSON Schema users consume
 * (`schemas/article-graph.schema.json`, written by `scripts/generate.ts`) and the TypeScript
 * types below both come from these TypeBox definitions, so they cannot drift apart.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type * as Generated from './graph-types.generated.js';
import { SCHEMA_ID, SCHEMA_VERSION } from './version.js';

export { SCHEMA_ID, SCHEMA_VERSION };


const Offset = Type.Integer({ minimum: 0, description: 'offset into the article text in UTF-16 code units (in code points when document.offsets is \'codepoint\')' });
// Ids (docs/ids.md): actors are slugs of their names, other nodes a kind prefix with an underscore,
// a character no slug holds, so no two kinds can share an id. All are safe as IRI fragments.
const ACTOR_ID = '^[a-z0-9]+(-[a-z0-9]+)*(--(person|organization|place|group)(-[1-9][0-9]*)?)?$';
const nodeIdPattern = (prefix: string) => `^${prefix}_[1-9][0-9]*$`;
const ActorId = (description: string) => Type.String({ pattern: ACTOR_ID, description });
const QUOTE_ID = nodeIdPattern('q');
const CLAIM_ID = nodeIdPattern('c');
const TIME_ID = nodeIdPattern('t');
const ATTRIBUTION_ID = nodeIdPattern('at');
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
    id: ActorId("the ASCII slug of the canonical name, the same in every article ('vladimir-putin'); actors of one article whose names slug alike get their type after '--' ('napoli--place')"),
    type: ref(ActorTypeSchema),
    name: Type.String({ description: 'canonical name: the fullest form in the article' }),
    aliases: Type.Array(Type.String()),
    titles: Type.Array(Type.String(), { description: "roles given in the article, e.g. 'ministro degli Esteri'" }),
    affiliationId: Nullable(ActorId('id of the actor this one belongs to (Lavrov -> Russia)')),
    mentions: Type.Array(ref(MentionSchema)),
  },
  { $id: 'Actor', additionalProperties: false },
);

export const QuoteKindSchema = Type.Union([Type.Literal('direct'), Type.Literal('partial'), Type.Literal('indirect')], {
  $id: 'QuoteKind',
});

export const QuoteSchema = Type.Object(
  {
    id: Type.String({ pattern: QUOTE_ID, description: "'q_' and the quote's number in text order" }),
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
    id: Type.String({ pattern: ATTRIBUTION_ID, description: "'at_' and the attribution's number in the order of its content" }),
    sourceId: Nullable(ActorId('the actor who said or claims the content; null when unknown or impersonal')),
    contentId: Type.String({ pattern: `${QUOTE_ID}|${CLAIM_ID}`, description: 'a quote or claim id' }),
    cue: Nullable(ref(CueSchema)),
    viaId: Nullable(ActorId("actor the source relays ('citando i servizi segreti americani')")),
    rule: Type.String({ description: 'the rule that found the source' }),
  },
  { $id: 'Attribution', additionalProperties: false },
);

export const ClaimSchema = Type.Object(
  {
    id: Type.String({ pattern: CLAIM_ID, description: "'c_' and the claim's number in text order" }),
    start: Offset,
    end: Offset,
    text: Type.String(),
    value: Type.Number(),
    lower: Type.Optional(Type.Number()),
    upper: Type.Optional(Type.Number()),
    approximate: Type.Boolean(),
    unit: Nullable(Type.String({ description: "normalised unit: '%', 'EUR', 'USD', 'km', 'km2', 't', 'ha'..." })),
    object: Nullable(ref(SpanSchema, { description: 'what is counted' })),
    timeId: Nullable(Type.String({ pattern: TIME_ID, description: 'the time expression the sentence dates the claim with (nearest, in its clause first); null when the sentence has none' })),
    placeId: Nullable(ActorId("the place actor the sentence locates the claim in ('nella regione di Kursk'); null when none is named after a locative preposition")),
  },
  { $id: 'Claim', additionalProperties: false },
);

// ISO 8601 values at the grain the text gives (ISO 8601-2 for decades, centuries, seasons and open spans).
const IsoValue = Type.String({ description: "ISO 8601: '2022', '2022-02', '2022-02-24', '2024-W44', '2024-11-01T16:25', '197' (decade), '19' (century), '2022-22' (summer)" });

export const TimeExpressionSchema = Type.Object(
  {
    id: Type.String({ pattern: TIME_ID, description: "'t_' and the expression's number in text order" }),
    start: Offset,
    end: Offset,
    text: Type.String(),
    kind: Type.Union([Type.Literal('date'), Type.Literal('time'), Type.Literal('interval')], {
      description: "'date' a day, week, month, season, year, decade or century; 'time' a clock time; 'interval' a span from one date to another, or open-ended ('dal 2014', 'entro il 2030')",
    }),
    value: Nullable(Type.String({
      description: "ISO 8601 at the expression's grain; intervals as 'start/end' with '..' for an open end. Null when it is relative and no publishedAt was given, or vague ('pochi giorni fa')",
    })),
    grain: Type.Union(
      [Type.Literal('century'), Type.Literal('decade'), Type.Literal('year'), Type.Literal('season'), Type.Literal('month'), Type.Literal('week'), Type.Literal('day'), Type.Literal('time')],
      { description: 'the unit the value is given in' },
    ),
    range: Type.Optional(Type.Object(
      { start: Nullable(IsoValue), end: Nullable(IsoValue) },
      { additionalProperties: false, description: "first and last unit covered: 'inizio di agosto' 2024-08-01..2024-08-10, 'anni 70' 1970..1979, a span's ends (null when open)" },
    )),
  },
  { $id: 'TimeExpression', additionalProperties: false },
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
    id: Type.String({ pattern: '^[0-9a-f]{16}$', description: 'FNV-1a 64 of the UTF-8 bytes of the text, 16 lower-case hex digits (docs/ids.md)' }),
    language: Type.Union([Type.Literal('it'), Type.Literal('en')]),
    length: Type.Integer({ minimum: 0, description: 'the length of the text, in the unit of the offsets' }),
    offsets: Type.Optional(Type.Union([Type.Literal('utf16'), Type.Literal('codepoint')], {
      description: "what offsets count: UTF-16 code units (JavaScript; the default, when absent) or code points (Python, spaCy, W3C Web Annotation), as toCodePointOffsets gives them",
    })),
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
    times: Type.Array(ref(TimeExpressionSchema), { description: 'temporal expressions, in text order, resolved against publishedAt when given' }),
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
  TimeExpressionSchema,
  DiagnosticSchema,
  DocumentSchema,
] as const;

// The exported types are the plain ones generated from these schemas (src/schema/graph-types.generated.ts),
// so the published declarations need no TypeBox; `SameType` fails the type check (tsc, and tsup's
// declaration build) when the generated file is stale.
export type {
  ActorType, Actor, ArticleGraph, Attribution, Claim, Cue, Diagnostic, GraphDocument, Mention, QuoteKind, Quote, Span, TimeExpression,
} from './graph-types.generated.js';
type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type GeneratedMatchesSchema = [
  SameType<Generated.Span, Static<typeof SpanSchema>>,
  SameType<Generated.Mention, Static<typeof MentionSchema>>,
  SameType<Generated.ActorType, Static<typeof ActorTypeSchema>>,
  SameType<Generated.Actor, Static<typeof ActorSchema>>,
  SameType<Generated.QuoteKind, Static<typeof QuoteKindSchema>>,
  SameType<Generated.Quote, Static<typeof QuoteSchema>>,
  SameType<Generated.Cue, Static<typeof CueSchema>>,
  SameType<Generated.Attribution, Static<typeof AttributionSchema>>,
  SameType<Generated.Claim, Static<typeof ClaimSchema>>,
  SameType<Generated.TimeExpression, Static<typeof TimeExpressionSchema>>,
  SameType<Generated.Diagnostic, Static<typeof DiagnosticSchema>>,
  SameType<Generated.GraphDocument, Static<typeof DocumentSchema>>,
  SameType<Generated.ArticleGraph, Static<typeof ArticleGraphSchema>>,
];
/** Compiles only while every generated type is the schema's `Static` type (regenerate with `npm run generate`). */
export const generatedTypesMatchSchema: GeneratedMatchesSchema extends true[] ? true : never = true;
