import type { Token } from '../../pipeline/article.js';
import type { NameLexicon } from '../../lang/name-lexicon.js';
import type { NameUnit, SplitContext } from './split-name-units.js';

/** A score is two small numbers across a dash ("2-1", "4 - 0"); larger ones are years or ranges ("1980-81" stays out). */
const MAX_SCORE = 200;
const DASH = /^[-–]$/u;
/** How many signals, and how many per hundred words, make an article a match report. */
const MIN_SIGNALS = 4;
const MIN_SIGNALS_PER_HUNDRED_WORDS = 1.5;

const isScoreNumber = (t: Token | undefined) => t !== undefined && t.kind === 'number' && /^\d{1,3}$/u.test(t.text) && Number(t.text) < MAX_SCORE;

/**
 * Whether an article reads as a match report: its words of matches and results ("partita",
 * "batte", "classifica", "allenatore") and its scores ("2-1", counted twice) are dense enough.
 * One pass over the tokens, set lookups only.
 */
export function isMatchReport(tokens: readonly Token[], names: NameLexicon): boolean {
  let words = 0;
  let signals = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      words++;
      if (!t.capitalized && (names.matchReportWords.has(t.lower) || names.matchCues.has(t.lower))) signals++;
    } else if (DASH.test(t.text) && isScoreNumber(tokens[i - 1]) && isScoreNumber(tokens[i + 1]) && tokens[i - 1]!.sentence === t.sentence) signals += 2;
  }
  return signals >= MIN_SIGNALS && (signals * 100) / Math.max(1, words) >= MIN_SIGNALS_PER_HUNDRED_WORDS;
}

/**
 * In a match report a country with a bare article, or after "contro", is its national team:
 * "la Francia batte l'Irlanda", "ha pareggiato contro la Svezia". Where a preposition of place
 * stands before it ("in Francia", "a Parigi", "dalla Francia"), it stays the country. Outside a
 * match report "la Francia" stays the country too, acting or not.
 */
export function typeNationalTeams(units: NameUnit[], c: SplitContext): void {
  const { tokens, names } = c;
  let report: boolean | undefined;
  for (const unit of units) {
    if (unit.type !== 'place' || unit.by !== 'gazetteer' || !unit.canonical || names.placeKind(unit.canonical) !== 'country') continue;
    const prev = tokens[unit.first - 1];
    if (!prev || prev.sentence !== tokens[unit.first]!.sentence || prev.capitalized) continue;
    const prev2 = tokens[unit.first - 2];
    const opponent = names.matchOpponents.has(prev.lower) || (names.bareArticles.has(prev.lower) && prev2 !== undefined && names.matchOpponents.has(prev2.lower));
    if (!opponent && !names.bareArticles.has(prev.lower)) continue;
    if ((report ??= isMatchReport(tokens, names))) Object.assign(unit, { type: 'organization', by: 'national-team' });
  }
}
