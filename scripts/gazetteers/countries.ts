// Hand-written corrections to the country and demonym packages (i18n-iso-countries,
// i18n-nationality): the names Italian news actually uses, and the adjectives the packages
// lack or get wrong. Written from general Italian usage, not from any annotated corpus.

/** Canonical Italian name where the package's official one is not what news writes. */
export const canonicalCountryNames: Record<string, string> = {
  US: 'Stati Uniti', // package: "Stati Uniti d'America"
  TW: 'Taiwan', // package: ["Repubblica di Cina", "Taiwan"]
  MM: 'Myanmar', // package: "Birmania  Myanmar" (two names in one string)
  PA: 'Panama', // package: "Panamá"
  PS: 'Palestina', // package: "Stato di Palestina"
  SH: "Sant'Elena", // package: "Sant'Elena, Isola di Ascensione e Tristan da Cunha"
  FM: 'Micronesia', // package: "Stati Federati di Micronesia"
};

/** Other names of a country, by ISO 3166-1 alpha-2 code. The package's own names are added too. */
export const countryAliases: Record<string, readonly string[]> = {
  US: ["Stati Uniti d'America", 'USA', 'Usa', 'U.S.A.', 'America'], // "l'America di Trump": in news, the state
  GB: ['Gran Bretagna', 'UK', 'Uk', 'Inghilterra'], // England for the UK: loose, but common in Italian news
  KP: ['Nord Corea', 'Nordcorea', 'Repubblica Popolare Democratica di Corea', 'Rpdc', 'RPDC'],
  KR: ['Sud Corea', 'Sudcorea', 'Repubblica di Corea'],
  RU: ['Federazione Russa'],
  CN: ['Repubblica Popolare Cinese', 'Rpc'],
  TW: ['Repubblica di Cina', 'Formosa'],
  MM: ['Birmania'],
  NL: ['Olanda'],
  CZ: ['Cechia'],
  AE: ['Emirati', 'Eau'],
  SA: ['Arabia'],
  IR: ["Repubblica islamica dell'Iran", 'Repubblica islamica'],
  CI: ['Costa Avorio'],
  CD: ['Rdc', 'RDC', 'Congo-Kinshasa', 'Congo'], // bare "Congo" in news is almost always the DRC
  CG: ['Congo-Brazzaville'],
  MK: ['Macedonia'],
  BA: ['Bosnia-Erzegovina', 'Bosnia Erzegovina', 'Bosnia'],
  VA: ['Vaticano', 'Santa Sede', 'Stato della Città del Vaticano'],
  PS: ['Stato di Palestina', 'Territori palestinesi'],
  TL: ['Timor-Leste', 'Timor orientale'],
  SZ: ['Swaziland'],
  MD: ['Moldova'],
  BY: ['Belarus'],
  KZ: ['Kazakhstan'],
  KG: ['Kirghizstan', 'Kyrgyzstan'],
  AZ: ['Azerbaijan'],
  VN: ['Viet Nam'],
  TH: ['Tailandia'],
  ZA: ['Sud Africa'],
  SS: ['Sud Sudan'],
  CF: ['Centrafrica'],
  TR: ['Türkiye'],
  PE: ['Peru'],
  PA: ['Panamá'],
  FM: ['Stati Federati di Micronesia'],
  DE: ['Repubblica Federale Tedesca'],
};

/**
 * Nationality adjectives (masculine singular) by ISO code, for countries whose adjective the
 * package lacks or gets wrong ("Coreano del Nord", "Emiro", English "Afghan"). Inflected by rule.
 */
export const extraDemonyms: Record<string, readonly string[]> = {
  US: ['statunitense', 'americano'],
  GB: ['britannico', 'inglese', 'scozzese', 'gallese', 'nordirlandese'],
  KP: ['nordcoreano'],
  KR: ['sudcoreano'],
  AF: ['afghano', 'afgano'],
  AE: ['emiratino'],
  AZ: ['azero', 'azerbaigiano'],
  BH: ['bahreinita'],
  BD: ['bengalese', 'bangladese'],
  BA: ['bosniaco'],
  BY: ['bielorusso'],
  CD: ['congolese'],
  CZ: ['ceco'],
  DO: ['dominicano'],
  EC: ['ecuadoriano'],
  GT: ['guatemalteco'],
  HN: ['honduregno'],
  KG: ['kirghiso'],
  KW: ['kuwaitiano'],
  LK: ['srilankese', 'singalese'],
  MD: ['moldavo'],
  ME: ['montenegrino'],
  MR: ['mauritano'],
  NE: ['nigerino'],
  NG: ['nigeriano'],
  NL: ['olandese', 'neerlandese'],
  OM: ['omanita'],
  PS: ['palestinese'],
  QA: ['qatariota', 'qatarino'],
  RO: ['romeno'],
  RS: ['serbo'],
  RW: ['ruandese'],
  SG: ['singaporiano'],
  SV: ['salvadoregno'],
  TJ: ['tagiko'],
  TL: ['timorese'],
  TM: ['turkmeno'],
  UZ: ['uzbeko'],
  XK: ['kosovaro'],
  ZW: ['zimbabwano'],
  BI: ['burundese'],
  CR: ['costaricano'],
  CU: ['cubano'],
  ET: ['etiope'],
  GE: ['georgiano'],
  KZ: ['kazako', 'kazakho'],
  LA: ['laotiano'],
  LB: ['libanese'],
  MN: ['mongolo'],
  MC: ['monegasco'],
  SM: ['sammarinese'],
  TD: ['ciadiano'],
  CV: ['capoverdiano'],
  DJ: ['gibutiano'],
  FJ: ['figiano'],
  NP: ['nepalese'],
  YE: ['yemenita'],
  TW: ['taiwanese'],
  HK: ['hongkonghese'],
  PG: ['papuano'],
  BO: ['boliviano'],
  PA: ['panamense'],
  LU: ['lussemburghese'],
  LI: ['liechtensteinese'],
  AD: ['andorrano'],
  IS: ['islandese'],
  SS: ['sudsudanese'],
  MW: ['malawiano'],
  SL: ['sierraleonese'],
  GQ: ['equatoguineano'],
  BN: ['bruneiano'],
  TT: ['trinidadiano'],
  SR: ['surinamese'],
  BZ: ['beliziano'],
  PR: ['portoricano'],
  PY: ['paraguaiano'],
};

/**
 * Package adjectives to drop whatever the cleanup rules say: wrong for the code they are filed
 * under, or shared by two countries so that neither reading is safe.
 */
export const rejectedDemonyms: readonly string[] = [
  'emiro', // AE: an emir, not "Emirati"
  'gallese', // filed under Wallis e Futuna; it means Welsh (GB, from the extra list)
  'mosotho', // Sesotho for one person of Lesotho, not Italian
  'batswana',
  'martinique', // French
  'salomone', // Solomon, of "Isole Salomone": a name, not an adjective
  'coreano', // North or South? only "nordcoreano" / "sudcoreano" are safe
  'giordano', // Jordanian, but far more often a first name and surname (Giordano Bruno)
];
