import type { Token } from '../../pipeline/article.js';
import { mapPacked } from '../../text/map-packed.js';
import type { NameUnit, SplitContext } from './split-name-units.js';
import { mergeUnknownTails, typeDedicatedNames, typePairs, typeSpelledAcronyms } from './type-related-names.js';
import { wordsBefore } from './words-before.js';

type UnitType = NonNullable<NameUnit['type']>;
type Typing = { type: UnitType; by: string } | null;

/**
 * Typings that are guesses: when the occurrences of one name disagree, a typing by stronger
 * evidence outvotes them ("la società X" over "a X").
 */
const WEAK_RULES = new Set(['weak-preposition', 'role-complement', 'list', 'feminine-article', 'same-article']);
/** Typings from the name's words or the article's other mentions only, which a name given to a thing overrules. */
const GUESSES = new Set(['given-name', 'surname', 'same-article', 'speaks', 'weak-preposition', 'list', 'feminine-article', 'role-complement']);
const LIST_JOINERS = new Set([',', 'e', 'ed', 'o', 'and']);
/** The unit's words, lowercased: pushed onto a literal, one array kind for every unit (see mapPacked). */
function words(tokens: readonly Token[], unit: NameUnit): string[] {
  const own: string[] = [];
  for (let t = unit.first; t < unit.end; t++) if (tokens[t]!.kind === 'word') own.push(tokens[t]!.lower);
  return own;
}

/** Strong cues before a unit: "la società X", "la cittadina di X", "in X". */
function strongCue(unit: NameUnit, c: SplitContext): Typing {
  const { names, pack } = c;
  const { prev, prev2, prev3, adjacent } = wordsBefore(unit, c.tokens);
  if (!prev || prev.capitalized) return null;
  if (names.organizationCues.has(prev.lower)) return { type: 'organization', by: 'organization-cue' };
  // "il governo Prodi", "la giunta Moratti": the leader a body is named after
  if (adjacent && names.governmentHeads.has(prev.lower)) return { type: 'person', by: 'government-of' };
  // "nello stato indiano dell'Assam", "la città tedesca di X": a nationality between cue and name
  const nationality = prev2 !== undefined && !prev2.capitalized && pack.demonymPlace(prev2.lower) !== null;
  if (nationality && prev3 && names.ofParticles.has(prev.lower) && names.placeCues.has(prev3.lower)) return { type: 'place', by: 'place-cue' };
  // "i Gipsy Kings", "gli Yankees": a person's name takes no plural article
  if (adjacent && names.pluralArticles.has(prev.lower)) return { type: 'organization', by: 'organization-cue' };
  if (names.placeCues.has(prev.lower)) return { type: 'place', by: 'place-cue' };
  if (adjacent && names.placePrepositions.has(prev.lower)) return { type: 'place', by: 'place-preposition' };
  if (prev2 && pack.nameParticles.has(prev.lower) && names.placeCues.has(prev2.lower)) return { type: 'place', by: 'place-cue' };
  if (prev2 && names.ofParticles.has(prev.lower) && names.organizationOfCues.has(prev2.lower)) return { type: 'organization', by: 'organization-cue' };
  if (prev2 && names.ofParticles.has(prev.lower) && names.personOfCues.has(prev2.lower)) return { type: 'person', by: 'person-cue' };
  return null;
}

/** How many adjectives may stand between a descriptor noun and its name: "la compagnia aerea tedesca X". */
const MAX_ADJECTIVES = 2;

/**
 * An organisation cue behind adjectives or a complement: "la compagnia genovese X", "l'agenzia
 * di stampa giapponese X", "la società di consulenza X". The adjectives are demonyms, an
 * institution's adjectives, or words of an adjective's shape.
 */
function organizationCueBehind(unit: NameUnit, c: SplitContext): Typing {
  const { tokens, names, pack } = c;
  const sentence = tokens[unit.first]!.sentence;
  const at = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  const lower = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.capitalized;
  const adjective = (t: Token) => pack.demonymPlace(t.lower) !== null || names.organizationAdjectives.has(t.lower) ||
    (!pack.stopwords.has(t.lower) && !pack.roleNouns.has(t.lower) && names.adjectiveEndings.some((ending) => t.lower.endsWith(ending)));
  let k = unit.first - 1;
  while (k >= unit.first - MAX_ADJECTIVES && lower(at(k)) && !names.organizationCues.has(tokens[k]!.lower) && adjective(tokens[k]!)) k--;
  const noun = at(k);
  if (!lower(noun)) return null;
  const skipped = k < unit.first - 1;
  if (skipped && names.organizationCues.has(noun!.lower)) return { type: 'organization', by: 'organization-cue' };
  // "società di consulenza X": the cue's complement before the name
  const particle = at(k - 1);
  const cue = at(k - 2);
  if (lower(particle) && names.ofParticles.has(particle!.lower) && lower(cue) && names.organizationCues.has(cue!.lower) && !pack.stopwords.has(noun!.lower)) {
    return { type: 'organization', by: 'organization-cue' };
  }
  return null;
}

/** How far a copula's predicate may reach for its noun: "X è stata la prima squadra". */
const MAX_PREDICATE = 4;

/**
 * A name defined by a copula: "X è un'azienda", "X è stata la prima squadra", "X era un paese di
 * pescatori", "X è il ministro". The predicate's first noun of a kind types the name.
 */
function predicateCue(unit: NameUnit, c: SplitContext): Typing {
  const { tokens, names, pack } = c;
  const sentence = tokens[unit.first]!.sentence;
  let k = unit.end;
  const at = (i: number) => (i < tokens.length && tokens[i]!.sentence === sentence ? tokens[i] : undefined);
  let copula = false;
  while (at(k) && names.copulas.has(tokens[k]!.lower)) { copula = true; k++; }
  if (!copula) return null;
  for (const limit = k + MAX_PREDICATE; k < limit && at(k); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.capitalized) return null;
    if (names.organizationCues.has(t.lower) && pack.roleNouns.get(t.lower)?.type !== 'person') return { type: 'organization', by: 'predicate' };
    if (names.placeCues.has(t.lower)) return { type: 'place', by: 'predicate' };
    // "X è il ministro" (not "X è leader di mercato": a role with no article says what a body is too)
    if (pack.roleNouns.get(t.lower)?.type === 'person') return pack.determiners.has(tokens[k - 1]!.lower) ? { type: 'person', by: 'predicate' } : null;
    const filler = pack.determiners.has(t.lower) || names.nameAdjectiveEndings.some((e) => t.lower.endsWith(e)) || names.ordinals.has(t.lower);
    if (!filler) return null;
  }
  return null;
}

/**
 * A person by the words around the name: a nationality before it ("il filippino X", "la cantante
 * napoletana X"), an age before or after it ("il ventenne X", "X, 36 anni", "X (57 anni)"), a role
 * in apposition ("X, il ministro", "il suo avvocato, X").
 */
function personCue(unit: NameUnit, c: SplitContext): Typing {
  const { tokens, names, pack } = c;
  const sentence = tokens[unit.first]!.sentence;
  const at = (k: number) => (k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  const prev = at(unit.first - 1);
  const prev2 = at(unit.first - 2);
  const isPersonRole = (t: Token | undefined) => t !== undefined && !t.capitalized && pack.roleNouns.get(t.lower)?.type === 'person';
  if (prev && !prev.capitalized && pack.demonymPlace(prev.lower) !== null && prev2 && (pack.determiners.has(prev2.lower) || isPersonRole(prev2))) return { type: 'person', by: 'nationality-before' };
  // "il ventiseienne X"
  if (prev && !prev.capitalized && names.isAgeAdjective(prev.lower) && prev2 && pack.determiners.has(prev2.lower)) return { type: 'person', by: 'age' };
  if (prev?.text === ',' && isPersonRole(prev2)) return { type: 'person', by: 'role-apposition' };
  const next = at(unit.end);
  const next2 = at(unit.end + 1);
  const next3 = at(unit.end + 2);
  if ((next?.text === ',' || next?.text === '(') && next2?.kind === 'number' && next3 && names.ageNouns.has(next3.lower)) return { type: 'person', by: 'age' };
  if (next?.text === ',') {
    let k = unit.end + 1;
    while (at(k) && (pack.determiners.has(tokens[k]!.lower) || pack.roleModifiers.has(tokens[k]!.lower)) && k < unit.end + 3) k++;
    const noun = at(k);
    if (isPersonRole(noun)) return { type: 'person', by: 'role-apposition' };
    // "Sunnyvale, cittadina della California", "Ennahda, il partito di maggioranza"
    if (noun && !noun.capitalized && names.placeCues.has(noun.lower)) return { type: 'place', by: 'place-cue' };
    if (noun && !noun.capitalized && names.organizationCues.has(noun.lower)) return { type: 'organization', by: 'organization-cue' };
  }
  return null;
}

/** Whether a medium's cue stands before the unit, past a possessive: "su X", "sul proprio profilo X". */
function mediumBefore(unit: NameUnit, c: SplitContext): boolean {
  const { tokens, names, pack } = c;
  let k = unit.first - 1;
  while (k >= 0 && k >= unit.first - 3 && tokens[k]!.kind === 'word' && !tokens[k]!.capitalized && pack.determiners.has(tokens[k]!.lower) && !names.mediumCues.has(tokens[k]!.lower)) k--;
  const cue = tokens[k];
  return cue !== undefined && cue.sentence === tokens[unit.first]!.sentence && !cue.capitalized && names.mediumCues.has(cue.lower);
}

const INNER_CAPITAL = /^\p{Lu}?\p{Ll}+\p{Lu}/u;

/**
 * "SpaceX", "OpenLeaks", "ThyssenKrupp": a capital inside a word is a brand's, not a person's
 * (but "McCain", "DiCaprio", "LaGuardia": the name prefixes of surnames).
 */
function camelCase(unit: NameUnit, c: SplitContext): Typing {
  const word = c.tokens[unit.first]!.text;
  if (unit.end - unit.first !== 1 || !INNER_CAPITAL.test(word)) return null;
  const parts = word.match(/\p{Lu}*\p{Ll}*/gu)!.filter(Boolean).map((part) => part.toLowerCase());
  // "WineFestival", "MotoGP": an event's name
  if (c.names.surnamePrefixes.has(parts[0]!)) return null;
  if (parts.some((part) => c.names.nonEntityHeads.has(part))) {
    unit.rejected = true;
    return null;
  }
  return { type: 'organization', by: 'camel-case' };
}

/**
 * A lone known surname: "Castelli ha detto", "il cross arriva a Morandi". Weak evidence, read
 * only where the words before it say nothing against a person: no article or determiner ("il
 * Palio", "alla Sapienza": a person's surname takes none) and no lowercase noun it could be the
 * name of ("la scala Richter", "gradi Richter"); a preposition, a list's conjunction, punctuation
 * or a speech verb may stand before it.
 */
function surnameCue(unit: NameUnit, c: SplitContext): Typing {
  const { tokens, pack, names } = c;
  const word = tokens[unit.first]!;
  if (unit.end - unit.first !== 1 || word.kind !== 'word' || !names.isSurname(word.lower)) return null;
  const before = tokens[unit.first - 1];
  if (before === undefined || before.sentence !== word.sentence || before.kind !== 'word' || before.capitalized) return { type: 'person', by: 'surname' };
  if (names.definiteArticles.has(before.lower) || pack.determiners.has(before.lower)) return null;
  // a preposition, a conjunction of a list, a speech verb; not "come" ("armi come X": things named as examples)
  const functionWord = pack.prepositions.has(before.lower) || LIST_JOINERS.has(before.lower) || pack.cueOf(before.lower)?.sense === 'speech';
  return functionWord ? { type: 'person', by: 'surname' } : null;
}

/** "a X": a place, unless the article knows X otherwise ("a Rossi" after "Mario Rossi"). */
function weakPreposition(unit: NameUnit, c: SplitContext): Typing {
  const { prev, adjacent } = wordsBefore(unit, c.tokens);
  return prev && !prev.capitalized && adjacent && c.names.weakPlacePrepositions.has(prev.lower) ? { type: 'place', by: 'weak-preposition' } : null;
}

const PHRASE_END = /^[.,;:()]$/u;

/**
 * "il carcere di X.", "gli abitanti di X,": a single unknown name after "di" that ends its phrase
 * is most often a place (a person or a body named so was typed by the article before).
 */
function weakOf(unit: NameUnit, c: SplitContext, anyLength = false): Typing {
  const { tokens, names } = c;
  const { prev, adjacent } = wordsBefore(unit, tokens);
  const next = tokens[unit.end];
  const ends = next === undefined || next.sentence !== tokens[unit.first]!.sentence || PHRASE_END.test(next.text);
  return (anyLength || unit.end - unit.first === 1) && adjacent && prev && !prev.capitalized && names.weakPlaceOfPrepositions.has(prev.lower) && ends ? { type: 'place', by: 'weak-preposition' } : null;
}

/** A saint's name after a preposition of place or origin: "da San Babila", "a San Siro". */
function saintPlace(unit: NameUnit, c: SplitContext): Typing {
  const { prev, adjacent } = wordsBefore(unit, c.tokens);
  if (!prev || !adjacent || prev.capitalized) return null;
  return c.names.locativePrepositions.has(prev.lower) || c.names.originPrepositions.has(prev.lower) ? { type: 'place', by: 'saint-place' } : null;
}

/** Weaker cues: "il presidente della X" (a body), "il sindaco di X" (a place). */
function weakCue(unit: NameUnit, c: SplitContext): Typing {
  const { names, pack } = c;
  const { prev, prev2 } = wordsBefore(unit, c.tokens);
  if (!prev || prev.capitalized) return null;
  if (!prev2 || !pack.nameParticles.has(prev.lower)) return null;
  if (pack.roleNouns.get(prev2.lower)?.type !== 'person') return null;
  return names.placeRoles.has(prev2.lower) ? { type: 'place', by: 'role-complement' } : { type: 'organization', by: 'role-complement' };
}

/** A name that speaks: "X ha detto", "ha detto X". */
function speaks(unit: NameUnit, c: SplitContext): boolean {
  const { tokens, pack } = c;
  // "scrive Il Tempo": a name that opens with an article is a newspaper's or a band's, not a
  // person's; and one after an article, a body's ("l'Enpa protesta")
  const article = tokens[unit.first - 1];
  if (c.names.definiteArticles.has(tokens[unit.first]!.lower) || (article && article.end === tokens[unit.first]!.start && c.names.definiteArticles.has(article.lower))) return false;

  const sentence = tokens[unit.first]!.sentence;
  let j = unit.end;
  while (j < tokens.length && j < unit.end + 4 && (pack.auxiliaries.has(tokens[j]!.lower) || pack.adverbs.has(tokens[j]!.lower))) j++;
  const after = tokens[j];
  if (after !== undefined && after.sentence === sentence && pack.cueOf(after.lower)?.sense === 'speech') return true;
  // the subject after its cue: "ha detto Medvedev", "spiega Maroni"
  const before = tokens[unit.first - 1];
  const next = tokens[unit.end];
  const closes = next === undefined || next.sentence !== sentence || !next.capitalized;
  return before !== undefined && before.sentence === sentence && !before.capitalized && pack.cueOf(before.lower)?.sense === 'speech' && closes;
}

const BRACKETED_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{0,5}$|^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * A name in brackets right after a name. After a town an acronym is the province's code
 * ("Stroppiana (VC)", although it reads as a Roman numeral); after a person, or after a region or
 * a country (which have no province), it is the party or the body the person stands for: "Carla
 * Neri (PD)", "Castelli (Azione)", "Puglia (FI)" in a list of results. The name before a party is
 * a person's when it ends in a known surname. A party's name is never a person.
 */
function bracketedAfterName(before: NameUnit | undefined, unit: NameUnit, c: SplitContext): Typing {
  const { tokens, names, pack } = c;
  const word = tokens[unit.first]!;
  const name = before !== undefined && before.end === unit.first - 1 && !before.rejected ? before : undefined;
  if (!name || word.kind !== 'word' || !word.capitalized) return null;
  const acronym = BRACKETED_ACRONYM.test(word.text);
  const kind = name.canonical ? names.placeKind(name.canonical) : null;
  const surname = !name.type && names.isSurname(tokens[name.end - 1]!.lower);
  const person = name.type === 'person' || name.hint === 'person' || surname;
  if (!person && kind !== 'country' && kind !== 'region') return acronym && names.isProvinceCode(word.text) ? { type: 'place', by: 'province-code' } : null;
  if (!person && name.type !== 'place') return null;
  // "Rossi (Bologna)", "Rossi (Mario)": a birthplace or a given name in brackets is no party
  const party = acronym ? word.text.length > 1 : !pack.isGivenName(word.lower) && pack.lookupPlace(word.text) === null && pack.demonymPlace(word.lower) === null;
  if (!party || unit.type === 'place' || unit.type === 'person') return null;
  if (surname) Object.assign(name, { type: 'person', by: 'party-member' });
  return { type: 'organization', by: 'party' };
}

/**
 * Who speaks: a person, but a body where an article stands before a name of several words ("il
 * Corriere della Sera scrive", "il Consiglio Superiore ha detto"): a person's full name takes none.
 */
function speakerType(unit: NameUnit, c: SplitContext): Typing {
  const article = c.tokens[unit.first - 1];
  const articled = article !== undefined && unit.end - unit.first > 1 && article.sentence === c.tokens[unit.first]!.sentence && c.names.definiteArticles.has(article.lower);
  return articled ? { type: 'organization', by: 'speaks' } : { type: 'person', by: 'speaks' };
}

/** Lists of names: "Kufa, Falluja e Ramadi", "Tartuca, Bruco e Nicchio". Units joined by a comma or a conjunction. */
function listsOf(units: readonly NameUnit[], tokens: readonly Token[]): NameUnit[][] {
  const lists: NameUnit[][] = [];
  let current: NameUnit[] = [];
  let conjunction = false;
  const close = () => {
    // two names and a comma are often a name and its apposition ("Florida, Jeb Bush"): not a list
    if (current.length >= 3 || (current.length === 2 && conjunction)) lists.push(current);
    current = [];
    conjunction = false;
  };
  units.forEach((unit, i) => {
    const before = units[i - 1];
    const joined = before !== undefined && !before.rejected && unit.first - before.end === 1 && LIST_JOINERS.has(tokens[before.end]!.lower);
    if (!joined || unit.rejected) close();
    if (joined && tokens[before!.end]!.text !== ',') conjunction = true;
    if (!unit.rejected) current.push(unit);
  });
  close();
  return lists;
}

/**
 * What an article's typed occurrences of one name say of its type: the votes of the current
 * count, in the order the types were first voted for, and the type the last counts settled on.
 */
interface Tally {
  types: UnitType[];
  counts: number[];
  settled: UnitType | undefined;
}

function vote(tally: Tally, type: UnitType, weight: number): void {
  const at = tally.types.indexOf(type);
  if (at < 0) {
    tally.types.push(type);
    tally.counts.push(weight);
  } else tally.counts[at]! += weight;
}

/** The type with the most votes; of equals, the first voted for. */
function mostVoted(tally: Tally): UnitType {
  let best = 0;
  for (let i = 1; i < tally.counts.length; i++) if (tally.counts[i]! > tally.counts[best]!) best = i;
  return tally.types[best]!;
}

/**
 * Types the names the words alone left open, from their context and from the rest of the
 * article. Strong evidence first: the words before it ("la società X", "la cittadina di X", "in
 * X"), a speech cue, a province code in brackets ("Vernio (PO)"). Then what the article says
 * elsewhere: a known person's name ("Lavrov" after "Sergei Lavrov"), the same name typed
 * elsewhere, a lone given name. Then weak evidence ("a X", "il presidente della X") and typed
 * neighbours in a list. What stays unknown is not a mention.
 */
export function typeUnknownNames(units: NameUnit[], c: SplitContext): void {
  const { tokens, names } = c;
  const open = (unit: NameUnit) => !unit.type && !unit.rejected;
  const set = (unit: NameUnit, typing: Typing) => { if (typing) Object.assign(unit, typing); };
  // names the article gives to a storm, a ship or an animal ("l'uragano Sandy"): not an actor anywhere
  // in it (a film's title may be its character's name too: "il telefilm Arnold", "Arnold" the character)
  const namedThings = new Set<string>();
  units.forEach((unit, i) => {
    const bracketed = unit.end - unit.first === 1 && tokens[unit.first - 1]?.text === '(' && tokens[unit.end]?.text === ')';
    const named = bracketed ? bracketedAfterName(units[i - 1], unit, c) : null;
    if (named) Object.assign(unit, named, { rejected: false });
  });
  for (const unit of units) {
    if (unit.by === 'province-code' || unit.by === 'party') continue;
    if (unit.rejected) continue;
    // "l'uragano Ike", "la nave Concordia", "il film Fences": a name, but of nothing we track
    const { prev, adjacent } = wordsBefore(unit, tokens);
    // "la società Urban Screen": a body's descriptor outweighs a given name's words
    if (prev && adjacent && !prev.capitalized && names.organizationCues.has(prev.lower) && (unit.by === 'given-name' || unit.by === 'surname') && unit.end - unit.first > 1) {
      set(unit, { type: 'organization', by: 'organization-cue' });
      continue;
    }
    // "un post su Facebook", "sul proprio profilo Twitter": a service used as a medium is no actor
    if (unit.by === 'known-organization' && mediumBefore(unit, c)) {
      Object.assign(unit, { type: null, rejected: true });
      continue;
    }
    // "i Gipsy Kings": a plural article makes a band or a team even of a given name's words
    if (prev && adjacent && !prev.capitalized && names.pluralArticles.has(prev.lower) && unit.by === 'given-name' && unit.end - unit.first > 1) {
      set(unit, { type: 'organization', by: 'organization-cue' });
      continue;
    }
    // "la scuola «Francesco Neri»", "lo stadio «Mario Rossi»": a quoted name a place or a body is named after
    if (prev && !adjacent && !prev.capitalized && names.dedicationHeads.has(prev.lower) && (!unit.type || unit.by === 'given-name')) {
      set(unit, { type: names.placeHeadsDirect.has(prev.lower) ? 'place' : 'organization', by: 'dedication' });
      continue;
    }
    if (prev && !prev.capitalized && names.nonEntityCues.has(prev.lower) && unit.by !== 'known-organization') {
      Object.assign(unit, { type: null, rejected: true });
      if (names.namedThingCues.has(prev.lower)) namedThings.add(words(tokens, unit).join(' '));
      continue;
    }
    // "Uragano Sandy", "Ciclone Cleopatra": the cue capitalised at the head of the run
    if (unit.end - unit.first > 1 && names.namedThingCues.has(tokens[unit.first]!.lower) && unit.by !== 'known-organization') {
      Object.assign(unit, { type: null, rejected: true });
      namedThings.add(words(tokens, { ...unit, first: unit.first + 1 }).join(' '));
      continue;
    }
    if (open(unit)) set(unit, strongCue(unit, c) ?? organizationCueBehind(unit, c) ?? personCue(unit, c) ?? predicateCue(unit, c) ?? camelCase(unit, c) ?? surnameCue(unit, c));
  }
  typePairs(units, c);
  typeDedicatedNames(units, c, (unit, from = unit.first) => tokens.slice(from, unit.end).filter((t) => t.kind === 'word').map((t) => t.lower).join(' '));
  // the type a name has elsewhere in the article: the one most of its typed occurrences have.
  // Spans do not change while types are settled: each unit's words, and the tally its name
  // shares with the other units of that name, are found once, by the unit's place in `units`.
  const tallies = new Map<string, Tally>();
  const entries = mapPacked(units, (unit) => {
    const own = words(tokens, unit);
    const key = own.join(' ');
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { types: [], counts: [], settled: undefined }));
    return { own, tally, canLeadCompany: undefined as boolean | undefined };
  });
  // "Adobe" of "Adobe Systems" can name the company alone: no head, article, place or given name
  const canLeadCompany = (head: Token) => head.capitalized && !c.pack.organizationHeads.has(head.lower) && !names.definiteArticles.has(head.lower) &&
    !c.pack.lookupPlace(head.text) && !c.pack.isGivenName(head.lower);
  const personWords = new Set<string>();
  const surnames = new Set<string>();
  // "Adobe" after "Adobe Systems": the first word of a company's name, if it is no head or article
  const organizationFirstWords = new Set<string>();
  const fromArticle = () => {
    for (const tally of tallies.values()) tally.types.length = tally.counts.length = 0;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (!unit.type || unit.rejected) continue;
      const entry = entries[i]!;
      const { own } = entry;
      vote(entry.tally, unit.type, WEAK_RULES.has(unit.by ?? '') ? 1 : 2);
      if (unit.type === 'organization' && own.length > 1 && (entry.canLeadCompany ??= canLeadCompany(tokens[unit.first]!))) organizationFirstWords.add(own[0]!);
      if (unit.type !== 'person') continue;
      for (const w of own) personWords.add(w);
      if (own.length > 1) surnames.add(own[own.length - 1]!);
    }
    // a name no unit votes for now keeps the type an earlier count settled on
    for (const tally of tallies.values()) if (tally.types.length > 0) tally.settled = mostVoted(tally);
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (unit.rejected || (unit.type && unit.by !== 'gazetteer')) continue;
      const { own, tally } = entries[i]!;
      // "la Houston" after "Whitney Houston": a surname the gazetteer also knows as a town
      const surname = unit.by === 'gazetteer' && own.length === 1 && surnames.has(own[0]!) && !strongCue(unit, c) && !weakPreposition(unit, c);
      if (!open(unit) && !surname) continue;
      const type = own.every((w) => personWords.has(w)) ? 'person' : tally.settled ?? (own.length === 1 && organizationFirstWords.has(own[0]!) ? 'organization' : undefined);
      if (type) set(unit, { type, by: 'same-article' });
    }
  };
  const fromLists = () => {
    for (const list of listsOf(units, tokens)) {
      // only a list whose typed names agree: "Bob Marley, i Queen, Parigi" says nothing
      const types = new Set(list.flatMap((u) => (u.type ? [u.type] : [])));
      if (types.size === 1) for (const unit of list) if (open(unit)) set(unit, { type: [...types][0]!, by: 'list' });
    }
  };
  fromArticle();
  fromLists();
  for (const unit of units) if (open(unit)) set(unit, weakPreposition(unit, c));
  // a lone given name is a person's unless an article stands before it: "il Mac", "un Oscar"
  for (const unit of units) {
    if (!open(unit) || !unit.hint) continue;
    const { prev, adjacent } = wordsBefore(unit, tokens);
    if ((adjacent && prev && c.pack.determiners.has(prev.lower)) || (adjacent && prev && names.definiteArticles.has(prev.lower))) continue;
    // "di San Giuliano.", "parte da San Babila", "a San Siro": a saint's name after a preposition
    // of place is a town's, a quarter's or a stop's ("San Francesco è il patrono" stays the saint)
    const saint = names.honorifics.has(tokens[unit.first]!.lower) && unit.end - unit.first > 1 ? weakOf(unit, c, true) ?? saintPlace(unit, c) : null;
    set(unit, saint ?? { type: unit.hint, by: 'given-name' });
  }
  for (const unit of units) if (open(unit)) set(unit, weakCue(unit, c) ?? (speaks(unit, c) ? speakerType(unit, c) : null) ?? weakOf(unit, c));
  fromArticle();
  fromLists();
  fromArticle();
  typeSpelledAcronyms(units, c, (unit) => c.text.slice(tokens[unit.first]!.start, tokens[unit.end - 1]!.end));
  fromArticle();
  // last: a lone unknown name after a feminine article is a company or a body ("la Consob")
  for (const unit of units) {
    if (!open(unit) || unit.end - unit.first !== 1) continue;
    const { prev, adjacent } = wordsBefore(unit, tokens);
    if (adjacent && prev && names.feminineArticles.has(prev.lower)) set(unit, { type: 'organization', by: 'feminine-article' });
  }
  fromArticle();
  // "l'uragano Sandy ... Sandy ha colpito": the later bare mentions are the storm's, unless a
  // cue of their own (a role before, a place cue) typed them
  if (namedThings.size > 0) {
    for (const unit of units) {
      if (unit.rejected || !unit.type || !GUESSES.has(unit.by ?? '')) continue;
      if (namedThings.has(words(tokens, unit).join(' '))) Object.assign(unit, { type: null, rejected: true });
    }
  }
  mergeUnknownTails(units, c);
}
