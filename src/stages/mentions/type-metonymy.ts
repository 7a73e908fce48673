import type { NameUnit, SplitContext } from './split-name-units.js';

/**
 * Cities used for the clubs they name. Italian gives a city no article, so a city alone after an
 * article is its team: "il Napoli", "la Roma", "al Milan" (not "L'Aquila", whose article is its
 * name's, nor "il Merano Festival", where the city only starts a longer name). Other metonymy is
 * kept as used: "Mosca ha risposto" stays the place Mosca, the actor the article names.
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
  }
}
