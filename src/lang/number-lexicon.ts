/**
 * What a language pack provides so that the quantities stage can find numeric claims:
 * word lists (data) and the one rule that is purely the language's, reading its number words.
 * The stage compiles its regular expressions from these lists once per lexicon object.
 *
 * All phrases are lowercase unless said otherwise; a space in a phrase matches any run of
 * white space; a phrase ending in an apostrophe ("all'") may touch the next word.
 */

/** How a hedge phrase bounds the number after it. */
export type BoundKind =
  /** "fino a 8.000", "al massimo", "entro": value is a maximum. */
  | 'upper'
  /** "oltre 20", "più di", "almeno": value is a minimum (and the amount is approximate). */
  | 'lower'
  /** "circa", "quasi", "intorno a": value is approximate, no bound. */
  | 'approximate'
  /** "nearly 200", "as great as": value is an approximate maximum. */
  | 'approximate-upper'
  /** A phrase that looks like a hedge but is not one: "oltre a" means "besides". */
  | 'none';

/** A vague amount word: "migliaia" -> { value: 1000, lower: true }. */
export interface VagueAmount {
  value: number;
  /** The value is a floor ("migliaia" = at least a thousand), not a centre ("una ventina"). */
  lower: boolean;
  /** May multiply a vague amount before it: "decine di migliaia" = 10 × 1000. */
  scale?: boolean;
}

/** A two-number frame: "tra X e Y", "da X a Y", "X-Y". */
export interface RangeFrame {
  /** Words before X ("tra", "dai"); [''] when X stands alone ("10-15"). */
  opens: readonly string[];
  /** Words between X and Y ("e", "ai", "-"). */
  joins: readonly string[];
}

/** A unit and how it is written: unit phrases map to one normalised unit ("chilometri" -> "km"). */
export type UnitTable = Readonly<Record<string, string>>;

export interface NumberLexicon {
  /** BCP 47 code of the language: 'it'. */
  language: string;
  /** "3,5" in Italian, "3.5" in English. */
  decimalSeparator: string;
  /** Characters that group thousands ("10.000"); a normal space never does (it splits "2006 30"). */
  groupSeparators: readonly string[];

  /**
   * Beginnings of number words, used only to find candidates cheaply: any word that starts with
   * one ("tre", "trentuno", "tremila", but also "treno") is handed to `parseNumberWords`.
   * Keep them specific ("cento", not "cent", which starts every "centro"): each false start costs a parse.
   */
  numberWordStarts: readonly string[];
  /**
   * Reads number words, the language's own rule: "ventitré" -> 23, "un milione e mezzo" -> 1500000.
   * Returns null when the words are not a cardinal number ("treno", "terzo").
   */
  parseNumberWords(words: string): number | null;
  /**
   * Number words that count only before a magnitude ("un milione", "mezzo milione"): alone they are
   * an article, a pronoun or an adjective ("un", "una", "mezzo").
   */
  loneNumberWords: readonly string[];
  /** Words that join number words across spaces: "un milione e mezzo". */
  numberWordJoiners: readonly string[];

  /** Magnitude words after digits, spaced or attached: "8mila", "3,9 milioni", "2 mld". */
  magnitudes: Readonly<Record<string, number>>;
  /** After a magnitude, adds half of it: "2 milioni e mezzo" -> 2500000. */
  halfSuffixes: readonly string[];
  /** Vague amounts: "migliaia", "diverse centinaia", "una ventina", "qualche migliaio". */
  vagueAmounts: Readonly<Record<string, VagueAmount>>;
  /** Fractions and multiples: "metà" 0.5, "un terzo", "il doppio" 2. */
  fractions: Readonly<Record<string, number>>;

  /** Hedge phrases before a number, every inflected form listed ("fino a", "fino ai"...). */
  hedges: Readonly<Record<string, BoundKind>>;
  /** Verbs that read as a maximum before an amount: "raggiungevano i 7 centimetri". */
  reachVerbs: readonly string[];
  /** Words that may stand between a hedge and the number: "entro i prossimi 40 anni". */
  hedgeFillers: readonly string[];
  /** Two-number frames read as one range with both bounds. */
  ranges: readonly RangeFrame[];
  /** Verbs of change before "da X a Y": two values, not a range ("passano da 6 a 12"). */
  changeCues: readonly string[];

  /** Units after the number (case-sensitive): "per cento" -> "%", "chilometri quadrati" -> "km2". */
  units: UnitTable;
  /** Units before the number: "€ 5", "$10". */
  prefixUnits: UnitTable;
  /** Unit of a fraction (value < 1, "metà") and of a multiple ("il doppio"). */
  fractionUnit: string;
  multipleUnit: string;

  /** Words between an amount word and its counted noun: "migliaia di soldati", "metà dei". */
  partitives: readonly string[];
  /** Articles between an amount and its noun in inverted clauses: "sono 8mila i soldati". */
  objectArticles: readonly string[];
  /** Words that cannot be (or continue) a counted noun: function words, auxiliaries, adverbs. */
  objectStopWords: readonly string[];
  /** Words that may join two counted nouns: "donne e ragazze". */
  objectJoiners: readonly string[];

  /** Month names and abbreviations: "7 giugno", "febbraio 2022" are dates. */
  months: readonly string[];
  /** Weekdays: "venerdì 7" is a date. */
  weekdays: readonly string[];
  /** Words after which a 4-digit number is a year: "nel 2001", "dal 1999", "estate 2020". */
  yearContext: readonly string[];
  /** Words after which a number is a clock time: "alle 9", "ore 16". */
  clockContext: readonly string[];
  /** Words after which a number is a decade: "anni '70", "anni Settanta". */
  decadeContext: readonly string[];
  /** Words after which a number is a reference, not an amount: "articolo 21", "legge 194", "pag. 12". */
  referenceContext: readonly string[];
  /** Words after which digits are a phone number: "tel. 06 1234567". */
  phoneContext: readonly string[];
  /** Marks right after digits that make them an ordinal: "3°", "1ª". */
  ordinalSuffixes: readonly string[];
  /** Words after a number that make it a year: "79 d.C." (case-sensitive). Optional: none by default. */
  eraSuffixes?: readonly string[];
}
