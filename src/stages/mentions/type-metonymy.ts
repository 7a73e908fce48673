import type { NameUnit, SplitContext } from './split-name-units.js';
import { typeClubNames, typeNationalTeams } from './match-report.js';

/**
 * Cities used for the clubs they name. Italian gives a city no article, so a city alone after an
 * article is its team: "il Napoli", "la Roma", "al Milan" (not "L'Aquila", whose article is its
 * name's, nor "il Merano Festival", where the city only starts a longer name); so is a region
 * whose fans or players are spoken of ("i tifosi della Lazio"), and a place set against a club
 * with a dash ("Juventus - Milan"). Other metonymy is kept as used: "Mosca ha risposto" stays the
 * place Mosca, the actor the article names.
 */
export function typeMetonymy(units: NameUnit[], c: SplitContext): void {
  const { tokens, names } = c;
  for (const unit of units) {
    // "al Quirinale", "davanti alla Casa Bianca": the building itself, where the body it seats acts
    // elsewhere ("il Quirinale ha fatto sapere", "la nota del Quirinale")
    if (unit.by === 'institution-seat') {
      const before = tokens[unit.first - 1];
      if (before && before.sentence === tokens[unit.first]!.sentence && !before.capitalized && names.locativePrepositions.has(before.lower)) Object.assign(unit, { type: 'place', by: 'seat-as-place' });
      continue;
    }
    if (unit.type !== 'place' || unit.by !== 'gazetteer' || !unit.canonical) continue;
    const kind = names.placeKind(unit.canonical);
    const prev = tokens[unit.first - 1];
    const articled = prev !== undefined && prev.sentence === tokens[unit.first]!.sentence && names.definiteArticles.has(prev.lower);
    const ownArticle = names.definiteArticles.has(unit.canonical.split(/[\s']/)[0]!.toLowerCase()) || /^\p{L}+'/u.test(unit.canonical);
    const next = tokens[unit.end];
    const alone = !next || next.sentence !== tokens[unit.first]!.sentence || !(next.capitalized || next.text === '-');
    if ((kind === 'city' || kind === 'capital') && articled && !ownArticle && alone) Object.assign(unit, { type: 'organization', by: 'club' });
    // "i tifosi della Lazio", "i dirigenti del Lazio": a body's members make the region its club
    const cue = tokens[unit.first - 2];
    if (kind === 'region' && articled && cue && !cue.capitalized && names.organizationOfCues.has(cue.lower)) Object.assign(unit, { type: 'organization', by: 'club' });
  }
  typeClubNames(units, c);
  typeMatches(units, c);
  typeNationalTeams(units, c);
  spreadClubs(units, c);
}

const DASH = /^[-–—]$/u;

/**
 * Teams set against each other. With a spaced dash two names are of one kind, and with a body on
 * one side both are bodies ("Juventus - Milan", "Lega - Pdl"). In a sentence about a match ("la
 * partita", "la finale") the sides are teams, countries and cities included: "la partita Ecuador -
 * Polonia", "la finale tra Juventus e Lazio", "una partita contro l'Australia".
 */
function typeMatches(units: NameUnit[], c: SplitContext): void {
  const { tokens, names } = c;
  const matches = new Set<number>();
  for (const t of tokens) if (t.kind === 'word' && !t.capitalized && names.matchCues.has(t.lower)) matches.add(t.sentence);
  // a side is a name not known as anything else: unknown, a place, or a lone given name ("Nancy")
  const side = (u: NameUnit) => !u.rejected && (u.type === null || u.type === 'place' || (u.type === 'person' && u.by === 'given-name' && u.end - u.first === 1));
  const toClub = (u: NameUnit) => {
    Object.assign(u, { type: 'organization', by: 'club' });
    delete u.canonical; // "Milan" the team is not "Milano"
  };
  /** The word before a unit, past an article: "contro l'Australia" -> "contro". */
  const governor = (u: NameUnit) => {
    const k = u.first - 1 >= 0 && names.definiteArticles.has(tokens[u.first - 1]!.lower) ? u.first - 2 : u.first - 1;
    return k >= 0 && tokens[k]!.sentence === tokens[u.first]!.sentence ? tokens[k] : undefined;
  };
  for (let i = 0; i < units.length; i++) {
    const a = units[i]!;
    const b = units[i + 1];
    const inMatch = matches.has(tokens[a.first]!.sentence);
    const dash = b ? tokens[a.end] : undefined;
    const spacedDash = b !== undefined && dash !== undefined && !a.rejected && !b.rejected && b.first === a.end + 1 && DASH.test(dash.text) &&
      dash.start !== tokens[a.end - 1]!.end && tokens[b.first]!.start !== dash.end;
    if (spacedDash) {
      const club = (u: NameUnit) => u.type === null || (u.type === 'place' && u.by === 'gazetteer');
      if (inMatch && side(a) && side(b)) [a, b].forEach(toClub);
      else if (a.type === 'organization' && club(b!)) toClub(b!);
      else if (b!.type === 'organization' && club(a)) toClub(a);
      continue;
    }
    if (!inMatch || !side(a)) continue;
    const before = governor(a);
    if (before && names.matchOpponents.has(before.lower)) toClub(a);
    // "tra Juventus e Lazio"
    const and = b ? tokens[a.end] : undefined;
    const joined = b !== undefined && and !== undefined && names.organizationConjunctions.has(and.lower) && (b.first === a.end + 1 || (b.first === a.end + 2 && names.definiteArticles.has(tokens[a.end + 1]!.lower)));
    if (before && names.matchBetween.has(before.lower) && joined && side(b!)) [a, b!].forEach(toClub);
  }
}

/**
 * A name the article uses for a team is that team wherever a guess made it a place ("Juventus"
 * after "la finale tra Juventus e Lazio"), and so is a town's other name ("Milan" for Milano); the
 * town's own name stays the town.
 */
function spreadClubs(units: NameUnit[], c: SplitContext): void {
  const { tokens, text } = c;
  const key = (u: NameUnit) => tokens.slice(u.first, u.end).map((t) => t.lower).join(' ');
  const clubs = new Set(units.filter((u) => u.by === 'club').map(key));
  if (clubs.size === 0) return;
  for (const unit of units) {
    if (unit.rejected || (unit.type !== 'place' && unit.type !== null) || unit.by === 'place-head' || !clubs.has(key(unit))) continue;
    const written = text.slice(tokens[unit.first]!.start, tokens[unit.end - 1]!.end);
    if (unit.by === 'gazetteer' && unit.canonical === written) continue;
    Object.assign(unit, { type: 'organization', by: 'club' });
    delete unit.canonical;
  }
}
