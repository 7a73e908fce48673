import type { LocativeWords } from '../locative-words.js';

const list = (words: string): string[] => words.trim().split(/\s*\|\s*|\n\s*/).filter(Boolean);

/**
 * Italian prepositions of place. "a" and "ad" locate before a city ("a Mosca"); their articulated
 * forms ("all'Ucraina", "al governo") mostly mark a target or a recipient, so they are left out.
 */
export const italianLocatives: LocativeWords = {
  prepositions: list(`in|nel|nello|nella|nell'|nei|negli|nelle|a|ad|presso|vicino a|nei pressi di|nei dintorni di|alle porte di
    lungo|sul territorio di|sul fronte di`),
  placeNouns: list(`regione|provincia|città|cittadina|capitale|area|zona|oblast|distretto|comune|territorio|contea|stato|repubblica
    villaggio|paese|quartiere|porto|valle|isola|penisola|striscia|governatorato`),
  nounLinks: list("di|del|della|dello|dell'|d'"),
};
