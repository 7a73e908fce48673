import type { Token } from '../../pipeline/article.js';
import type { NameUnit, SplitContext } from './split-name-units.js';
import { institutionsByFirstWord } from './institution-units.js';

/** How many lowercase words a name may take after its head ("Istituto superiore per lo studio delle acque"). */
const MAX_TAIL = 6;

const lowerWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.capitalized;

/**
 * Whether the lowercase word after an organisation stays in its name: "Commissione europea",
 * "Parlamento inglese", and any word of a naming adjective's shape ("Curia diocesana bolognese",
 * "Borsa economica italiana"), no participle ("il Ministero interessato") and no verb of speech.
 */
function organizationAdjective(c: SplitContext, t: Token | undefined): boolean {
  if (!lowerWord(t)) return false;
  const word = t!.lower;
  // (not a verb of speech: "l'Ente Protezione Animali critica")
  const shaped = c.names.nameAdjectiveEndings.some((ending) => word.endsWith(ending)) && !c.pack.stopwords.has(word) && !c.pack.roleNouns.has(word) &&
    c.pack.cueOf(word) === undefined && !c.pack.auxiliaries.has(word);
  return c.names.organizationAdjectives.has(word) || c.pack.demonymPlace(word) !== null || shaped;
}

/** Extends a unit back over a lowercase head: "provincia di | Pavia", "aeroporto | Marconi". */
function extendBack(unit: NameUnit, c: SplitContext): void {
  const { tokens, names, pack } = c;
  const sentence = tokens[unit.first]!.sentence;
  const at = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  const prev = at(unit.first - 1);
  const prev2 = at(unit.first - 2);
  if (!lowerWord(prev)) return;
  // "suor Rosanna", "san Francesco": the honorific is part of the name
  if (names.honorifics.has(prev!.lower) && unit.type !== 'place' && unit.type !== 'organization') {
    Object.assign(unit, { first: unit.first - 1, type: 'person', by: 'given-name' });
    return;
  }
  // "piazza Giuseppe Garibaldi": a person's name names the square
  if (unit.type === 'person' && !names.dedicationHeads.has(prev!.lower)) return;
  if (names.placeHeadsDirect.has(prev!.lower)) {
    // "via" is a street only after an article or a preposition: "in via Roma", not "arrivati via Tunisi"
    if (prev!.lower === 'via' && !(prev2 && (pack.prepositions.has(prev2.lower) || pack.determiners.has(prev2.lower)))) return;
    Object.assign(unit, { first: unit.first - 1, type: 'place', by: 'place-head' });
    delete unit.canonical;
    return;
  }
  if (names.organizationHeadsDirect.has(prev!.lower)) {
    Object.assign(unit, { first: unit.first - 1, type: 'organization', by: 'organization-head' });
    delete unit.canonical;
    return;
  }
  if (!pack.nameParticles.has(prev!.lower) || !lowerWord(prev2)) return;
  const head = prev2!.lower;
  // "prefettura di Chiba" is a place; "prefettura di Roma" is the office in Rome and a place
  const homeSeat = names.seatHeads.has(head) && unit.type === 'place' && unit.canonical !== undefined && pack.lookupPlace(unit.canonical)?.countryName === names.homeCountry;
  if (names.placeHeadsOf.has(head) && !homeSeat) {
    Object.assign(unit, { first: unit.first - 2, type: 'place', by: 'place-head' });
    delete unit.canonical;
  } else if (names.organizationHeadsOf.has(head)) {
    Object.assign(unit, { first: unit.first - 2, type: 'organization', by: 'organization-head' });
    delete unit.canonical;
  }
}

/** Extends a unit over the lowercase words that belong to its name. */
function extendForward(unit: NameUnit, c: SplitContext): void {
  const { tokens, names, pack } = c;
  const sentence = tokens[unit.first]!.sentence;
  const at = (k: number) => (k < tokens.length && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  if (unit.type === 'place') {
    while (lowerWord(at(unit.end)) && names.directionAdjectives.has(tokens[unit.end]!.lower)) unit.end++;
    return;
  }
  if (unit.type === 'person') {
    if (lowerWord(at(unit.end)) && names.personSuffixes.has(tokens[unit.end]!.lower)) unit.end++;
    return;
  }
  // "Vigili del Fuoco", "Protezione civile": an institution's name, however capitalised
  for (const parts of institutionsByFirstWord(names.institutions).get(tokens[unit.first]!.lower) ?? []) {
    if (parts.length < unit.end - unit.first || parts.length < 2) continue;
    if (parts.every((p, k) => at(unit.first + k)?.lower === p)) Object.assign(unit, { end: unit.first + parts.length, type: 'organization', by: 'organization-head' });
  }
  // "Fondo monetario internazionale", "Curia vescovile": an unknown name with an institution's adjective
  if (!unit.type && !unit.hint && lowerWord(at(unit.end)) && names.organizationAdjectives.has(tokens[unit.end]!.lower)) Object.assign(unit, { type: 'organization', by: 'organization-head' });
  if (unit.type !== 'organization') return;
  const limit = unit.end + MAX_TAIL;
  const takeAdjectives = () => {
    while (unit.end < limit && organizationAdjective(c, at(unit.end))) {
      // "il Parlamento inglese" is the parliament of Inghilterra
      const place = pack.demonymPlace(tokens[unit.end]!.lower);
      if (place && !unit.affiliation) unit.affiliation = place;
      unit.end++;
    }
  };
  const headEnd = unit.end;
  takeAdjectives();
  if (unit.by !== 'organization-head') return;
  // "Camera dei deputati", "Corte suprema di cassazione", "Procura dei minori", and after an
  // adjective "per" + noun: "Agenzia regionale per la tutela dei boschi"
  const purpose = unit.end > headEnd;
  while (unit.end + 1 < limit) {
    const particle = at(unit.end);
    const article = at(unit.end + 1);
    const skip = purpose && lowerWord(particle) && names.organizationConnectors.has(particle!.lower) && lowerWord(article) && pack.determiners.has(article!.lower) ? 1 : 0;
    const noun = at(unit.end + 1 + skip);
    const joins = lowerWord(particle) && (names.ofParticles.has(particle!.lower) || (purpose && names.organizationConnectors.has(particle!.lower) && unit.end > headEnd));
    if (!joins || !lowerWord(noun)) break;
    if (pack.stopwords.has(noun!.lower) || pack.roleNouns.get(noun!.lower)?.type === 'person' || pack.determiners.has(noun!.lower)) break;
    unit.end += 2 + skip;
    takeAdjectives();
  }
}

/**
 * Lowercase words that belong to a name: heads before it ("la provincia di Pavia", "l'aeroporto
 * Marconi", "l'università di Padova", "la regione Toscana") and adjectives or complements after
 * it ("la Commissione europea", "la Camera dei deputati", "l'Italia meridionale").
 */
export function extendNameUnits(units: NameUnit[], c: SplitContext): void {
  for (const unit of units) {
    if (unit.rejected) continue;
    extendBack(unit, c);
    extendForward(unit, c);
  }
}
