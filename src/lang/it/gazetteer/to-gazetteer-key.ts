// The one normalisation shared by the build script (which writes keys) and the lookups (which
// read them): if the two ever differed, every lookup would silently miss.
import { boundedMemo } from '../../../text/bounded-memo.js';

const APOSTROPHES = /[’‘`´ʼ]/g;
const DASHES_AND_SPACES = /[\s\u00a0\-‐‑‒–—]+/g;
const COMBINING_MARKS = /\p{M}+/gu;
// Letters that NFD does not decompose: "Łukašenko", "Ørsted", "Đoković"
const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe' };
const UNDECOMPOSABLE_LETTERS = /[łŁøØđĐıßæÆœŒ]/g;

/**
 * Turns a name as written into the key the gazetteer maps are indexed by: lowercased, NFC,
 * typographic apostrophes folded to `'`, hyphens and runs of spaces folded to one space.
 * Accents are kept: the maps hold both the accented key and its accent-free twin (see
 * {@link stripAccents}), so "Peru" finds "Perù" while "Sarà" (a verb) does not find "Sara".
 *
 * @example
 * toGazetteerKey('Emilia-Romagna') // 'emilia romagna'
 * toGazetteerKey('Stati Uniti d’America') // "stati uniti d'america"
 */
export function toGazetteerKey(text: string): string {
  return text.length > KEY_CACHED_LENGTH ? computeKey(text) : rememberedKey(text);
}

function computeKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(DASHES_AND_SPACES, ' ').trim();
}

// Lookups ask for the same words over and over (every capitalised word is tried as a first name,
// a place, a demonym): short keys are remembered.
const KEY_CACHED_LENGTH = 60;
const rememberedKey = boundedMemo(computeKey);

/**
 * Removes diacritics (NFD, combining marks dropped, NFC again), and folds the few letters NFD
 * leaves whole (ł, ø, đ, ı, ß, æ, œ).
 *
 * @example
 * stripAccents('São Tomé') // 'Sao Tome'
 */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSABLE_LETTERS, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize('NFC');
}
