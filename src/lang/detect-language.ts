import { FUNCTION_WORD_PROFILES, type ProfiledLanguage } from './function-word-profiles.js';

/** How much of the text is read: a few paragraphs tell the language of an article. */
export const DETECTION_SAMPLE = 4000;
/**
 * An unsupported language must outweigh the better of Italian and English by this much, with at
 * least MIN_EVIDENCE words of weight: Italian shares many short words with Spanish and
 * Portuguese, and a false "unsupported" on an Italian article costs more than a missed one.
 */
const UNSUPPORTED_MARGIN = 1.5;
const MIN_EVIDENCE = 2;
const WORD = /\p{L}+/gu;

// Each word's weight for each language that lists it: 1 / the number of languages sharing it.
const weights = new Map<string, [ProfiledLanguage, number][]>();
{
  const owners = new Map<string, ProfiledLanguage[]>();
  for (const [language, list] of Object.entries(FUNCTION_WORD_PROFILES) as [ProfiledLanguage, string][]) {
    for (const word of new Set(list.split(/\s+/).filter(Boolean))) (owners.get(word) ?? owners.set(word, []).get(word)!).push(language);
  }
  for (const [word, languages] of owners) weights.set(word, languages.map((l) => [l, 1 / languages.length]));
}

/** What `detectLanguage` read. */
export interface DetectedLanguage {
  /** The language read, supported or not. */
  language: ProfiledLanguage;
  /** The supported language to read the text as: `language` when it is 'it' or 'en', else the closer of the two. */
  readAs: 'it' | 'en';
  /** Where the evidence was read: 0 to this offset. */
  end: number;
}

/**
 * The language of a text from weighted function-word counts in its first 4,000 characters.
 * Italian or English when either leads (Italian on a tie, and when there is no evidence at all,
 * as in a text of names and numbers); another profiled language only when it clearly leads both,
 * so that an Italian article quoting an English or Spanish sentence stays Italian.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const end = Math.min(text.length, DETECTION_SAMPLE);
  const score: Record<ProfiledLanguage, number> = { it: 0, en: 0, fr: 0, es: 0, de: 0, pt: 0, nl: 0 };
  for (const m of text.slice(0, end).toLowerCase().matchAll(WORD)) {
    const owners = weights.get(m[0]);
    if (owners) for (const [language, weight] of owners) score[language] += weight;
  }
  const readAs = score.en > score.it ? 'en' : 'it';
  let other: ProfiledLanguage = readAs;
  for (const language of ['fr', 'es', 'de', 'pt', 'nl'] as const) if (score[language] > score[other]) other = language;
  const unsupported = other !== readAs && score[other] >= MIN_EVIDENCE && score[other] > UNSUPPORTED_MARGIN * score[readAs];
  return { language: unsupported ? other : readAs, readAs, end };
}
