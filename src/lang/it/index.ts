import type { LanguagePack } from '../types.js';
import { boundedMemo } from '../../text/bounded-memo.js';
import { italianClauseWords } from './clause-words.js';
import { italianDocumentNouns, italianEmptyObjects, italianAuxiliaries, italianComplementizers, italianCueForms, italianCueParticiples, italianCueParticles } from './cue-verbs.js';
import {
  italianAbbreviations, italianAccordingTo, italianClauseOpeners, italianAdverbs, italianCiting, italianDeterminers, italianNameParticles,
  italianPrepositions, italianRelativePronouns, italianStopwords, italianSubjectPronouns,
} from './function-words.js';
import {
  cityByName, countryByCode, countryByName, findDemonymCountry, foreignRegionByName, isFirstName, italianAreaByName, regionByAdjective, regionByName,
  toGazetteerKey,
} from './gazetteer/index.js';
import { italianNameWords } from './name-words.js';
import { italianNumberLexicon } from './numbers.js';
import { withoutClitic } from './clitics.js';
import { italianOrganizationHeads, italianRoleModifiers, italianRoleSynonyms, italianRoleNouns, italianTitleTriggers } from './roles.js';
import { italianBoilerplate } from './boilerplate.js';
import { italianLocatives } from './locatives.js';
import { italianTimeLexicon } from './time-words.js';

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
  // "Texas", "Baviera": after the cities, which keep "Washington" and "New York"
  const foreign = foreignRegionByName.get(key);
  if (foreign) return { name: foreign.name, countryName: foreign.countryCode ? countryByCode.get(foreign.countryCode)?.name ?? null : null };
  return null;
}

// The stages ask the same questions about the same words all through an article: every
// capitalised word is tried as a given name and a place (every span of up to five of them), every
// word as a cue verb and a demonym. Answers are remembered (read-only, bounded).
const lookupPlace = boundedMemo(readPlace);
const cueOf = boundedMemo((word: string) => italianCueForms.get(word) ?? withoutClitic(word).map((form) => italianCueForms.get(form)).find(Boolean));
const demonymPlace = boundedMemo((word: string) => findDemonymCountry(word)?.name ?? regionByAdjective.get(toGazetteerKey(word))?.name ?? null);
const isGivenName = boundedMemo((word: string) => isFirstName(word));

/** The Italian language pack: data in the files beside this one, gazetteers generated from open data. */
export const italian: LanguagePack = {
  code: 'it',
  cueForms: italianCueForms,
  cueParticiples: italianCueParticiples,
  cueOf,
  cueParticles: italianCueParticles,
  auxiliaries: italianAuxiliaries,
  complementizers: italianComplementizers,
  accordingTo: italianAccordingTo,
  citing: italianCiting,
  clauseOpeners: italianClauseOpeners,
  passiveAuxiliaries: new Set('è sono era erano sarà saranno sarebbe sarebbero sia siano fosse fossero stato stata stati state viene vengono venne vennero veniva venivano'.split(' ')),
  agentPrepositions: new Set(['da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'"]),
  impersonalClitics: new Set(['si']),
  relativePronouns: italianRelativePronouns,
  subjectPronouns: italianSubjectPronouns,
  baseFormIsPresent: false,
  // "sull'incremento", "per l'ennesimo uso", and a dative before the object: "consigliando agli autori un programma"
  objectPrepositions: new Set(['su', 'sul', 'sulla', "sull'", 'sui', 'sugli', 'sulle', 'per', 'contro', 'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'"]),
  determiners: italianDeterminers,
  prepositions: italianPrepositions,
  stopwords: italianStopwords,
  abbreviations: italianAbbreviations,
  roleNouns: italianRoleNouns,
  roleModifiers: italianRoleModifiers,
  roleSynonyms: italianRoleSynonyms,
  organizationHeads: italianOrganizationHeads,
  nameParticles: italianNameParticles,
  titleTriggers: italianTitleTriggers,
  adverbs: italianAdverbs,
  clauses: italianClauseWords,
  emptyObjects: italianEmptyObjects,
  documentNouns: italianDocumentNouns,
  numbers: italianNumberLexicon,
  time: italianTimeLexicon,
  locatives: italianLocatives,
  boilerplate: italianBoilerplate,
  names: italianNameWords,
  demonymPlace,
  lookupPlace,
  isGivenName,
};
