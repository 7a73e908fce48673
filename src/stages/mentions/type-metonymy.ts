import type { Token } from '../../pipeline/article.js';
import type { NameUnit, SplitContext } from './split-name-units.js';

/** Whether a verb follows: an auxiliary, a speech cue, or a clitic or "non" before the verb. */
function verbAfter(unit: NameUnit, c: SplitContext): boolean {
  const next = c.tokens[unit.end];
  if (!next || next.sentence !== c.tokens[unit.first]!.sentence || next.capitalized) return false;
  return c.pack.auxiliaries.has(next.lower) || c.names.preverbalParticles.has(next.lower) || c.pack.cueOf(next.lower) !== undefined;
}

/** Whether the unit opens its clause: nothing, punctuation, a bare article or a conjunction before it. */
function opensClause(unit: NameUnit, c: SplitContext, prev: Token | undefined): boolean {
  if (!prev || prev.sentence !== c.tokens[unit.first]!.sentence || prev.kind === 'punct') return true;
  return c.names.subjectOpeners.has(prev.lower);
}

/**
 * Places used for the bodies they stand for. A city after an article is its club: Italian gives
 * cities no article, so "il Napoli", "la Roma", "al Milan" are teams (not "L'Aquila", whose
 * article is its name's). A country or a capital that opens its clause and governs a verb is the
 * state acting: "la Russia accusa", "Mosca ha concesso", "Washington ha detto".
 */
export function typeMetonymy(units: NameUnit[], c: SplitContext): void {
  const { tokens, names } = c;
  for (const unit of units) {
    if (unit.type !== 'place' || unit.by !== 'gazetteer' || !unit.canonical) continue;
    const kind = names.placeKind(unit.canonical);
    const prev = tokens[unit.first - 1];
    const articled = prev !== undefined && !prev.capitalized && prev.sentence === tokens[unit.first]!.sentence && names.definiteArticles.has(prev.lower);
    const ownArticle = names.definiteArticles.has(unit.canonical.split(/[\s']/)[0]!.toLowerCase()) || /^\p{L}+'/u.test(unit.canonical);
    if ((kind === 'city' || kind === 'capital') && articled && !ownArticle) Object.assign(unit, { type: 'organization', by: 'club' });
    else if ((kind === 'country' || kind === 'capital') && opensClause(unit, c, prev) && verbAfter(unit, c)) Object.assign(unit, { type: 'organization', by: 'state-actor' });
  }
}
