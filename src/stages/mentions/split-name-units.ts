import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';
import type { NameLexicon } from '../../lang/name-lexicon.js';
import { companyFormEnd } from './company-form.js';
import { mapPacked } from '../../text/map-packed.js';

export interface NameUnit {
  first: number;
  end: number;
  type: 'person' | 'organization' | 'place' | null;
  canonical?: string;
  /** The place an adjective in the name points to: "il governo cinese" -> Cina. */
  affiliation?: string;
  /** The rule that gave the type, for tests and debugging. */
  by?: string;
  /** Not an entity at all (an event, a prize, a common acronym): never typed by context. */
  rejected?: boolean;
  /** A type the words suggest but context may overrule: a lone given name ("Virginia", "Florence"). */
  hint?: 'person';
}

/**
 * A unit with every field, in one order. Units are made in a dozen places with the fields each
 * knows, then typed by `Object.assign`: left as they come, they take dozens of hidden classes,
 * and every loop over them (five counts of the same-article typing among them) reads its fields
 * through V8's slowest, megamorphic, property lookups.
 */
export function shapedUnit(unit: NameUnit): NameUnit {
  return { first: unit.first, end: unit.end, type: unit.type, canonical: unit.canonical, affiliation: unit.affiliation, by: unit.by, rejected: unit.rejected, hint: unit.hint };
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u;
const ROMAN = /^[IVXLC]+$/u;
const MAX_PLACE_TOKENS = 6;

/** What the splitting needs besides the tokens. */
export interface SplitContext {
  tokens: readonly Token[];
  text: string;
  pack: LanguagePack;
  names: NameLexicon;
}

const isParticle = (c: SplitContext, t: Token) => !t.capitalized && c.pack.nameParticles.has(t.lower);
const isWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.capitalized;

/** The longest run of tokens from `at` that the gazetteer knows as a place. */
function longestPlace(c: SplitContext, at: number, end: number) {
  const { tokens, text, pack } = c;
  if (!tokens[at]!.capitalized) return null;
  for (let e = Math.min(end, at + MAX_PLACE_TOKENS); e > at; e--) {
    if (tokens[e - 1]!.kind === 'punct') continue;
    const place = pack.lookupPlace(text.slice(tokens[at]!.start, tokens[e - 1]!.end));
    if (place) return { end: e, place };
  }
  return null;
}

/** Where a hyphenated compound that starts with a place ends: "Milano-Malpensa", "Roma-Lido". */
function hyphenTail(c: SplitContext, end: number, limit: number): number {
  let e = end;
  while (e + 1 < limit && c.tokens[e]!.text === '-' && c.tokens[e]!.start === c.tokens[e - 1]!.end && isWord(c.tokens[e + 1])) e += 2;
  return e;
}

/**
 * Given names that open a new person inside a run: "Banca d'Italia Antonio Fazio", "Coldiretti
 * Roberto Moncalvo". A run that is one dedication head and a person's name stays whole
 * ("Piazza Vittorio Emanuele", "Istituto Enrico Fermi").
 */
function personStarts(c: SplitContext, first: number, end: number): number[] {
  const { tokens, pack, names } = c;
  const cuts: number[] = [];
  for (let k = first + 1; k < end - 1; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1]!;
    if (!isWord(t) || !pack.isGivenName(t.lower) || !isWord(tokens[k + 1])) continue;
    if (before.kind === 'punct' || pack.isGivenName(before.lower) || names.givenNamePrefixes.has(before.lower) || names.honorifics.has(before.lower)) continue;
    const from = cuts.length > 0 ? cuts[cuts.length - 1]! : first;
    if (k - from === 1 && names.dedicationHeads.has(tokens[from]!.lower)) continue;
    if (pack.roleNouns.get(before.lower)?.type === 'person') continue;
    // "il Fronte Civico di Anna Volpi": the particle belongs to neither
    if (isParticle(c, before) && (k - 1 === from || names.dedicationHeads.has(tokens[k - 2]!.lower))) continue;
    cuts.push(k);
  }
  return cuts;
}

/**
 * An organisation (or a place named by a head) that already has its own name before "di + place"
 * sits in that place: "Università Cattolica di Milano", "Corte di Giustizia di Aberystwyth",
 * "Stadio Mario Rossi di Torino". With one word before it the place is the name ("Università di
 * Genova", "Banca d'Italia").
 */
function splitTrailingPlace(c: SplitContext, first: number, end: number, type: 'organization' | 'place' = 'organization'): NameUnit[] | null {
  const { tokens } = c;
  for (let k = end - 2; k > first; k--) {
    if (!isParticle(c, tokens[k]!)) continue;
    const place = longestPlace(c, k + 1, end);
    if (!place || place.end !== end) return null;
    const own = tokens.slice(first, k).filter((t) => t.capitalized).length;
    if (own < 2) return null;
    return [
      { first, end: k, type, by: type === 'place' ? 'place-head' : 'organization-head' },
      { first: k + 1, end, type: 'place', canonical: place.place.name, by: 'gazetteer' },
    ];
  }
  return null;
}

/** A seat head followed by "di" and a known place: "Procura di Trani" -> Procura, Trani. */
function splitSeat(c: SplitContext, head: number, end: number): NameUnit[] | null {
  const { tokens, names } = c;
  if (!names.seatHeads.has(tokens[head]!.lower)) return null;
  for (let k = head + 1; k < end - 1; k++) {
    if (!isParticle(c, tokens[k]!)) continue;
    const place = longestPlace(c, k + 1, end);
    if (!place || place.end !== end) continue;
    return [
      { first: head, end: k, type: 'organization', by: 'seat-head' },
      { first: k + 1, end, type: 'place', canonical: place.place.name, by: 'gazetteer' },
    ];
  }
  return null;
}

/** Types a stretch of a run by its words alone: heads, the gazetteer, given names, shapes. */
function typeSegment(c: SplitContext, first: number, end: number): NameUnit[] {
  const { tokens, pack, names } = c;
  // "Apple Music", "Microsoft Office", "SpaceX Demo": a known company's name, then its product's
  for (let k = first + 1; k < end && k <= first + 3; k++) {
    if (!names.isKnownOrganization(c.text.slice(tokens[first]!.start, tokens[k - 1]!.end))) continue;
    return [{ first, end: k, type: 'organization', by: 'known-organization' }, ...(isWord(tokens[k]) ? typeSegment(c, k, end) : [])];
  }
  // "Governo Letta", "Giunta Moratti": the body and the person it is named after, two names; not
  // "Governo della Repubblica", "Governo Federale" (a particle or an adjective of the body's own)
  const leader = tokens[first + 1];
  if (end - first >= 2 && end - first <= 4 && names.governmentHeads.has(tokens[first]!.lower) && isWord(leader) &&
    !names.organizationAdjectives.has(leader!.lower) && pack.demonymPlace(leader!.lower) === null && !longestPlace(c, first + 1, end) && !pack.organizationHeads.has(leader!.lower)) {
    return [{ first, end: first + 1, type: 'organization', by: 'government-head' }, { first: first + 1, end, type: 'person', by: 'government-of' }];
  }
  // "Alfa Beta S.p.A.": a name with a company's legal form is one company
  for (let k = first + 1; k < end; k++) if (companyFormEnd(tokens, k, end, names.companyForms) === end) return [{ first, end, type: 'organization', by: 'company-form' }];
  const whole = longestPlace(c, first, end);
  if (whole && whole.end === end) return [{ first, end, type: 'place', canonical: whole.place.name, by: 'gazetteer' }];
  const head = tokens[first]!;
  // "Golfo del Messico", "Isola d'Elba", "Piazza Navona": a place head opens a place
  // (not a head that also names an office: "Prefettura di Ascoli")
  const office = pack.organizationHeads.has(head.lower) || names.seatHeads.has(head.lower);
  const ofPattern = !office && end - first >= 3 && isParticle(c, tokens[first + 1]!) && names.placeHeadsOf.has(head.lower);
  const direct = !office && end - first >= 2 && isWord(tokens[first + 1]) && names.placeHeadsDirect.has(head.lower);
  // "Stadio Mario Rossi di Torino": a place named after someone, in a town of its own
  if (direct) return splitTrailingPlace(c, first, end, 'place') ?? [{ first, end, type: 'place', by: 'place-head' }];
  if (ofPattern) return [{ first, end, type: 'place', by: 'place-head' }];
  const eventAt = tokens.slice(first, end).findIndex((t) => names.nonEntityHeads.has(t.lower));
  if (eventAt >= 0) {
    // "Festival di Sanremo": not an entity, but the place inside it is one
    const places: NameUnit[] = [];
    for (let k = first + eventAt + 1; k < end - 1; k++) {
      const place = isParticle(c, tokens[k]!) ? longestPlace(c, k + 1, end) : null;
      if (place && place.end === end) places.push({ first: k + 1, end, type: 'place', canonical: place.place.name, by: 'gazetteer' });
    }
    // ... and so is an acronym after the event's head: "Vertice NATO"
    const k = first + eventAt + 1;
    if (places.length === 0 && k === end - 1 && ACRONYM.test(tokens[k]!.text) && !names.commonAcronyms.has(tokens[k]!.lower)) {
      return [{ first: k, end, type: 'organization', by: 'acronym' }];
    }
    return places.length > 0 ? places : [{ first, end, type: null, rejected: true }];
  }
  for (let k = first; k < end; k++) {
    if (!pack.organizationHeads.has(tokens[k]!.lower) || !tokens[k]!.capitalized) continue;
    // "Lia Conti dell'Istituto Superiore di Idraulica", "Tributi del Comune di Bari": what
    // stands before the particle that opens the organisation is another name
    if (k > first + 1 && isParticle(c, tokens[k - 1]!)) return [...typeSegment(c, first, k - 1), ...typeSegment(c, k, end)];
    return splitSeat(c, k, end) ?? splitTrailingPlace(c, first, end) ?? [{ first, end, type: 'organization', by: 'organization-head' }];
  }
  return splitPlaces(c, first, end);
}

/** Cuts known places out of a stretch; what lies between them stays for the context rules. */
function splitPlaces(c: SplitContext, first: number, end: number): NameUnit[] {
  const { tokens, pack, names } = c;
  const units: NameUnit[] = [];
  let pending = -1;
  const flush = (upTo: number) => {
    if (pending < 0) return;
    let e = upTo;
    while (e > pending && (isParticle(c, tokens[e - 1]!) || tokens[e - 1]!.kind === 'punct')) e--;
    if (e > pending) units.push(shapeType({ first: pending, end: e, type: null }, c));
    pending = -1;
  };
  for (let i = first; i < end; ) {
    const token = tokens[i]!;
    if (pending < 0 && (isParticle(c, token) || token.kind === 'punct')) { i++; continue; }
    // After a particle inside a name that is not a person's, the rest is that name's: "Muro di
    // Berlino", "Ospedali Riuniti di Reggio Calabria". Inside a person opened by a given name,
    // a place only comes after a particle ("Francesco da Rio de Janeiro"; not "Hugo Chávez").
    const afterParticle = pending >= 0 && isParticle(c, tokens[i - 1]!);
    const personOpen = pending >= 0 && pack.isGivenName(tokens[pending]!.lower);
    if (afterParticle && !personOpen) {
      // ... unless the rest is a place of its own: "l'EXPO di Milano", "l'Arcidiocesi di Bologna"
      const rest = longestPlace(c, i, end);
      if (!rest || rest.end !== end || names.isCommonWordPlace(rest.place.name)) break;
      // "San Giuliano di Puglia": a saint's name and its region make a town (not "Papa San
      // Giovanni Paolo II di Roma": one name and a region only)
      if (names.honorifics.has(tokens[pending]!.lower) && units.length === 0 && i - pending === 3 && names.placeKind(rest.place.name) === 'region') {
        units.push({ first: pending, end, type: 'place', by: 'place-head' });
        pending = -1;
        i = end;
        continue;
      }
      flush(i);
      units.push({ first: i, end, type: 'place', canonical: rest.place.name, by: 'gazetteer' });
      i = end;
      continue;
    }
    // a given name that a surname follows: "Vladimir Putin", not the city of Vladimir
    const givenNameFirst = pack.isGivenName(token.lower) && i + 1 < end && isWord(tokens[i + 1]) && !longestPlace(c, i + 1, end);
    const place = (personOpen && !afterParticle) || givenNameFirst ? null : longestPlace(c, i, end);
    if (!place) {
      if (pending < 0) pending = i;
      i++;
      continue;
    }
    // "Centro Italia", "Nord Italia", "New Jersey": a direction word before a place is part of it
    const from = pending >= 0 && i - pending === 1 && names.directionWords.has(tokens[pending]!.lower) ? pending : i;
    if (from === i) flush(i);
    else pending = -1;
    let e = hyphenTail(c, place.end, end);
    // "Germania Est", "Milano Nord"
    while (e < end && names.directionWords.has(tokens[e]!.lower)) e++;
    // "Santiago de Compostela", "San Giuliano di Puglia", "Santiago del Cile": a city the run
    // continues with a particle (not a country: "in Italia di Scalzone")
    const isCity = c.names.placeKind(place.place.name) === 'city' || c.names.placeKind(place.place.name) === 'capital';
    if (units.length === 0 && from === first && e < end - 1 && isParticle(c, tokens[e]!) && isCity) e = end;
    const exact = from === i && e === place.end;
    units.push({ first: from, end: e, type: 'place', ...(exact ? { canonical: place.place.name } : {}), by: 'gazetteer' });
    i = e;
  }
  flush(end);
  return units;
}

/** Types a unit the gazetteer did not know by its shape: acronyms, given names, initials. */
function shapeType(unit: NameUnit, c: SplitContext): NameUnit {
  const { tokens, pack, names } = c;
  const head = tokens[unit.first]!;
  // "Google", "Goldman Sachs": a company or service the gazetteer knows; "la Casa Bianca": a seat for its body
  const written = c.text.slice(head.start, tokens[unit.end - 1]!.end);
  if (names.isKnownOrganization(written)) return { ...unit, type: 'organization', by: 'known-organization' };
  if (names.institutionSeats.has(mapPacked(tokens.slice(unit.first, unit.end), (t) => t.lower).join(' '))) return { ...unit, type: 'organization', by: 'institution-seat' };
  const single = unit.end - unit.first === 1 || (unit.end - unit.first === 2 && tokens[unit.first + 1]!.kind === 'number');
  const acronym = single && ACRONYM.test(mapPacked(tokens.slice(unit.first, unit.end), (t) => t.text).join(''));
  if (acronym && (names.commonAcronyms.has(head.lower) || ROMAN.test(head.text))) return { ...unit, rejected: true };
  if (acronym && names.isRoadCode(mapPacked(tokens.slice(unit.first, unit.end), (t) => t.text).join(''))) return { ...unit, type: 'place', by: 'road-code' };
  if (acronym) return { ...unit, type: 'organization', by: 'acronym' };
  // "Csm", "Pdl", "Mps": an acronym written in title case has no vowel to be a word
  if (single && /^\p{Lu}\p{Ll}{1,4}$/u.test(head.text) && !/[aeiouyàèéìòù]/u.test(head.lower)) return { ...unit, type: 'organization', by: 'acronym' };
  if (single && (names.capitalisedCommonNouns.has(head.lower) || pack.determiners.has(head.lower) || pack.stopwords.has(head.lower))) return { ...unit, rejected: true };
  if (single && ROMAN.test(head.text)) return { ...unit, rejected: true };
  const initial = head.text.length === 1 && tokens[unit.first + 1]?.text === '.' && unit.end - unit.first > 2;
  if (initial) return { ...unit, type: 'person', by: 'initial' };
  // "San Basilio", "Don Milani", "Pier Luigi Bersani"; but "San Giuliano di Puglia" is a town
  const townOf = tokens.slice(unit.first, unit.end).some((t, k) => isParticle(c, t) && longestPlace(c, unit.first + k + 1, unit.end)?.end === unit.end);
  if (!single && names.honorifics.has(head.lower) && townOf) return { ...unit, type: 'place', by: 'place-head' };
  // a saint's name is also a town's: "a San Giuliano" is a place
  if (!single && names.honorifics.has(head.lower)) return { ...unit, hint: 'person' };
  if (!single && names.givenNamePrefixes.has(head.lower)) return { ...unit, type: 'person', by: 'given-name' };
  // "De Mistura", "Di Pietro", "D'Alema": a capitalised particle and one name are an Italian surname
  if (unit.end - unit.first === 2 && head.capitalized && names.surnameParticles.has(head.lower) && isWord(tokens[unit.first + 1])) return { ...unit, type: 'person', by: 'surname' };
  // "Messaggerie Italiane", "Sinistra Italiana": a nationality inside a name of unknown words makes a body
  if (!single && !pack.isGivenName(head.lower) && tokens.slice(unit.first + 1, unit.end).some((t) => t.capitalized && pack.demonymPlace(t.lower) !== null)) {
    return { ...unit, type: 'organization', by: 'organization-head' };
  }
  if (!pack.isGivenName(head.lower)) return unit;
  if (single) return pack.lookupPlace(head.text) ? unit : { ...unit, hint: 'person' };
  return { ...unit, type: 'person', by: 'given-name' };
}

/**
 * Cuts a run of capitalised words into the entities it holds and types what it can from the
 * words alone: "Presidente del Venezuela Hugo Chávez" -> role, place Venezuela, person Hugo
 * Chávez; "Ministro del Lavoro Giuliano Poletti" -> role with its portfolio, person; a run with an
 * organisation head ("Banca d'Italia", "Nordic Council") is one organisation.
 */
export function splitNameUnits(c: SplitContext, first: number, end: number): NameUnit[] {
  const { tokens, pack, names } = c;
  let i = first;
  while (i < end && (isParticle(c, tokens[i]!) || tokens[i]!.kind === 'punct')) i++;
  const skipPortfolios = () => {
    let k = i;
    while (k < end && names.portfolios.has(tokens[k]!.lower)) k++;
    return k;
  };
  // "il ministro delle | Miniere Tomas Arvelo": the run opens with the role's portfolio
  const before = tokens[first - 1];
  const role = tokens[first - 2];
  if (before && role && isParticle(c, before) && !role.capitalized && pack.roleNouns.get(role.lower)?.type === 'person') i = skipPortfolios();
  // "Presidente", "Papa", "Ministro dell'Interno", "Presidente del | Consiglio", "Papa del Cardinale X"
  // (an honorific stays: "Don Milani", "San Basilio")
  while (i < end && pack.roleNouns.get(tokens[i]!.lower)?.type === 'person' && !names.honorifics.has(tokens[i]!.lower)) {
    i++;
    while (i < end && pack.roleModifiers.has(tokens[i]!.lower)) i++;
    // "Presidente Della Repubblica": a title may capitalise its particle
    if (i < end && pack.nameParticles.has(tokens[i]!.lower)) {
      i++;
      const k = skipPortfolios();
      if (k > i) { i = k; continue; }
      if (i < end && pack.roleNouns.get(tokens[i]!.lower)?.type === 'person') continue;
      break;
    }
  }
  if (i >= end) return [];
  const cuts = [...personStarts(c, i, end), end];
  const units: NameUnit[] = [];
  let from = i;
  for (const cut of cuts) {
    let e = cut;
    while (e > from && isParticle(c, tokens[e - 1]!)) e--;
    const segment = e > from ? typeSegment(c, from, e) : [];
    units.push(...segment);
    from = cut;
  }
  return units;
}
