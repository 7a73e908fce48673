/**
 * The words a language gives the name rules of the mentions stage: head nouns that make a name a
 * place or an organisation, words that type the name after them, adjectives that stay inside a
 * name, and capitalised words that are not names. All lowercased. Data only: the rules live in
 * src/stages/mentions.
 *
 * @example
 * names.placeHeadsOf.has('provincia') // "provincia di Pavia" is one place name
 */
export interface NameLexicon {
  /** Heads whose "di + Name" is one place name: "provincia di Pavia", "golfo del Messico", "isola d'Elba". */
  placeHeadsOf: ReadonlySet<string>;
  /** Heads followed straight by a name that form one place name: "aeroporto Marconi", "fiume Po", "piazza Navona". */
  placeHeadsDirect: ReadonlySet<string>;
  /** Lowercase heads whose "di + Name" is one organisation name: "università di Padova". */
  organizationHeadsOf: ReadonlySet<string>;
  /** Lowercase heads followed straight by a name that form one organisation name: "fondazione Telethon", "regione Toscana". */
  organizationHeadsDirect: ReadonlySet<string>;
  /**
   * Organisation heads whose "di + City" names the city the office sits in, not the office: in
   * "Procura di Napoli" the organisation is the Procura and Napoli is a place of its own.
   */
  seatHeads: ReadonlySet<string>;
  /** Heads that take a person's name as the name of a place or body: "Piazza Giuseppe Garibaldi", "Istituto Enrico Fermi". */
  dedicationHeads: ReadonlySet<string>;
  /** Nouns before a name that make it an organisation: "la società X", "il quotidiano X". */
  organizationCues: ReadonlySet<string>;
  /**
   * Descriptor nouns that stand for a named body, in groups of one kind: "l'azienda" may be the
   * company the article called "la società Alfa"; "il partito", the "Partito Democratico".
   */
  organizationKinds: readonly (readonly string[])[];
  /** Descriptors of companies: a well-known company fits them ("Google ... l'azienda"). */
  companyDescriptors: ReadonlySet<string>;
  /** Nouns whose "di + Name" is an organisation: "i dipendenti di X", "l'acquisizione di X", "la sede di X". */
  organizationOfCues: ReadonlySet<string>;
  /** Nouns whose "di + Name" is a person: "la moglie di X", "il figlio di X". */
  personOfCues: ReadonlySet<string>;
  /** Feminine singular articles: an unknown name after one is a company or a body ("la Fiat", "dalla Consob"); women's surnames are the exception the article's persons catch first. */
  feminineArticles: ReadonlySet<string>;
  /** Nouns before a name (with or without "di") that make it a place: "la cittadina di X", "in località X". */
  placeCues: ReadonlySet<string>;
  /** Prepositions after which a bare name is a place: "in X". */
  placePrepositions: ReadonlySet<string>;
  /** Prepositions after which a bare name is a place unless the article knows it otherwise: "a X" ("a Roma", "a Rossi"). */
  weakPlacePrepositions: ReadonlySet<string>;
  /** Prepositions after which a bare name that ends its phrase is a place unless the article knows it otherwise: "il carcere di X.", "gli abitanti di X,". */
  weakPlaceOfPrepositions: ReadonlySet<string>;
  /** Adjectives that stay inside an organisation's name after its head: "Commissione europea", "Corte suprema". */
  organizationAdjectives: ReadonlySet<string>;
  /** Endings of adjectives that stay in a body's name after its head, participles left out: "Curia diocesana", "Borsa economica". */
  nameAdjectiveEndings: readonly string[];
  /** Nouns of a match, in whose sentence the sides named are teams: "la partita", "la finale", "il derby". */
  matchCues: ReadonlySet<string>;
  /** Words of a match report beside the match nouns: its verbs and its results ("batte", "gol", "classifica", "allenatore"). */
  matchReportWords: ReadonlySet<string>;
  /** Bare definite articles: "la Francia" in a match report is its team, "alla Francia" may be the country. */
  bareArticles: ReadonlySet<string>;
  /** Words that open a sports club's name before a town: "Real Madrid", "Maccabi Haifa", "Dinamo Kiev". */
  clubPrefixes: ReadonlySet<string>;
  /** Words that close a sports club's name after a town: "Leeds United", "Sheffield Wednesday", "Bristol Rovers". */
  clubSuffixes: ReadonlySet<string>;
  /** Prepositions before a match's opponent: "contro". */
  matchOpponents: ReadonlySet<string>;
  /** Prepositions before a match's two sides: "tra", "fra". */
  matchBetween: ReadonlySet<string>;
  /** Words before a service's name that make it a medium, not an actor: "su Facebook", "il profilo Twitter". */
  mediumCues: ReadonlySet<string>;
  /** Forms of "to be" that open a name's definition: "X è un'azienda", "X è stata la prima squadra". */
  copulas: ReadonlySet<string>;
  /** Ordinal adjectives that may stand in a definition: "la prima squadra". */
  ordinals: ReadonlySet<string>;
  /** Lowercased prefixes of surnames written with a capital inside: "McCain", "DiCaprio", "LaGuardia". */
  surnamePrefixes: ReadonlySet<string>;
  /** Words that open a role with the role noun after them, and are no role alone: "primo ministro". */
  rolePrefixes: ReadonlySet<string>;
  /** Endings of adjectives, by which a lowercase word between a role and a name is the role's: "giudice monocratico", "regista statunitense". */
  adjectiveEndings: readonly string[];
  /** Adjectives of direction that stay inside a place's name: "Italia meridionale", "Asia centrale". */
  directionAdjectives: ReadonlySet<string>;
  /** Capitalised words that continue a place's name: "Germania Est", "Milano Nord". */
  directionWords: ReadonlySet<string>;
  /** Fields of a minister's office, not names: "ministro dell'Interno", "ministro del Lavoro". */
  portfolios: ReadonlySet<string>;
  /** Capitalised words that make a run an event, a work, a law or a prize, not an entity: "Premio", "Festival", "Cup". */
  nonEntityHeads: ReadonlySet<string>;
  /** Nouns before a name that make it no entity of ours: a storm, a ship, a mission ("l'uragano Katrina", "la nave Concordia"). */
  nonEntityCues: ReadonlySet<string>;
  /** Cues of the things among those whose name the article keeps for them throughout, storms, ships and animals: "l'uragano Sandy ... Sandy ha colpito". */
  namedThingCues: ReadonlySet<string>;
  /** Acronyms that name things, not organisations: "IVA", "AIDS", "GPS". */
  commonAcronyms: ReadonlySet<string>;
  /** Person roles whose "di + Name" names a place, not a body: "sindaco di X", "governatore della X". */
  placeRoles: ReadonlySet<string>;
  /** Legal forms of companies written after their name, as their letters lowercased and joined: "spa" for "S.p.A.", "inc", "gmbh". */
  companyForms: ReadonlySet<string>;
  /** Words whose initial an acronym leaves out: "Ente Nazionale *per la* Protezione degli Animali" is "Enpa". */
  acronymSkips: ReadonlySet<string>;
  /** Words that join the parts of an organisation's name: "Movimento per l'Autonomia". */
  organizationConnectors: ReadonlySet<string>;
  /** Conjunctions inside an organisation's name, unless a second body, place or person follows: "Commissione Finanze e Tesoro". */
  organizationConjunctions: ReadonlySet<string>;
  /** The preposition "of" and its articulated forms: "Camera dei deputati", "ministro degli Esteri". */
  ofParticles: ReadonlySet<string>;
  /** Capitalised function words that cannot stand inside a name: a run stops before them ("... Colombo Anche per"). */
  runBreakers: ReadonlySet<string>;
  /** Capitalised common nouns that are not names on their own: "Paese", "Stato" is not one of them. */
  capitalisedCommonNouns: ReadonlySet<string>;
  /**
   * Institutions a common noun names when definite, in lowercase as often as capitalised: "il
   * governo", "la polizia tedesca", "i vigili del fuoco". Several words are joined by spaces.
   */
  institutions: readonly string[];
  /** Plural articles: before an unknown name they make it a group of people, a band or a team ("i Gipsy Kings"). */
  pluralArticles: ReadonlySet<string>;
  /** Articles and articulated prepositions that make a noun definite: "il", "della", "dall'". */
  definiteArticles: ReadonlySet<string>;
  /** Honorifics that belong to a person's name: "san Francesco", "suor Rosanna", "Don Milani". */
  honorifics: ReadonlySet<string>;
  /** First parts of Italian compound given names: "Pier Luigi", "Gian Carlo". */
  givenNamePrefixes: ReadonlySet<string>;
  /** Nouns of age after a person's name: "Mario Rossi, 36 anni". */
  ageNouns: ReadonlySet<string>;
  /** An adjective of age, which makes the name after it a person's: "il ventiseienne X". */
  isAgeAdjective(word: string): boolean;
  /** Capitalised particles that open Italian surnames: "De Luca", "Di Pietro", "Della Valle". */
  surnameParticles: ReadonlySet<string>;
  /** Words after a surname that stay in the name: "Mayweather senior". */
  personSuffixes: ReadonlySet<string>;
  /** The country whose offices the seat heads name ("Prefettura di Roma" is an office, "prefettura di Chiba" a place). */
  homeCountry: string;
  /** A place name that is also a common word of the language ("Fermo", "Potenza"): not trusted at a sentence start. */
  isCommonWordPlace(name: string): boolean;
  /** Clitics and negation that stand between a subject and its verb: "la Russia non ha", "il Belgio si è unito". */
  preverbalParticles: ReadonlySet<string>;
  /** Bare articles and conjunctions that may stand before a clause's subject: "la", "e", "che", "mentre". */
  subjectOpeners: ReadonlySet<string>;
  /** What sort of place a gazetteer name is; capitals stand for their state in news ("Mosca ha risposto"). */
  placeKind(name: string): 'country' | 'capital' | 'city' | 'region' | null;
  /** Prepositions of place before a building: "al Quirinale", "davanti alla Casa Bianca" name the building, not the body in it. */
  locativePrepositions: ReadonlySet<string>;
  /** Prepositions of origin: "parte da San Babila" names the place a saint's name stands for. */
  originPrepositions: ReadonlySet<string>;
  /** Bodies named after the person who leads them, written apart from the name: "Governo Letta" is the body "Governo" and the person "Letta". */
  governmentHeads: ReadonlySet<string>;
  /** Buildings that news names for the body seated in them, lowercased: "casa bianca", "cremlino", "quirinale". */
  institutionSeats: ReadonlySet<string>;
  /** A surname of an open list (no place, first name, brand or frequent word among them): weak evidence of a person where nothing else types the name ("Castelli"). */
  isSurname(word: string): boolean;
  /** A well-known company, service or body named as written ("Google", "Goldman Sachs"): an organisation wherever it stands. */
  isKnownOrganization(name: string): boolean;
  /** A road's code, a place: "A14", "SS16". */
  isRoadCode(code: string): boolean;
  /** Two-letter codes of the country's provinces written after a town: "Vernio (PO)". */
  isProvinceCode(code: string): boolean;
}

const none: ReadonlySet<string> = new Set();

/** The lexicon of a language pack that gives none: every name rule then sees no words. */
export const emptyNameLexicon: NameLexicon = {
  placeHeadsOf: none, placeHeadsDirect: none, organizationHeadsOf: none, organizationHeadsDirect: none, seatHeads: none,
  dedicationHeads: none, organizationCues: none, organizationKinds: [], companyDescriptors: none, organizationOfCues: none, personOfCues: none, feminineArticles: none, placeCues: none, placePrepositions: none, weakPlacePrepositions: none, weakPlaceOfPrepositions: none, organizationAdjectives: none,
  directionAdjectives: none, directionWords: none, portfolios: none, nonEntityHeads: none, nonEntityCues: none, namedThingCues: none, commonAcronyms: none,
  placeRoles: none, companyForms: none, acronymSkips: none, preverbalParticles: none, organizationConnectors: none, organizationConjunctions: none, ofParticles: none, subjectOpeners: none, runBreakers: none, capitalisedCommonNouns: none, institutions: [], mediumCues: none, copulas: none, ordinals: none, surnamePrefixes: none, matchCues: none, matchReportWords: none, clubPrefixes: none, clubSuffixes: none, bareArticles: none, matchOpponents: none, matchBetween: none, nameAdjectiveEndings: [], rolePrefixes: none, adjectiveEndings: [], pluralArticles: none, definiteArticles: none,
  personSuffixes: none, isAgeAdjective: () => false, surnameParticles: none, ageNouns: none, honorifics: none, givenNamePrefixes: none, homeCountry: '', isCommonWordPlace: () => false, isProvinceCode: () => false, isRoadCode: () => false, isKnownOrganization: () => false, isSurname: () => false, institutionSeats: none, locativePrepositions: none, governmentHeads: none, originPrepositions: none, placeKind: () => null,
};
