/**
 * Words that put something in a place: the claim-settings stage takes a place mentioned after them
 * as where a claim holds ("schierati nella regione di Kursk"), and no other place ("secondo
 * Washington" names a source, "l'assalto all'Ucraina" a target). Lowercase; an elided form keeps
 * its apostrophe ("nell'") and may touch the name.
 */
export interface LocativeWords {
  /** Prepositions of place: "in", "nel", "a" (before cities), "presso", "vicino a". */
  prepositions: readonly string[];
  /** Nouns that may stand between the preposition and the name: "regione", "provincia", "oblast". */
  placeNouns: readonly string[];
  /** Words that join such a noun to the name: "di", "del". */
  nounLinks: readonly string[];
}
