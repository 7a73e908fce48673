const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const englishAuxiliaries = words('has have had will would could should may might must is was were are be been being did does do also');
// "that" and "this" are left out: before a verb they are pronouns ("the report that found", "this shows").
export const englishDeterminers = words('the a an his her their its our my your these those some many several every each');
export const englishPrepositions = words('of to in on at by for with from about as into over after before during against between through under without within via');
export const englishStopwords = words(`
  the a an and or but if then so because while when where who whom which what that this these those it its
  he she they we i you him her them us me his their our my your is was were are be been has have had do does did
  not no yes also just only very more most less many much some any all each every other such own same than too
  in on at by for with from of to about as into over after before during mr mrs ms dr
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow said says according however meanwhile`);
export const englishAdverbs = words('also again later earlier recently repeatedly publicly privately previously then now today yesterday last week on in an interview statement');
export const englishAbbreviations = words('mr mrs ms dr prof gen sen rep gov lt col sgt st jr sr inc corp ltd co vs etc no u.s a.m p.m jan feb mar apr aug sept sep oct nov dec');
export const englishNameParticles = words("de del della da van von der den la le du bin ben al el ibn of the for d'");
export const englishRoleNouns = words(`
  president vice minister secretary spokesman spokeswoman spokesperson senator governor mayor chairman chairwoman
  chief director leader official officials adviser advisor aide candidate nominee attorney judge prosecutor
  ambassador general commander professor analyst expert economist founder executive ceo manager lawyer representative
  congressman congresswoman speaker sheriff captain officer detective sergeant inspector constable superintendent commissioner chancellor premier police agency campaign government administration ministry department
  committee commission court army military intelligence spokesman report poll survey study
  office count results data figures records analysis tally filing research`);
/** Role nouns that name a person (the rest name a body: "police", "campaign"). */
export const englishPersonRoles = words('president vice minister secretary spokesman spokeswoman spokesperson senator governor mayor chairman chairwoman chief director leader official adviser advisor aide candidate nominee attorney judge prosecutor ambassador general commander professor analyst expert economist founder executive ceo manager lawyer representative congressman congresswoman speaker sheriff captain officer detective sergeant inspector constable superintendent commissioner chancellor premier');
/** Plural role nouns that name a group of people as a source: "officials said", "critics argue". */
export const englishGroupRoles = words(`
  officials sources aides advisers advisors analysts experts critics supporters opponents voters residents
  lawmakers legislators investigators prosecutors officers researchers economists scientists democrats republicans
  activists protesters organizers leaders members staffers strategists observers diplomats authorities`);
export const englishOrganizationHeads = words(`
  ministry department agency university college institute foundation association federation committee council
  commission court party union bank corporation company inc corp ltd group organization organisation news times
  post press network campaign administration congress senate house police army navy`);
export const englishTitleTriggers = words('film movie book novel song album show series campaign operation program slogan hashtag called named dubbed titled so-called word term');
export const englishRoleModifiers = words('general executive national federal regional local chief press senior deputy former');
/** Titles abbreviated or written before a name, dropped from the name ("Gov. Mike Pence", "Mr. Trump"). */
export const englishHonorifics = words('mr mrs ms miss dr sen rep gov lt col gen sgt capt adm prof rev sir dame lord lady');
