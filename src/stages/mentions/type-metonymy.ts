import type { NameUnit, SplitContext } from './split-name-units.js';

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
  typeMatches(units, c);
}

/** "Juventus - Milan", "Lega - Pdl": two names set against each other with a spaced dash are of one kind, and with a body on one side, both are bodies. */
function typeMatches(units: NameUnit[], c: SplitContext): void {
  const { tokens } = c;
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i]!;
    const b = units[i + 1]!;
    const dash = tokens[a.end];
    if (a.rejected || b.rejected || b.first !== a.end + 1 || !dash || !/^[-–—]$/u.test(dash.text)) continue;
    if (dash.start === tokens[a.end - 1]!.end || tokens[b.first]!.start === dash.end) continue;
    const club = (u: NameUnit) => u.type === null || (u.type === 'place' && u.by === 'gazetteer');
    if (a.type === 'organization' && club(b)) Object.assign(b, { type: 'organization', by: 'club' });
    else if (b.type === 'organization' && club(a)) Object.assign(a, { type: 'organization', by: 'club' });
  }
}
