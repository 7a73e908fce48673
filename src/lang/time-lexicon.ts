/**
 * What a language pack provides so that the time stage can find and resolve temporal expressions
 * ("venerdì scorso", "all'inizio di agosto", "three days ago"): word lists only. The grammar that
 * combines them is the stage's and is shared by every language; the few word-order differences
 * are flags here.
 *
 * Words are lowercase; a phrase of several words ("fino al", "l'altro ieri") is matched token by
 * token, so its words must be tokens ("all'" is one token, "all'inizio" two). Elided words keep
 * their straight apostrophe ("quest'").
 */

/** A calendar unit a time word counts in. */
export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Which part of a period a word points to: "inizio" start, "metà" middle, "fine" end, "prima metà". */
export type PeriodPart = 'start' | 'mid' | 'end' | 'firstHalf' | 'secondHalf';

/** 1 spring, 2 summer, 3 autumn, 4 winter. */
export type Season = 1 | 2 | 3 | 4;

/**
 * The function a word or phrase has in a temporal expression. Multi-word phrases are listed under
 * the role of the whole ("fino al" is `until`, "di sera" is `clockShift`).
 */
export interface TimeFunctionWords {
  /** Articles, which belong to the expression ("il 24 febbraio"): il, la, l', the. */
  articles: readonly string[];
  /** Prepositions that stand before a date without changing it and stay out of its span: nel, del, in, of, on. */
  links: readonly string[];
  /** "questo venerdì", "quest'anno", "l'anno in corso", "this week". */
  thisWords: readonly string[];
  /** "venerdì scorso", "lo scorso anno", "last Friday". */
  lastWords: readonly string[];
  /** "il prossimo venerdì", "next month". */
  nextWords: readonly string[];
  /** After an amount and a unit: "tre giorni fa", "three days ago". */
  agoWords: readonly string[];
  /** Opens a span that runs on: "dal 2014", "sin dal 1999", "since 2014", "from". */
  sinceWords: readonly string[];
  /** Opens a span that ends at the date: "entro il 2030", "fino a marzo", "by 2030", "until". */
  untilWords: readonly string[];
  /** Joins the two ends of a span after a since-word: "dal 1999 al 2013", "from 1999 to 2013". */
  toWords: readonly string[];
  /** "tra il 2001 e il 2003", "between 2001 and 2003"; in Italian also "tra tre giorni" (in three days). */
  betweenWords: readonly string[];
  /** "tra il 2001 e il 2003". */
  andWords: readonly string[];
  /** Before a clock time: "ore 16", "at 4:25". */
  clockWords: readonly string[];
  /** Before a clock time and also joining a span of clock times: "alle 16", "dalle 9 alle 12". */
  clockTo: readonly string[];
  clockFrom: readonly string[];
  /** The article hours take: "le 18.20", "(le 5 in Italia)"; unlike "la 10.12", a version number. */
  clockArticles: readonly string[];
  /** Vague amounts before a unit: "pochi giorni fa", "a few days ago": the date stays unresolved. */
  vagueAmounts: readonly string[];
  /** Words for one before a unit: "un anno fa", "a year ago". */
  oneWords: readonly string[];
}

export interface TimeLexicon {
  /** BCP 47 code: 'it'. */
  language: string;
  /** Month names and abbreviations, lowercase, to 1–12. */
  months: Readonly<Record<string, number>>;
  /**
   * Month names that are also common words or names ("May", "Maggio" the surname): they count as
   * a month only beside a day or a year.
   */
  ambiguousMonths: readonly string[];
  /**
   * Months, weekdays and seasons are written lowercase (Italian): capitalised inside a sentence
   * they are names ("Primavera araba", "Maggio"), so they count only beside a day or a year.
   * English writes them capitalised, and a lowercase "march" is a verb.
   */
  calendarWordsCapitalized: boolean;
  /** Weekday names to ISO numbers, 1 Monday – 7 Sunday. */
  weekdays: Readonly<Record<string, number>>;
  /** Days named from today: oggi 0, ieri -1, "l'altro ieri" -2, domani 1. */
  relativeDays: Readonly<Record<string, number>>;
  /** Parts of a day that may follow a day: "ieri sera", "venerdì mattina", "questa mattina". */
  dayParts: readonly string[];
  /** After a clock time, hours to add: "di sera" 12, "p.m." 12, "del mattino" 0, "ora locale" 0. */
  clockShifts: Readonly<Record<string, number>>;
  /** Words that are a clock time themselves: mezzogiorno 12:00, mezzanotte 0:00. */
  clockTimes: Readonly<Record<string, readonly [number, number]>>;
  /** Calendar units, singular and plural: "giorno", "giorni", "settimana". */
  units: Readonly<Record<string, { unit: TimeUnit; plural: boolean }>>;
  /** "the same month": a day of the month the text is talking about ("il 29 dello stesso mese"), left unresolved. */
  sameMonth: readonly string[];
  /** The plural of year that also heads a decade ("anni '70", "anni Settanta"). */
  decadeHeads: readonly string[];
  /** Words for decades themselves: "seventies" 1970. */
  decadeWords: Readonly<Record<string, number>>;
  /** The word for century ("secolo"), after or before a Roman numeral or an ordinal ("XX secolo", "20th century"). */
  centuryHeads: readonly string[];
  /** Capitalised century names to the century's first two digits: "Novecento" 19 (the 1900s). Case-sensitive. */
  centuryNames: Readonly<Record<string, number>>;
  /** Seasons: estate 2, inverno 4. */
  seasons: Readonly<Record<string, Season>>;
  /** Parts of a period: inizio start, fine end, "prima metà" firstHalf. */
  parts: Readonly<Record<string, PeriodPart>>;
  /** Ordinal day words and suffixes: "primo" 1 ("il primo marzo"); suffixes "°", "th". */
  ordinalDays: Readonly<Record<string, number>>;
  ordinalSuffixes: readonly string[];
  /** Function words, by role. */
  words: TimeFunctionWords;
  /**
   * The previous token that makes four digits a year rather than an amount: "nel 2001", "dal 1999",
   * "in 2001". Months, seasons and "anno" before the digits also do.
   */
  yearContext: readonly string[];
  /**
   * Previous tokens that make four digits a year only when no noun follows: English "from 1999"
   * but "from 1000 to 2000 people". None in Italian, whose year contexts carry a singular article.
   */
  weakYearContext?: readonly string[];
  /** Words that are not nouns: after them "alle 16" stays a clock time ("alle 16 si è riunito", not "alle 16 vittime"). */
  nonNouns: readonly string[];
  /** Reads number words ("tre", "three") for "tre giorni fa"; null when the word is not one. */
  parseNumberWords(word: string): number | null;
  /** "February 24" is a date (English), not only "24 febbraio". */
  monthBeforeDay: boolean;
  /** Numeric dates: "24/02/2022" is day/month/year ('dmy') or month/day/year ('mdy'). */
  numericDateOrder: 'dmy' | 'mdy';
  /**
   * Signs of a future tense in a clause, which turn the past bias of a bare weekday or date
   * around ("venerdì si voterà"): word endings ("rà", "ranno"), whole words ("will"), and words
   * that end so but are no verb ("tiranno").
   */
  future: { endings: readonly string[]; words: readonly string[]; exceptions: readonly string[] };
}
