import type { LocativeWords } from '../locative-words.js';

/** English prepositions of place: "in Kursk", "in the Kursk region", "near Kharkiv". */
export const englishLocatives: LocativeWords = {
  prepositions: ['in', 'in the', 'at', 'near', 'outside', 'across', 'throughout', 'inside'],
  placeNouns: ['region', 'province', 'city', 'area', 'district', 'state', 'county', 'oblast', 'town', 'village'],
  nounLinks: ['of'],
};
