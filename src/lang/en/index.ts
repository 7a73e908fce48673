import { findCity, findCountry, isFirstName } from '../it/gazetteer/index.js';
import type { LanguagePack, RoleNoun } from '../types.js';
import { englishCueForms, englishCueOf, englishCueParticles } from './cue-verbs.js';
import { englishNumberLexicon } from './numbers.js';
import { englishTimeLexicon } from './time-words.js';
import { englishLocatives } from './locatives.js';
import { tagEnglishNames } from './tag-names.js';
import {
  englishAbbreviations, englishAdverbs, englishGroupRoles, englishHonorifics, englishPersonRoles, englishAuxiliaries, englishDeterminers, englishNameParticles, englishOrganizationHeads,
  englishPrepositions, englishRoleModifiers, englishRoleNouns, englishStopwords, englishTitleTriggers,
} from './words.js';
import { englishBoilerplate } from './boilerplate.js';
import { englishReportedContent } from '../../stages/attributions/en-reported-content.js';
import { englishPronounSubject } from '../../stages/attributions/en-pronoun-speaker.js';


/** The English language pack: cue verbs, function words and number words of English news. */
export const english: LanguagePack = {
  code: 'en',
  cueForms: englishCueForms,
  // English past forms stand alone ("she said"): no participle needs an auxiliary to be a cue.
  cueParticiples: new Set<string>(),
  cueOf: englishCueOf,
  cueParticles: englishCueParticles,
  auxiliaries: englishAuxiliaries,
  complementizers: new Set(['that', 'to', 'if', 'whether']),
  accordingTo: [['according', 'to']],
  citing: [['citing'], ['quoting']],
  passiveAuxiliaries: new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']),
  agentPrepositions: new Set(['by']),
  impersonalClitics: new Set<string>(),
  clauseOpeners: [['but'], ['while'], ['although'], ['though'], ['after'], ['when'], ['whereas']],
  relativePronouns: [['who'], ['which'], ['that']],
  subjectPronouns: new Set(['he', 'she', 'they', 'we', 'i']),
  baseFormIsPresent: true,
  objectPrepositions: new Set(['to']),
  determiners: englishDeterminers,
  prepositions: englishPrepositions,
  stopwords: englishStopwords,
  abbreviations: englishAbbreviations,
  roleNouns: new Map<string, RoleNoun>([
    ...[...englishRoleNouns].map((head) => [head, { head, type: englishPersonRoles.has(head) ? ('person' as const) : ('organization' as const) }] as const),
    ...[...englishGroupRoles].map((head) => [head, { head, type: 'group' as const }] as const),
  ]),
  roleModifiers: englishRoleModifiers,
  organizationHeads: englishOrganizationHeads,
  nameParticles: englishNameParticles,
  titleTriggers: englishTitleTriggers,
  adverbs: englishAdverbs,
  numbers: englishNumberLexicon,
  time: englishTimeLexicon,
  locatives: englishLocatives,
  boilerplate: englishBoilerplate,
  demonymPlace: () => null,
  // The gazetteer's keys include names shared by both languages (Russia, Iran, London...).
  lookupPlace: (name) => {
    const country = findCountry(name);
    if (country) return { name: country.name, countryName: country.name };
    const city = findCity(name);
    return city && !city.commonWord ? { name: city.name, countryName: null } : null;
  },
  tagNames: tagEnglishNames,
  reportedContent: englishReportedContent,
  joinsSplitQuotes: true,
  pronounSubject: englishPronounSubject,
  honorifics: englishHonorifics,
  isGivenName: (word) => isFirstName(word),
};
