import type { NameUnit, SplitContext } from './split-name-units.js';
import { initialsOf, isAcronym } from './initials.js';
import { wordsBefore } from './words-before.js';

// Names typed by another name of the article: an acronym and its name, a town and its province's
// code, a place named after someone and that someone's name alone, a place and a name run into it.

type UnitType = NonNullable<NameUnit['type']>;

/**
 * Names that explain each other: an acronym in brackets after its name ("Organizzazione Mondiale
 * della Sanità (OMS)"), a place in brackets or after a comma that locates the one before it
 * ("Galveston (Texas)", "Machynlleth, Galles").
 */
export function typePairs(units: NameUnit[], c: SplitContext): void {
  const { tokens, names } = c;
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i]!;
    const b = units[i + 1]!;
    if (a.rejected || b.rejected) continue;
    const bracketed = b.first === a.end + 1 && tokens[a.end]!.text === '(' && tokens[b.end]?.text === ')';
    const comma = b.first === a.end + 1 && tokens[a.end]!.text === ',' && (tokens[b.end] === undefined || tokens[b.end]!.kind === 'punct');
    if (bracketed && b.by === 'acronym' && !a.type) Object.assign(a, { type: b.type, by: 'acronym' });
    // "l'OMS (Organizzazione mondiale della sanità)": the name spelled out after its acronym
    else if (bracketed && a.by === 'acronym' && a.type === 'organization' && !b.type) Object.assign(b, { type: 'organization', by: 'acronym' });
    else if (bracketed && b.by === 'acronym' && a.type && a.type !== b.type) Object.assign(b, { type: a.type, by: 'same-article' });
    else if (bracketed && a.type === 'place' && !b.type) Object.assign(b, { type: 'place', by: 'place-pair' });
    // "Vernio (PO)": a town with its province's code
    else if (bracketed && b.by === 'province-code' && !a.type) Object.assign(a, { type: 'place', by: 'place-pair' });
    else if ((bracketed || comma) && b.type === 'place' && !a.type && b.canonical && names.placeKind(b.canonical) !== 'city') Object.assign(a, { type: 'place', by: 'place-pair' });
  }
}

/**
 * "l'Enpa" where the article names the "Ente Nazionale Protezione Animali": an unknown name of an
 * acronym's shape that spells the initials of one organisation of the article is an organisation.
 */
export function typeSpelledAcronyms(units: NameUnit[], c: SplitContext, wordsOf: (unit: NameUnit) => string): void {
  const { tokens, pack } = c;
  const words = { skipped: c.names.acronymSkips, isGivenName: pack.isGivenName };
  const spelledBy = new Map<string, Set<string>>();
  for (const unit of units) {
    if (unit.type !== 'organization' || unit.rejected || unit.end - unit.first < 2) continue;
    for (const initials of initialsOf(wordsOf(unit), words)) (spelledBy.get(initials) ?? spelledBy.set(initials, new Set()).get(initials)!).add(wordsOf(unit).toLowerCase());
  }
  for (const unit of units) {
    const head = tokens[unit.first]!;
    if (unit.type || unit.rejected || unit.end - unit.first !== 1 || !isAcronym(head.text) || pack.isGivenName(head.lower)) continue;
    if (spelledBy.get(head.lower)?.size === 1) Object.assign(unit, { type: 'organization', by: 'acronym' });
  }
}

/**
 * "allo Stadio Mario Rossi ... al Mario Rossi": a place or body named after someone, then called by
 * that name alone after an article, is still the place or the body, not the person (who takes no
 * article).
 */
export function typeDedicatedNames(units: NameUnit[], c: SplitContext, keyOf: (unit: NameUnit, from?: number) => string): void {
  const { tokens, names } = c;
  const dedicated = new Map<string, UnitType>();
  for (const unit of units) {
    if ((unit.type === 'place' || unit.type === 'organization') && !unit.rejected && unit.end - unit.first > 2 && names.dedicationHeads.has(tokens[unit.first]!.lower)) {
      dedicated.set(keyOf(unit, unit.first + 1), unit.type);
    }
  }
  if (dedicated.size === 0) return;
  for (const unit of units) {
    if (unit.rejected || (unit.type && unit.by !== 'given-name')) continue;
    const { prev, adjacent } = wordsBefore(unit, tokens);
    const type = dedicated.get(keyOf(unit));
    if (type && adjacent && prev && names.definiteArticles.has(prev.lower)) Object.assign(unit, { type, by: 'same-article' });
  }
}

/** "Milano Bovisa", "Roma Termini": a place and an unknown name right after it in one run are one place. */
export function mergeUnknownTails(units: NameUnit[], c: SplitContext): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const place = units[i]!;
    const tail = units[i + 1]!;
    if (place.type !== 'place' || place.rejected || tail.type || tail.rejected || tail.first !== place.end) continue;
    const head = c.tokens[tail.first]!;
    if (!head.capitalized || head.sentence !== c.tokens[place.first]!.sentence || head.start !== c.tokens[place.end - 1]!.end + 1) continue;
    place.end = tail.end;
    delete place.canonical;
    tail.rejected = true;
  }
}
