// Italian words the name rules read (see src/lang/name-lexicon.ts). Written from knowledge of
// Italian and of how Italian news names places and bodies: head nouns, descriptor nouns,
// adjectives, closed classes. No entity name of any corpus is listed here.
import type { NameLexicon } from '../name-lexicon.js';
import { italianRolePrefixes } from './roles.js';
import { findCity, findCountry, findForeignRegion, isKnownOrganization, isSurname, italianAreaByName, regionByName, toGazetteerKey } from './gazetteer/index.js';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const AGE_ADJECTIVE = /^(?:un|do|tre|quattor|quin|se)?(?:dic|vent|trent|quarant|cinquant|sessant|settant|ottant|novant|cent)\p{L}*enn[ei]$/u;

/** Provincial car-plate codes, from the ISTAT areas of the gazetteer. */
let provinceCodes: Set<string> | undefined;
function isProvinceCode(code: string): boolean {
  if (!provinceCodes) {
    provinceCodes = new Set();
    for (const area of italianAreaByName.values()) if (area.code) provinceCodes.add(area.code);
  }
  return provinceCodes.has(code);
}

/** What sort of place a name is, in the order lookupPlace reads the gazetteers. */
function placeKind(name: string): 'country' | 'capital' | 'city' | 'region' | null {
  if (findCountry(name)) return 'country';
  if (regionByName.has(toGazetteerKey(name))) return 'region';
  const city = findCity(name);
  if (city) return city.capitalOf ? 'capital' : 'city';
  return italianAreaByName.has(toGazetteerKey(name)) || findForeignRegion(name) ? 'region' : null;
}

/** The Italian name lexicon. */
export const italianNameWords: NameLexicon = {
  placeHeadsOf: words(`
    provincia province regione regioni comune distretto contea prefettura governatorato oblast cantone
    isola isole penisola arcipelago golfo baia lago laghi mare mar oceano canale stretto fiume valle val monte monti
    catena deserto promontorio costa riviera pianura altopiano foresta bosco parco riserva
    quartiere rione borgo frazione
    chiesa basilica cattedrale duomo santuario abbazia convento castello rocca torre fortezza villa reggia
    piazza piazzale via viale corso largo vicolo lungomare lungotevere ponte porta`),
  placeHeadsDirect: words(`
    aeroporto stadio piazza piazzale via viale corso largo vicolo lungomare ponte porta parco museo teatro ospedale
    policlinico clinica hotel albergo fiume lago monte monti isola isole mar mare oceano golfo vulcano ghiacciaio stella pianeta cometa
    galassia nebulosa asteroide palazzo villa castello quartiere liceo carcere penitenziario circuito`),
  organizationHeadsOf: words(`università politecnico accademia conservatorio ministero ministeri dipartimento
    federazione confederazione associazione fondazione ordine collegio consorzio`),
  organizationHeadsDirect: words(`fondazione associazione regione radio scuola istituto`),
  seatHeads: words(`procura tribunale prefettura questura corte comando commissariato ospedale carabinieri
    prefecture court`),
  dedicationHeads: words(`
    piazza piazzale via viale corso largo ponte porta aeroporto stadio palazzo palazzetto teatro ospedale
    policlinico istituto liceo scuola università collegio museo biblioteca parco
    stazione galleria chiesa basilica cattedrale santuario monumento`),
  organizationCues: words(`
    società azienda aziende compagnia gruppo holding multinazionale colosso marchio banca istituto
    trattoria ristorante pizzeria osteria locanda bar caffè pasticceria albergo hotel negozio bottega
    agenzia quotidiano quotidiani giornale giornali settimanale mensile periodico rivista riviste testata emittente
    radio tv televisione canale network sito portale piattaforma
    partito movimento sindacato associazione organizzazione ong onlus fondazione federazione confederazione lega
    squadra club formazione franchigia scuderia team band gruppo
    università ateneo dipendenti`),
  organizationKinds: [
    ['società', 'azienda', 'compagnia', 'gruppo', 'holding', 'multinazionale', 'colosso', 'marchio'],
    ['banca', 'istituto', 'gruppo'],
    ['partito', 'movimento'],
    ['associazione', 'organizzazione', 'ente', 'fondazione', 'federazione', 'confederazione', 'onlus', 'ong'],
    ['sindacato', 'confederazione'],
    ['quotidiano', 'giornale', 'testata', 'settimanale', 'periodico', 'rivista'],
    ['emittente', 'televisione'],
    ['università', 'ateneo', 'politecnico'],
    ['squadra', 'club', 'società'],
  ],
  companyDescriptors: words(`società azienda compagnia gruppo holding multinazionale colosso`),
  organizationOfCues: words(`dipendenti dipendente impiegato impiegata impiegati azionisti vertici vertice acquisizione fusione sede sedi azioni titolo bilancio
    fatturato utili conti clienti abbonati iscritti militanti tesserati tifosi dirigenti`),
  personOfCues: words(`figlio figlia figli moglie marito madre padre fratello sorella fratellastro sorellastra nipote
    cugino cugina nonno nonna vedova vedovo compagno compagna fidanzato fidanzata amico amica erede
    morte omicidio uccisione assassinio funerali funerale salma scomparsa rapimento biografia autobiografia
    regime dimissioni successore predecessore fedelissimi sostenitori avversari discepoli seguaci`),
  feminineArticles: words(`la della dalla alla nella sulla`),
  placeCues: words(`
    città cittadina cittadine paese paesino comune comuni villaggio villaggi località frazione borgo capitale
    capoluogo quartiere sobborgo periferia regione provincia contea distretto stato isola isole
    stazione aeroporto porto valle zona`),
  placePrepositions: words(`in`),
  weakPlacePrepositions: words(`a ad`),
  weakPlaceOfPrepositions: words(`di`),
  organizationAdjectives: words(`
    europeo europea europei europee nazionale nazionali regionale regionali comunale comunali provinciale provinciali
    internazionale internazionali federale federali supremo suprema costituzionale penale civile militare speciale
    centrale generale mondiale unito unita unite uniti
    ortodosso ortodossa cattolico cattolica anglicano anglicana evangelica apostolico apostolica islamico islamica
    democratico democratica popolare popolari socialista comunista repubblicano repubblicana liberale radicale
    rivoluzionario rivoluzionaria provvisorio provvisoria diocesano diocesana vescovile
    amministrativo amministrativa tributario tributaria anticorruzione antimafia antiterrorismo monetario monetaria
    ospedaliero ospedaliera sanitario sanitaria scientifico scientifica universitario universitaria sportivo sportiva
    musulmano musulmana musulmani cristiano cristiana cristiani`),
  mediumCues: words(`su sul sulla sui sugli sulle tramite via profilo pagina account canale post`),
  copulas: words(`è era sono erano sarà fu stato stata stati state resta rimane diventato diventata`),
  ordinals: words(`prima primo seconda secondo terza terzo ultima ultimo unica unico sola solo maggiore principale`),
  surnamePrefixes: words(`mc mac de di da del della la le lo van von o`),
  matchCues: words(`partita partite match finale finali finalissima semifinale semifinali quarti ottavi derby amichevole`),
  matchReportWords: words(`gol rete reti autogol rigore rigori punteggio risultato classifica girone campionato torneo
    squadra squadre allenatore attaccante difensore centrocampista portiere arbitro tifosi stadio
    vittoria vittorie sconfitta sconfitte pareggio batte battono battuto battuta sconfigge sconfitto sconfitta
    pareggia pareggiato supera superato superata segna segnato elimina eliminato eliminata`),
  bareArticles: words(`il lo la l' i gli le`),
  clubPrefixes: words(`real dinamo dynamo hapoel maccabi beitar rapid sporting atletico athletic olympique olympiacos
    borussia racing deportivo partizan spartak lokomotiv zenit steaua fc ac as ss ssc us`),
  clubSuffixes: words(`united city town county wednesday rovers albion athletic hotspur wanderers rangers fc calcio`),
  matchOpponents: words(`contro`),
  matchBetween: words(`tra fra`),
  rolePrefixes: italianRolePrefixes,
  // not -ano, a verb's plural ("i Carabinieri indagano")
  nameAdjectiveEndings: [...words(`ale ali ile ili ico ica ici iche ario aria ari arie ivo iva ivi ive ese esi ana ani ane`)],
  // -ico, -ale, -ile, -ario, -ivo, -ese, -ano, -ista, -ente/-ante, participles -ato/-uto/-ito, -oso, -eo
  adjectiveEndings: [...words(`
    ico ica ici iche ale ali ile ili ario aria ari arie ivo iva ivi ive ese esi ano ana ani ane ista isti iste
    ente enti ante anti ato ata ati ate uto uta uti ute ito ita iti ite oso osa osi ose eo ea ei ee`)],
  directionAdjectives: words(`
    settentrionale meridionale centrale orientale occidentale nordorientale nordoccidentale sudorientale
    sudoccidentale`),
  directionWords: words(`nord sud est ovest centro new north south east west`),
  portfolios: words(`
    esteri interno interni economia finanze tesoro difesa giustizia salute sanità lavoro istruzione ricerca
    ambiente trasporti infrastrutture agricoltura cultura beni turismo sport pari opportunità welfare famiglia
    giovani riforme semplificazione energia commercio industria comunicazioni informazione foreste
    affari sviluppo mezzogiorno coesione integrazione immigrazione sicurezza`),
  nonEntityHeads: words(`
    premio premi coppa supercoppa cup trofeo festival awards award prize giochi olimpiadi paralimpiadi mondiali
    europei campionato campionati torneo gran gp grand prix contest forum day festa notte giornata settimana
    summit vertice conferenza
    legge decreto codice costituzione trattato accordo patto riforma operazione progetto programma piano
    guerra battaglia rivoluzione crisi`),
  nonEntityCues: words(`uragano tifone ciclone tempesta perturbazione nave navi traghetto yacht veliero sottomarino
    portaerei satellite sonda navicella razzo cavallo cavalla puledro purosangue cane cagnolino gatto gatta orso orsa
    elefante gorilla panda delfino balena missione operazione virus batterio vaccino farmaco modello
    film libro romanzo saggio canzone brano singolo album disco serie telefilm fiction programma spettacolo opera`),
  namedThingCues: words(`uragano tifone ciclone tempesta perturbazione nave traghetto yacht veliero sottomarino
    portaerei satellite sonda navicella cavallo cavalla puledro purosangue cane cagnolino gatto gatta orso orsa
    elefante gorilla panda delfino balena`),
  commonAcronyms: words(`
    iva imu ires irap irpef tasi tari isee pil aids hiv dna rna covid sars mers lsd ogm cest cet utc gmt url ip
    gps gpx pc tv dj vip ceo cfo phd sms mms usb cd dvd ufo suv ddl dl dpcm tfr co ko ok pm km mw ad ndr spa srl`),
  placeRoles: words(`sindaco sindaca governatore governatrice vescovo arcivescovo patriarca re regina principe principessa
    emiro sceicco prefetto`),
  preverbalParticles: words(`si non ci ne lo la li le gli mi ti vi`),
  subjectOpeners: words(`il lo la l' i gli le e ed che ma mentre quando intanto anche`),
  organizationConnectors: words(`per`),
  organizationConjunctions: words(`e ed`),
  acronymSkips: words(`di del dello della dell' dei degli delle d' e ed per il lo la l' i gli le a al alla in con su of the and for de des du la le von van`),
  companyForms: words(`spa srl sas snc sapa scarl scrl scpa srls onlus inc ltd llc llp plc corp gmbh ag sa nv bv`),
  ofParticles: words(`di del dello della dell' dei degli delle d'`),
  // Short words that are also parts of foreign names ("Kim Jong Un", "Kim Il-sung", "Ha", "Su")
  // are left out: a run goes on over them.
  runBreakers: words(`
    anche inoltre poi quindi dunque infatti invece mentre quando come dove perché che chi cui non già ancora
    sempre mai più meno molto così solo anzi oppure ecco
    io tu lui lei noi voi loro egli ella essi esse questo questa questi queste quello quella quelli quelle ciò
    è sono era erano sarà saranno sia fu hanno aveva avevano oggi ieri domani ora allora adesso qui lì là
    secondo dopo prima durante contro verso circa oltre per con nel nella negli sul sulla`),
  capitalisedCommonNouns: words(`paese paesi nazione patria signore signora dio`),
  institutions: [
    'governo', 'polizia', 'procura', 'carabinieri', 'esercito', 'magistratura', 'parlamento', 'senato', 'camera',
    'gendarmeria', 'giunta', 'giunta regionale', 'giunta comunale', 'giunta militare', 'consiglio comunale',
    'consiglio regionale', 'consiglio provinciale', 'consiglio dei ministri', 'vigili del fuoco', 'vigili urbani',
    'protezione civile', 'guardia costiera', 'guardia di finanza', 'guardia civil', 'polizia di stato',
    'polizia municipale', 'polizia locale', 'polizia stradale', 'corte costituzionale', 'corte suprema',
    'corte di cassazione', 'corte dei conti', 'squadra mobile', 'marina militare', 'aeronautica militare',
    'forze armate', 'amministrazione comunale', 'questura', 'prefettura', 'regime',
  ],
  pluralArticles: words(`i gli dei degli ai agli dai dagli nei negli sui sugli coi`),
  definiteArticles: words(`
    il lo la l' i gli le del dello della dell' dei degli delle al allo alla all' ai agli alle dal dallo dalla dall'
    dai dagli dalle nel nello nella nell' nei negli nelle sul sullo sulla sull' sui sugli sulle col coi`),
  personSuffixes: words('senior junior jr sr'),
  // "ventiseienne", "quarantenne", "diciassettenne": a number's stem and -enne
  isAgeAdjective: (word) => AGE_ADJECTIVE.test(word),
  surnameParticles: words("de di del della dello dei degli dal dalla dalle da d'"),
  ageNouns: words('anni anno'),
  honorifics: words("san santa santo sant' suor suora don"),
  givenNamePrefixes: words('pier gian giam pierluigi'),
  homeCountry: 'Italia',
  isCommonWordPlace: (name) => findCity(name)?.commonWord === true,
  isProvinceCode,
  isKnownOrganization,
  isSurname,
  // the seat for the body: "la Casa Bianca ha smentito", "il Quirinale ha fatto sapere"
  institutionSeats: new Set(['casa bianca', 'cremlino', 'pentagono', 'quirinale', 'palazzo chigi', 'farnesina', 'viminale',
    'montecitorio', 'palazzo madama', 'eliseo', 'palazzo di vetro']),
  placeKind,
  originPrepositions: words(`da dal dallo dalla dall'`),
  governmentHeads: words(`governo governi esecutivo giunta gabinetto`),
  locativePrepositions: words(`a ad al allo alla all' ai agli alle in nel nello nella nell' nei negli nelle presso davanti dinanzi
    verso fuori dentro`),
  // autostrade, strade statali, provinciali, regionali, europee
  isRoadCode: (code) => /^(?:A|E|SS|SP|SR)\d{1,3}$/u.test(code),
};
