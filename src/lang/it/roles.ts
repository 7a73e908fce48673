import type { RoleNoun } from '../types.js';

const persons = `
  ministro ministra viceministro sottosegretario presidente vicepresidente premier capo leader portavoce segretario
  segretaria direttore direttrice amministratore sindaco sindaca governatore governatrice generale comandante ambasciatore
  ambasciatrice procuratore procuratrice giudice magistrato avvocato avvocata senatore senatrice deputato deputata
  consigliere consigliera assessore assessora commissario commissaria cancelliere cancelliera re regina principe principessa
  papa pontefice cardinale vescovo arcivescovo don padre suor imam rabbino omologo omologa collega paleontologo paleontologa
  ricercatore ricercatrice scienziato scienziata esperto esperta professore professoressa docente medico dottore dottoressa
  allenatore allenatrice tecnico ct giocatore giocatrice attaccante centrocampista difensore portiere capitano pilota
  attore attrice regista cantante scrittore scrittrice giornalista fotografo autore autrice economista analista
  fondatore fondatrice proprietario proprietaria titolare dirigente manager responsabile coordinatore coordinatrice
  rappresentante delegato delegata inviato inviata mediatore diplomatico dittatore monarca sovrano sceicco emiro
  candidato candidata sfidante deputato eurodeputato eurodeputata parlamentare militante attivista sindacalista
  testimone vittima sopravvissuto sopravvissuta agente poliziotto ufficiale soldato colonnello tenente maggiore
  signor signore signora sig dott prof ing avv on sen mons
  donna uomo ragazzo ragazza bambino bambina anziano anziana studente studentessa pensionato pensionata
  operaio operaia turista
  prefetto prefetta questore questora vicequestore investigatore investigatrice funzionario funzionaria impiegato impiegata dipendente consulente
  sostituto vicesindaco vicesindaca viceministra ministri rettore rettrice preside primario infermiere infermiera
  conduttore conduttrice presentatore presentatrice commentatore commentatrice opinionista cronista corrispondente
  insegnante maestro maestra parroco sacerdote suora frate monaco protodiacono
  imprenditore imprenditrice commerciante agricoltore agricoltrice abitante
  passante amico amica parente genitore collaboratore collaboratrice assistente
    fratello sorella fratellastro sorellastra moglie marito figlio figlia madre nonno nonna zio zia cugino cugina
  nipote vedova vedovo compagno compagna fidanzato fidanzata
  `;

/** Words that open a role with the role noun after them: "primo ministro", "prima ministra". */
export const italianRolePrefixes = new Set(['primo', 'prima']);

const organizations = `
  governo governi ministero polizia esercito procura tribunale corte parlamento senato camera commissione agenzia giornale
  quotidiano ospedale servizi intelligence ambasciata consolato partito sindacato azienda società gruppo università
  prefettura questura carabinieri guardia marina aeronautica consiglio autorità ufficio
  federazione associazione fondazione istituto comitato organizzazione amministrazione
  ricerca studio rapporto sondaggio indagine report comunicato nota dossier
  compagnia holding multinazionale colosso marchio banca movimento onlus ong testata settimanale periodico
  rivista emittente televisione ateneo politecnico squadra club
  `;

const groups = `
  militari soldati manifestanti residenti cittadini abitanti esperti analisti medici testimoni fonti attivisti
  ribelli separatisti tifosi studenti lavoratori sindacati investigatori inquirenti soci iscritti membri
  aderenti volontari vandali ricercatori scienziati minoranza maggioranza opposizione
  operai sostenitori funzionari dottori sanitari donne uomini ragazzi ragazze giovani bambini investigatori dipendenti impiegati agenti poliziotti vigili pompieri soccorritori infermieri
  vittime familiari parenti genitori amici vicini passanti fedeli pellegrini elettori contribuenti consumatori
  commercianti imprenditori agricoltori allevatori pescatori insegnanti docenti precari pensionati disoccupati
  detenuti profughi migranti rifugiati sfollati superstiti sopravvissuti feriti ostaggi giudici magistrati avvocati
  organizzatori promotori dimostranti scioperanti contestatori oppositori esponenti dirigenti vertici
  deputati senatori parlamentari ministri consiglieri assessori sindaci governatori
    `;

/** Role nouns by head word. A role noun before a name is a title ("il ministro Aldo Perri"). */
export const italianRoleNouns: ReadonlyMap<string, RoleNoun> = (() => {
  const map = new Map<string, RoleNoun>();
  const add = (list: string, type: RoleNoun['type']) => {
    for (const head of list.split(/\s+/).filter(Boolean)) if (!map.has(head)) map.set(head, { head, type });
  };
  add(persons, 'person');
  add(organizations, 'organization');
  add(groups, 'group');
  return map;
})();

/**
 * Capitalised words that make a proper name an organisation, wherever they stand in it ("Banca
 * d'Italia", "Cogent Communications"). Words that head places ("Ospedale", "Provincia") are in
 * name-words.ts.
 */
export const italianOrganizationHeads = new Set(
  `ministero procura tribunale corte parlamento senato camera commissione agenzia università politecnico
  partito sindacato banca fondazione istituto associazione federazione confederazione comitato consiglio autorità
  organizzazione
  ufficio governo stato esecutivo giunta assemblea magistratura gendarmeria comando commissariato dipartimento
  polizia esercito marina aeronautica guardia carabinieri forze armata brigata stormo reggimento corpo comune regione
  prefettura questura ente consorzio cooperativa accademia conservatorio borsa cassa direzione segreteria
  movimento fronte alleanza coalizione lega unione chiesa nazionale squadra tg radio repubblica presidenza cda curia
  fondo ordine ferrovie autostrade poste arma forza gazzetta team rifondazione sinistra destra democrazia
  società gruppo spa s.p.a srl inc ltd corp corporation company council assembly association union league
  international organization organisation agency agence institute institut institutet institution foundation bank party university college
  centre center society trust
  group holding airlines airways motors communications media records network systems technologies laboratories
  nazioni unite commission committee department ministry court news times post press tv rai
  fc ac as ss ssc asd calcio club sporting rugby basket volley pallavolo pallacanestro hockey baseball football racing atletico
  athletic olympique dinamo dynamo`.split(/\s+/).filter(Boolean),
);

/**
 * Nouns that, just before a quote, make it a title or a name, not speech. Not "detto": far more
 * often the speech verb ("ha detto «...»") than the nickname ("Giuseppe detto «Pippo»").
 */
export const italianTitleTriggers = new Set(
  `film libro romanzo canzone album disco brano serie programma trasmissione rubrica logo slogan marchio
  campagna operazione progetto piano legge decreto trattato accordo patto manifesto documento rapporto
  dossier mostra spettacolo opera titolo nome soprannome hashtag chiamato chiamata denominato denominata
  intitolato intitolata ribattezzato ribattezzata cosiddetto cosiddetta parola termine motto`.split(/\s+/).filter(Boolean),
);

/** Words that can follow a role head inside the role ("servizi segreti", "amministratore delegato"). */
export const italianRoleModifiers = new Set(
  `segreti segreto delegato delegata generale generali esecutivo esecutiva federale federali nazionale nazionali
  regionale regionali locale locali centrale militare militari civile civili stampa uscente designato designata
  supremo suprema ad interim aggiunto aggiunta emerito onorario capo`.split(/\s+/).filter(Boolean),
);

/**
 * Opening words of a title that name the same office in other words, to the words they stand for:
 * a later "la prima cittadina" is the "sindaca" named before, "il premier" the "presidente del
 * Consiglio", "la ministra" the "ministro". Whole titles are compared after the swap, so "il
 * titolare dello Sviluppo economico" meets "il ministro dello Sviluppo economico" and nothing else.
 */
export const italianRoleSynonyms: ReadonlyMap<string, string> = new Map([
  ['primo cittadino', 'sindaco'], ['prima cittadina', 'sindaco'], ['sindaca', 'sindaco'],
  ['premier', 'presidente del consiglio'], ['capo del governo', 'presidente del consiglio'],
  ['primo ministro', 'presidente del consiglio'], ['prima ministra', 'presidente del consiglio'],
  ['ministra', 'ministro'], ['titolare', 'ministro'], ['viceministra', 'viceministro'],
  ['governatrice', 'governatore'], ['presidente della regione', 'governatore'],
  ['senatrice', 'senatore'], ['deputata', 'deputato'], ['assessora', 'assessore'], ['consigliera', 'consigliere'],
  ['segretaria', 'segretario'], ['direttrice', 'direttore'], ['procuratrice', 'procuratore'], ['pm', 'pubblico ministero'],
  ['rettrice', 'rettore'], ['numero uno', 'presidente'], ['leader', 'segretario'], ['ct', 'commissario tecnico'],
  ['pontefice', 'papa'], ['santo padre', 'papa'],
]);
