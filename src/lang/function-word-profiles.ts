/**
 * The most frequent closed-class words of each language claimgraph tells apart: articles,
 * prepositions (with their contracted forms), conjunctions, pronouns and the commonest forms of
 * "be" and "have". Short texts hold these in every sentence, whatever the subject, so a few
 * sentences are enough to tell the language. A word shared by several languages ("la", "de",
 * "in") is listed in each: the detector weighs it less for that. Only 'it' and 'en' are read; the
 * others are here so that a French, Spanish, German, Portuguese or Dutch article is recognised
 * as such instead of being read as Italian.
 */
export const FUNCTION_WORD_PROFILES = {
  it: `il lo la i gli le l un uno una di a da in con su per tra fra del dello della dei degli delle dell
    al allo alla ai agli alle all dal dalla dai dalle nel nello nella nei negli nelle nell sul sulla sui
    e ed o ma che non è sono era erano ha hanno aveva essere stato stata anche più come questo questa
    quella si ci ne chi cui perché se già ancora molto tutti dopo secondo però quindi mentre`,
  en: `the a an of to in for on with at by from into about after over between and or but not that which
    who whom this these those it its he she they them his her their we our you is are was were be been
    has have had will would can could said says than there also`,
  fr: `le la les l un une des du de d au aux en dans par pour sur avec sans sous entre vers chez et ou mais
    que qu qui ne pas plus est sont était ont avait été être avoir il elle ils elles nous vous leur leurs
    son sa ses ce cette ces aussi selon lors dont où très`,
  es: `el la los las lo un una unos unas de del al a en por para con sin sobre entre hasta desde según
    y e o u pero que no es son era fue fueron está están ha han había ser sido se su sus le les este esta
    estos estas más también muy cuando donde como porque ya ni`,
  de: `der die das den dem des ein eine einen einem einer und oder aber zu von mit bei nach aus auf für
    über unter vor im am zum zur ist sind war waren wird werden wurde hat haben hatte sich nicht auch
    noch nur dass er sie wir es ihr sein seine ihre wie als`,
  pt: `o a os as um uma uns umas de do da dos das no na nos nas em por pelo pela pelos pelas para com sem
    sobre entre até ao aos à às e ou mas que não é são era foi foram está estão tem têm ser sido se seu
    sua seus suas este esta isso mais também muito quando onde como já ele ela eles`,
  nl: `de het een van in op te met voor aan bij door naar uit over tot om en of maar dat die dit deze niet
    geen ook nog wel is zijn was waren wordt werd worden heeft hebben had hij zij ze wij ik er als dan
    wat hun haar`,
} as const;

export type ProfiledLanguage = keyof typeof FUNCTION_WORD_PROFILES;

/** English names of the profiled languages, for messages. */
export const LANGUAGE_NAMES: Readonly<Record<ProfiledLanguage, string>> = {
  it: 'Italian', en: 'English', fr: 'French', es: 'Spanish', de: 'German', pt: 'Portuguese', nl: 'Dutch',
};
