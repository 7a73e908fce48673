import type { LanguagePack } from '../types.js';
import { italianAuxiliaries, italianComplementizers, italianCueForms, italianCueParticles } from './cue-verbs.js';
import {
  italianAbbreviations, italianAccordingTo, italianAdverbs, italianCiting, italianDeterminers, italianNameParticles,
  italianPrepositions, italianRelativePronouns, italianStopwords, italianSubjectPronouns,
} from './function-words.js';
import { countryByCode, findCity, findCountry, findDemonymCountry, isFirstName, italianAreaByName, regionByAdjective, regionByName, toGazetteerKey } from './gazetteer/index.js';
import { italianNumberLexicon } from './numbers.js';
import { withoutClitic } from './clitics.js';
import { italianOrganizationHeads, italianRoleModifiers, italianRoleNouns, italianTitleTriggers } from './roles.js';

function lookupPlace(name: string): { name: string; countryName: string | null } | null {
  const country = findCountry(name);
  if (country) return { name: country.name, countryName: country.name };
  const region = regionByName.get(toGazetteerKey(name));
  if (region) return { name: region.name, countryName: region.countryCode ? countryByCode.get(region.countryCode)?.name ?? null : null };
  const city = findCity(name);
  if (city) return { name: city.name, countryName: countryByCode.get(city.capitalOf ?? city.countryCode)?.name ?? null };
  const area = italianAreaByName.get(toGazetteerKey(name));
  if (area) return { name: area.name, countryName: 'Italia' };
  return null;
}

/** The Italian language pack: data in the files beside this one, gazetteers generated from open data. */
export const italian: LanguagePack = {
  code: 'it',
  cueForms: italianCueForms,
  cueOf: (word) => italianCueForms.get(word) ?? withoutClitic(word).map((form) => italianCueForms.get(form)).find(Boolean),
  cueParticles: italianCueParticles,
  auxiliaries: italianAuxiliaries,
  complementizers: italianComplementizers,
  accordingTo: italianAccordingTo,
  citing: italianCiting,
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
  demonymPlace: (word) => findDemonymCountry(word)?.name ?? regionByAdjective.get(toGazetteerKey(word))?.name ?? null,
  lookupPlace,
  isGivenName: (word) => isFirstName(word),
};
