import type { LanguagePack } from '../types.js';
import { italianAuxiliaries, italianComplementizers, italianCueForms, italianCueParticiples, italianCueParticles } from './cue-verbs.js';
import {
  italianAbbreviations, italianAccordingTo, italianClauseOpeners, italianAdverbs, italianCiting, italianDeterminers, italianNameParticles,
  italianPrepositions, italianRelativePronouns, italianStopwords, italianSubjectPronouns,
} from './function-words.js';
import { cityByName, countryByCode, countryByName, findDemonymCountry, isFirstName, italianAreaByName, regionByAdjective, regionByName, toGazetteerKey } from './gazetteer/index.js';
import { italianNameWords } from './name-words.js';
import { italianNumberLexicon } from './numbers.js';
import { withoutClitic } from './clitics.js';
import { italianOrganizationHeads, italianRoleModifiers, italianRoleNouns, italianTitleTriggers } from './roles.js';
import { italianBoilerplate } from './boilerplate.js';

type PlaceReading = { name: string; countryName: string | null } | null;

function readPlace(name: string): PlaceReading {
  const key = toGazetteerKey(name); // once, not once per gazetteer
  const country = countryByName.get(key);
  if (country) return { name: country.name, countryName: country.name };
  const region = regionByName.get(key);
  if (region) return { name: region.name, countryName: region.countryCode ? countryByCode.get(region.countryCode)?.name ?? null : null };
  const city = cityByName.get(key);
  if (city) return { name: city.name, countryName: countryByCode.get(city.capitalOf ?? city.countryCode)?.name ?? null };
  const area = italianAreaByName.get(key);
  if (area) return { name: area.name, countryName: 'Italia' };
  return null;
}

// The mentions stage asks for every span of up to five capitalised words, and the same names
// come back all through an article: readings are remembered (read-only objects; bounded, so an
// archive run never grows it).
const PLACE_CACHE_LIMIT = 20_000;
const places = new Map<string, PlaceReading>();

function lookupPlace(name: string): PlaceReading {
  let place = places.get(name);
  if (place === undefined) {
    if (places.size >= PLACE_CACHE_LIMIT) places.clear();
    place = readPlace(name);
    places.set(name, place);
  }
  return place;
}

/** The Italian language pack: data in the files beside this one, gazetteers generated from open data. */
export const italian: LanguagePack = {
  code: 'it',
  cueForms: italianCueForms,
  cueParticiples: italianCueParticiples,
  cueOf: (word) => italianCueForms.get(word) ?? withoutClitic(word).map((form) => italianCueForms.get(form)).find(Boolean),
  cueParticles: italianCueParticles,
  auxiliaries: italianAuxiliaries,
  complementizers: italianComplementizers,
  accordingTo: italianAccordingTo,
  citing: italianCiting,
  clauseOpeners: italianClauseOpeners,
  relativePronouns: italianRelativePronouns,
  subjectPronouns: italianSubjectPronouns,
  determiners: italianDeterminers,
  prepositions: italianPrepositions,
  stopwords: italianStopwords,
  abbreviations: italianAbbreviations,
  roleNouns: italianRoleNouns,
  roleModifiers: italianRoleModifiers,
  organizationHeads: italianOrganizationHeads,
  nameParticles: italianNameParticles,
  titleTriggers: italianTitleTriggers,
  adverbs: italianAdverbs,
  numbers: italianNumberLexicon,
  boilerplate: italianBoilerplate,
  names: italianNameWords,
  demonymPlace: (word) => findDemonymCountry(word)?.name ?? regionByAdjective.get(toGazetteerKey(word))?.name ?? null,
  lookupPlace,
  isGivenName: (word) => isFirstName(word),
};
