import type { Diagnostic, Span, TimeExpression } from '../schema/graph-schema.js';
import type { LanguagePack } from '../lang/types.js';
import type { Range } from '../text/span.js';

export type TokenKind = 'word' | 'number' | 'punct';

/** A token of the untouched text. `lower` has the typographic apostrophe folded to '. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Index of its sentence in `Article.sentences`. */
  sentence: number;
  /** Starts with an uppercase letter. */
  capitalized: boolean;
}

export interface Sentence extends Range {
  paragraph: number;
  /** Index of the first token and one past the last, in `Article.tokens`. */
  firstToken: number;
  endToken: number;
  /** A heading line: title or subtitle with no final punctuation. */
  heading: boolean;
}

/** A pair of quote marks and what they enclose. */
export interface QuoteSpan {
  /** The content, without the marks. */
  content: Range;
  /** From the opening mark to the closing mark, or to where an unclosed quote was ended. */
  marks: Range;
  closed: boolean;
  kind: 'direct' | 'partial';
  isTitle: boolean;
}

export interface NameMention extends Range {
  text: string;
  kind: 'name' | 'nominal' | 'pronoun';
  type: 'person' | 'organization' | 'place' | 'group';
  /** First token index and one past the last. */
  firstToken: number;
  endToken: number;
  /** For nominals: the role head ('ministro') and its full title text ('ministro degli Esteri'). */
  role?: { head: string; title: string };
  /** Place a demonym in the mention points to ('russo' -> 'Russia'). */
  affiliation?: string;
  /** Canonical name from a gazetteer ('Usa' -> 'Stati Uniti'). */
  canonical?: string;
  /** Index in `Article.mentions` of the name this nominal stands in apposition to. */
  appositionOf?: number;
  insideQuote: boolean;
}

/**
 * A mention with every field, in one order: mentions are made with the fields each rule knows,
 * and the later stages, which read them in every loop, would otherwise meet a dozen hidden
 * classes and look their fields up the slow, megamorphic way.
 */
export function shapedMention(m: NameMention): NameMention {
  return {
    start: m.start, end: m.end, text: m.text, kind: m.kind, type: m.type, firstToken: m.firstToken, endToken: m.endToken,
    role: m.role, affiliation: m.affiliation, canonical: m.canonical, appositionOf: m.appositionOf, insideQuote: m.insideQuote,
  };
}

export interface ActorDraft {
  id: string;
  type: 'person' | 'organization' | 'place' | 'group';
  name: string;
  aliases: string[];
  titles: string[];
  affiliation: string | null;
  mentions: { mention: number; rule?: string }[];
}

export interface CueMatch extends Range {
  lemma: string;
  /** Token range of the cue (auxiliary + verb + particles). */
  firstToken: number;
  endToken: number;
  /** Index of the verb token. */
  verbToken: number;
  sense: 'speech' | 'cognition' | 'according';
  /** "è stato affermato che", "si ritiene che": said by someone the cue does not name, or by its agent. */
  voice?: 'passive' | 'impersonal';
  takesObject: boolean;
  /** "si è detto fiducioso", "dichiararsi estraneo": the cue's content is a predicate of its subject. */
  reflexive?: boolean;
}

export interface SpeakerChoice {
  actor: string | null;
  rule: string;
  via: string | null;
}

export interface AttributedContent {
  /** 'quote:N' for Article.quoteSpans[N], 'indirect:N' for Article.indirect[N]. */
  ref: string;
  cue: CueMatch | null;
  speaker: SpeakerChoice;
}

export interface IndirectSpeech {
  content: Range;
  cue: CueMatch;
}

export interface QuantityDraft extends Range {
  text: string;
  value: number;
  lower?: number;
  upper?: number;
  approximate: boolean;
  unit: string | null;
  object: Span | null;
}

/** A temporal expression before it gets its id (t1, t2... in text order). */
export type TimeDraft = Omit<TimeExpression, 'id'>;

/** Where and when a claim's sentence puts it, by index into `Article.times` and actor id. */
export interface ClaimSetting {
  time: number | null;
  place: string | null;
}

/** The state the pipeline's stages read and extend, one stage at a time. */
export interface Article {
  text: string;
  pack: LanguagePack;
  publishedAt: string | null;
  diagnostics: Diagnostic[];
  /** Same length as `text`: typographic apostrophes, quotes and spaces folded, for matching only. */
  folded?: string;
  paragraphs?: Range[];
  /** Paragraphs that are no part of the article ("Related News :", "Riproduzione riservata"): they get no tokens, quotes or claims. */
  boilerplate?: Range[];
  sentences?: Sentence[];
  tokens?: Token[];
  quoteSpans?: QuoteSpan[];
  mentions?: NameMention[];
  actors?: ActorDraft[];
  /** Actor id of each mention, by mention index. */
  mentionActor?: (string | null)[];
  cues?: CueMatch[];
  indirect?: IndirectSpeech[];
  attributed?: AttributedContent[];
  quantities?: QuantityDraft[];
  /** Temporal expressions in text order, resolved against `publishedAt`. */
  times?: TimeDraft[];
  /** The time and place of each quantity, by index in `quantities`. */
  claimSettings?: ClaimSetting[];
}
