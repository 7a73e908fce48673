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

/**
 * Sports clubs by the words of their names: a club word before or after a town, or before an
 * unknown name ("Real Madrid", "Leeds United", "Maccabi Haifa"). Where the town and the club word
 * were cut into two units, they become one. The words are English, Spanish or Slavic, so the town
 * alone ("Madrid", "Leeds") stays the place it is everywhere else.
 */
export function typeClubNames(units: NameUnit[], c: SplitContext): void {
  const { tokens, names } = c;
  const word = (u: NameUnit, at: number) => tokens[at]!.kind === 'word' && at >= u.first && at < u.end;
  const toClub = (u: NameUnit) => {
    Object.assign(u, { type: 'organization', by: 'club-name', rejected: false });
    delete u.canonical;
  };
  /** A club word and a town cut into two units become one club: `u` takes in `next`. */
  const joinAsClub = (u: NameUnit, next: NameUnit) => {
    u.end = next.end;
    toClub(u);
    Object.assign(next, { type: null, rejected: true });
  };
  /** A unit typed by no word of its own, only by a guess from the article: "City" after "la City". */
  const guessed = (u: NameUnit) => u.type === null || u.rejected === true || u.by === 'same-article' || u.by === 'feminine-article' || u.by === 'list';
  const pluralBefore = (u: NameUnit) => {
    const before = tokens[u.first - 1];
    return before !== undefined && before.sentence === tokens[u.first]!.sentence && names.pluralArticles.has(before.lower) && names.bareArticles.has(before.lower);
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    const head = tokens[unit.first]!;
    const single = unit.end - unit.first === 1;
    const clubFirst = word(unit, unit.first) && names.clubPrefixes.has(head.lower);
    // "Real | Madrid": the club word and the town were cut apart
    if (clubFirst && single && !unit.type && next && next.first === unit.end && (next.type === 'place' || next.type === null) && !next.rejected) {
      joinAsClub(unit, next);
      i++;
      continue;
    }
    // "Maccabi Haifa", "Dinamo Kiev": one unit that opens with the club word
    if (clubFirst && !single && (unit.type === null || unit.type === 'place' || unit.by === 'organization-head')) { toClub(unit); continue; }
    const last = tokens[unit.end - 1]!;
    // "Leeds United": a town and a club word in one unit, or cut into two
    if (!single && names.clubSuffixes.has(last.lower) && unit.type === 'place') toClub(unit);
    // "i Chicago Bulls": a town and a plural word after a plural article are a team
    else if (!single && unit.type === 'place' && !unit.canonical && pluralBefore(unit)) toClub(unit);
    else if (unit.type === 'place' && unit.by === 'gazetteer' && next && next.first === unit.end && next.end - next.first === 1 && names.clubSuffixes.has(tokens[next.first]!.lower) && guessed(next)) {
      joinAsClub(unit, next);
      i++;
    }
  }
}
