// Initials of names and the shape of acronyms, shared by the mentions stage (which types an
// acronym by the organisation it spells) and the actors stage (which joins the two).

import { mapPacked } from '../../text/map-packed.js';

const ACRONYM = /^\p{Lu}[\p{L}\p{N}]{1,6}$/u;
const LOWERCASE_RUN = /\p{Ll}{4,}/u;
// One function for every name, not a closure per call: V8 may optimise each closure anew.
const initial = (w: string) => (/^\p{N}+$/u.test(w) ? w : w[0]!.toLowerCase());

/** What the initials are read from: the words a name's letters stand for. */
export interface InitialsWords {
  /** Words whose initial an acronym leaves out ("of", "della", "e"), lowercased. */
  skipped: ReadonlySet<string>;
  /** Whether a lowercased word is a given name: "Ali", "Eva" are no acronyms. */
  isGivenName(word: string): boolean;
}

/** Whether a name has an acronym's shape: capitals, or title case for a pronounceable one ("Enpa", "PdL", "M5S"). */
export const isAcronym = (name: string): boolean => ACRONYM.test(name) && !name.includes(' ') && !LOWERCASE_RUN.test(name.slice(1));

/**
 * The initials of a name, in two readings: of every word ("Popolo della Libertà" -> "pdl") and of
 * the words that carry meaning ("Ente Nazionale Protezione Animali" -> "enpa", "Nordic
 * Forum of Coastal Towns" -> "nfct"). Digits stand for themselves ("Movimento 5 Stelle"
 * -> "m5s"). Lowercased: "Enpa", "ENPA" and "EnPA" are one acronym.
 */
export function initialsOf(name: string, words: InitialsWords): string[] {
  const parts = name.split(/[\s'’-]+/u).filter(Boolean);
  if (parts.length < 2) return [];
  const all = mapPacked(parts, initial).join('');
  const meaningful = mapPacked(parts.filter((w) => !words.skipped.has(w.toLowerCase()) && !words.skipped.has(`${w.toLowerCase()}'`)), initial).join('');
  return meaningful.length >= 2 && meaningful !== all ? [meaningful, all] : [all];
}

