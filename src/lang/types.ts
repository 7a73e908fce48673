import type { NameLexicon } from './name-lexicon.js';
import type { LocativeWords } from './locative-words.js';
import type { NumberLexicon } from './number-lexicon.js';
import type { TimeLexicon } from './time-lexicon.js';
import type { Article, CueMatch } from '../pipeline/article.js';
import type { Range } from '../text/span.js';

/**
 * What a language pack provides: data, and the few rules that only make sense for its language.
 * Stages read packs; they never inline a word list.
 */
/**
 * What a cue does with what follows it, by class: 'speech' verbs tell how words were said (their
 * content is a clause: "ha spiegato che"); 'assertion' verbs assert, deny, announce or ask, and
 * their noun-phrase object is the content ("nega ogni addebito", "ha chiesto le dimissioni"), the
 * addressee, if any, in the dative ("ha consigliato ai soci prudenza");
 * 'evaluation' verbs give a judgement on their object ("ha definito la riforma un pasticcio");
 * 'address' verbs take the addressee as direct object and the content after it ("ha invitato i cittadini
 * a restare a casa"); 'act' verbs are speech acts with no content of their own ("ha ringraziato i
 * volontari"); 'decision' verbs report what a body decided ("ha disposto che"); 'cognition' verbs
 * report beliefs ("ritiene che"); 'adjective' cues stand after a copula ("era convinto che").
 */
export type CueClass = 'speech' | 'assertion' | 'evaluation' | 'address' | 'act' | 'decision' | 'cognition' | 'adjective';

export interface CueVerb {
  lemma: string;
  /** The cue's class, where the pack gives one: its behaviour follows from it. */
  cueClass?: CueClass;
  /** 'speech' verbs report words; 'cognition' verbs report beliefs ("ritiene che"). */
  sense: 'speech' | 'cognition';
  /** The content may be a plain noun phrase ("denunciano lo schieramento ..."). */
  takesObject: boolean;
  /**
   * The verb has an everyday sense too ("concludere un accordo", "sostenere le vittime"): it is a
   * cue only when its content follows at once ("ha concluso che", "ha ricordato: «...»").
   */
  ambiguous?: boolean;
}

/** Function words of clauses, for the clause layer (src/stages/clauses). */
export interface ClauseWords {
  /** Finite auxiliaries and modals to the tense class of their verb group ("ha" -> present, "avrebbe" -> conditional). */
  auxiliaryTense: ReadonlyMap<string, string>;
  /** Unstressed pronouns that stand before a finite verb ("gli ha detto", "si è presentata"). */
  clitics: ReadonlySet<string>;
  /** Negations that stand before a verb group ("non ha detto"). */
  negations: ReadonlySet<string>;
  /** Conjunctions that join two clauses or two verb groups ("e", "ma"). */
  coordinators: ReadonlySet<string>;
  /** Sentence-initial subordinators: the main clause comes after the subordinate ("Nonostante X abbia detto che ..., il partito ..."). */
  frontedSubordinators: readonly string[][];
  /** The shape of a past participle ("detto", "annunciata", "chiesti"). */
  participleShape: RegExp;
  /** The shape of a gerund, clitics and all ("dicendo", "definendolo"). */
  gerundShape: RegExp;
  /** Words of the first person ("io", "noi", "abbiamo"): a sentence with one is someone's words, not narration. */
  firstPerson: ReadonlySet<string>;
  /** The shape of a first-person plural verb ("possiamo", "faremo"). */
  firstPersonShape: RegExp;
  /** The shape of a simple future or conditional ("resterà", "riaprirebbero"): a verb about what is to come. */
  futureShape: RegExp;
  /** The shape of an infinitive, clitics and truncated forms included ("dichiararsi", "voler"). */
  infinitiveShape: RegExp;
}

export interface RoleNoun {
  /** Lowercased head noun: 'ministro', 'portavoce'. */
  head: string;
  /** The actor type a bare role names: a person ('ministro'), an organisation ('polizia'). */
  type: 'person' | 'organization' | 'group';
}

export interface NameSpan {
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place';
}

/** Markers of the lines a scraper leaves around an article ("Related News :", "Riproduzione riservata"). */
export interface BoilerplateMarkers {
  /** A line that starts with one of these is boilerplate, alone ("Leggi anche: ..."). */
  lines: readonly string[];
  /** A short line that starts with one of these opens boilerplate that runs to the end of the text. */
  blocks: readonly string[];
}

export interface LanguagePack {
  code: 'it' | 'en';
  /** Every inflected cue form, lowercased, to its verb. */
  cueForms: ReadonlyMap<string, CueVerb>;
  /** Participle forms of cue verbs: cues only after an auxiliary ("ha detto", not "il detto"). */
  cueParticiples: ReadonlySet<string>;
  /** The cue verb a word is, clitics and all ("dichiararsi", "gridandole"); undefined if none. */
  cueOf(word: string): CueVerb | undefined;
  /** Fixed words that may follow a cue verb and belong to it ("con favore", "con soddisfazione"). */
  cueParticles: readonly string[][];
  /** Auxiliaries and modals that may stand before a participle cue ("ha", "aveva", "avrebbe"). */
  auxiliaries: ReadonlySet<string>;
  /** Words that introduce the content clause ("che", "di", "that"). */
  complementizers: ReadonlySet<string>;
  /** Prepositions that introduce a source: "secondo X", "according to X". First word -> full phrases. */
  accordingTo: readonly string[][];
  /** Forms of "to be" that make a participle cue passive ("è stato affermato", "it was reported"). */
  passiveAuxiliaries: ReadonlySet<string>;
  /** Prepositions that introduce a passive's agent ("dal ministro", "by the minister"). */
  agentPrepositions: ReadonlySet<string>;
  /** Clitics that make a cue impersonal ("si ritiene che"). */
  impersonalClitics: ReadonlySet<string>;
  /** Conjunctions that, after a comma, open a clause outside the reported content (", dopo che", ", mentre"). */
  clauseOpeners: readonly string[][];
  /** Words that introduce a relayed source: "citando X". */
  citing: readonly string[][];
  /** Relative pronouns that stand for the subject ("il quale", "che", "who"). */
  relativePronouns: readonly string[][];
  /** Subject pronouns that can head an attribution ("lui", "lei", "he"). */
  subjectPronouns: ReadonlySet<string>;
  /** The base form is also a present tense ("they say"): a cue after a subject, not only after an auxiliary. */
  baseFormIsPresent: boolean;
  /** Prepositions that may open the object a cue reports ("protestato per l'ennesimo uso"). */
  objectPrepositions: ReadonlySet<string>;
  /** Articles, determiners and possessives that may open a noun phrase. */
  determiners: ReadonlySet<string>;
  /** Prepositions, simple and articulated: a mention after one is not a subject. */
  prepositions: ReadonlySet<string>;
  /** Function words and other frequent words never taken as names when capitalised. */
  stopwords: ReadonlySet<string>;
  /** Abbreviations whose period does not end a sentence (lowercased, without the period). */
  abbreviations: ReadonlySet<string>;
  /** Role nouns: titles for persons and heads of organisation descriptions. */
  roleNouns: ReadonlyMap<string, RoleNoun>;
  /** Capitalised words that make a name an organisation ("Ministero", "Università", "Council"). */
  organizationHeads: ReadonlySet<string>;
  /** Words that can follow a role head inside the role ("servizi segreti", "amministratore delegato"). */
  roleModifiers: ReadonlySet<string>;
  /**
   * Opening words of a title that name the same office as other words, lowercased ('premier' ->
   * 'presidente del consiglio', 'prima cittadina' -> 'sindaco'): a later role in other words still
   * finds its holder. Optional: a pack without it compares titles as written.
   */
  roleSynonyms?: ReadonlyMap<string, string>;
  /** Lowercase particles inside names ("del", "di", "von", "bin"). */
  nameParticles: ReadonlySet<string>;
  /** Nouns before a quote that make it a title, not speech ("film", "libro", "logo"). */
  titleTriggers: ReadonlySet<string>;
  /** Words of clause structure for the clause layer (absent: content ends only at sentence ends and cues). */
  clauses?: ClauseWords;
  /** Nouns of texts and rules ("legge", "decreto"): subjects of a cognition verb that state a rule, not a belief. */
  documentNouns?: ReadonlySet<string>;
  /** Objects of a cue that carry no proposition ("scusa", "cordoglio"): no content. */
  emptyObjects?: ReadonlySet<string>;
  /** Words that can stand between an auxiliary and a participle, or a cue and its clause. */
  adverbs: ReadonlySet<string>;
  /** Demonyms and country adjectives to the place they name ('russo' -> 'Russia'). */
  demonymPlace(word: string): string | null;
  /** A place name the gazetteer knows, with its canonical form ('Mosca' -> Mosca, capital of Russia). */
  lookupPlace(name: string): { name: string; countryName: string | null } | null;
  /** Lines that are no part of the article: kept out of quotes and claims. */
  boilerplate: BoilerplateMarkers;
  /** Number words, magnitudes, hedges and units for the quantities stage. */
  numbers: NumberLexicon;
  /** Months, weekdays, relative days and the function words of dates, for the time stage (absent: no times are found). */
  time?: TimeLexicon;
  /** Prepositions of place, for the place of a claim (absent: claims get no place). */
  locatives?: LocativeWords;
  /** Head nouns, descriptors and adjectives for the name rules of the mentions stage (absent: those rules see no words). */
  names?: NameLexicon;
  /**
   * A statistical or lexicon tagger the language has (compromise's English model): typed name spans
   * found in `text`, used instead of the capitalisation rules. Offsets are into `text`.
   */
  tagNames?(text: string): readonly NameSpan[];
  /**
   * The content a cue reports, read by the language's own grammar (English puts it before a
   * closing cue too: "..., officials said."); absent: the shared reading after the cue.
   */
  reportedContent?(article: Article, cue: CueMatch): Range | null;
  /**
   * A subject pronoun right before a cue ("he said") and the mention it stands for by the
   * language's agreement (null when ambiguous); absent: pronouns carry the last speaker.
   */
  pronounSubject?(article: Article, cue: CueMatch): { token: number; antecedent: number | null } | undefined;
  /** Titles written before a name and kept out of it ("Mr.", "Sen."): skipped on the way to a subject. */
  honorifics?: ReadonlySet<string>;
  /** A quote split by its cue ("“A,” she said. “B.”") is one quote, as English news annotation reads it. */
  joinsSplitQuotes?: boolean;
  /** Whether a word is a known given name. */
  isGivenName(word: string): boolean;
}
