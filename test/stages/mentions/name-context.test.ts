import { describe, it } from 'vitest';
import { checkNames, type NameRow } from './name-rows.js';

// Sentences written for these tests, one table per rule, each with cases the rule must leave
// alone (rows: see name-rows.ts).

describe('gazetteers: companies, regions of other countries, first names', () => {
  it.each<NameRow>([
    ['Ieri Google ha presentato il nuovo telefono.', ['organization:Google'], ['person:Google']],
    ['Il nuovo accordo lega Starbucks e un gruppo cinese.', ['organization:Starbucks'], []],
    // an Italian word is no brand, whatever the brand list holds
    ['Pace e sicurezza sono state al centro del vertice.', [], ['Pace']],
    ['Il governatore del Texas ha firmato la legge.', ['place:Texas'], []],
    ['Le elezioni in Baviera e in Catalogna sono state rinviate.', ['place:Baviera', 'place:Catalogna'], []],
    ['Il Bayern Monaco ha vinto ancora.', [], ['place:Bayern']],
    ['Alla manifestazione ha parlato Beppe Rondi.', ['person:Beppe Rondi'], []],
  ])('%s', (...row) => checkNames(row));
});

describe('company forms, capitalised articles and abbreviations inside runs', () => {
  it.each<NameRow>([
    ['Stamattina la Alfatech S.p.A. ha chiuso due sedi.', ['organization:Alfatech S.p.A.'], ['Alfatech S']],
    ['La vertenza con la Betalux Inc., che produce lampade, è chiusa.', ['organization:Betalux Inc.'], []],
    // at a sentence's end the period is the sentence's
    ['Il fondo ha comprato la Gammasoft Inc.', ['organization:Gammasoft Inc'], ['Gammasoft Inc.']],
    // a heading run into the text: the article is not the name's
    ['Acqua su Marte La NASA ha annunciato la scoperta.', ['organization:NASA'], ['La NASA']],
    ['Ritratto di Gianni Verdi Il giorno dopo la mostra ha chiuso.', ['person:Gianni Verdi'], ['Gianni Verdi Il']],
    ['Al dibattito ha partecipato Ignazio La Russa.', ['person:Ignazio La Russa'], []],
    ['Lo scrive Il Tempo nell\'edizione di oggi.', [], ['person:Il Tempo']],
    ['Parla l\'on. Marco Testa e poi il sen. Fabbri.', ['person:Marco Testa', 'person:Fabbri'], []],
    // "on" with no period is the English word
    ['Il saggio Notes on Nature è uscito ieri.', [], ['person:Nature']],
    ['Gli imputati erano Salvatore "Totò" Bruni e Ada Serra.', ['person:Salvatore "Totò" Bruni'], ['person:Salvatore']],
    ['Con la nebbia si è scesi a -5 °C. I voli sono stati cancellati.', [], ['person:C. I']],
    ['Il Comitato di Garanzia del Paese si è riunito.', ['organization:Comitato di Garanzia'], ['Comitato di Garanzia del Paese']],
  ])('%s', (...row) => checkNames(row));
});

describe('organisations: heads, cues, conjunctions, tails', () => {
  it.each<NameRow>([
    ['La nave è della compagnia genovese Marefuoco Crociere.', ['organization:Marefuoco Crociere'], ['person:Marefuoco Crociere']],
    ['Lo riferisce l\'agenzia di stampa giapponese Kiyonews.', ['organization:Kiyonews'], []],
    ['Lo dice la società di consulenza Brainpoint.', ['organization:Brainpoint'], []],
    ['Il ministro tedesco Hans Weber ha risposto.', ['person:Hans Weber'], ['organization:Hans Weber']],
    // a body's descriptor outweighs a given name
    ['Il giudice ha sentito la società Urban Tools.', ['organization:Urban Tools'], ['person:Urban Tools']],
    ['Hanno suonato i Peter Pipers fino a tardi.', ['organization:Peter Pipers'], ['person:Peter Pipers']],
    ['La proposta è della Commissione Bilancio e Tesoro.', ['organization:Commissione Bilancio e Tesoro'], []],
    ['Ne discutono il Senato e la Camera.', ['organization:Senato', 'organization:Camera'], ['Senato e la Camera']],
    ['Secondo Autostrade per l\'Italia il tratto è sicuro.', ['organization:Autostrade per l\'Italia'], ['place:Italia']],
    ['Lo ha deciso la Curia diocesana genovese.', ['organization:Curia diocesana genovese'], []],
    ['Il rapporto viene dal Centro regionale per lo studio delle frane.', ['organization:Centro regionale per lo studio delle frane'], []],
    // a verb of speech after the name is no part of it
    ['L\'Ente Nazionale Protezione Fiumi critica il progetto.', ['organization:Ente Nazionale Protezione Fiumi'], ['Ente Nazionale Protezione Fiumi critica']],
    ['La Casa Bianca ha smentito la notizia.', ['organization:Casa Bianca'], ['person:Casa Bianca']],
    ['Il Cremlino non ha commentato.', ['organization:Cremlino'], []],
    // an acronym spelling an organisation of the article is one
    ['L\'Anfi protesta. L\'Associazione Nazionale Fotografi Indipendenti chiede un incontro.', ['organization:Anfi'], []],
    ['Ali protesta. L\'Associazione Liberi Italiani chiede un incontro.', [], ['organization:Ali']],
  ])('%s', (...row) => checkNames(row));
});

describe('persons: roles, adjectives, ages, kin, appositions, surnames', () => {
  it.each<NameRow>([
    ['Il fratellastro Omar Zalfi è stato arrestato.', ['person:Omar Zalfi'], []],
    ['È morto il ventenne Kiro Dabbo.', ['person:Kiro Dabbo'], []],
    ['Ha parlato il governatore della Florida, Jed Lamb, ieri sera.', ['person:Jed Lamb'], []],
    ['Lo ha detto l\'inviato De Fantis ai giornalisti.', ['person:De Fantis'], []],
    ['Il giudice monocratico Paola Serra ha assolto tutti.', ['person:Paola Serra'], []],
    ['Pegolo Marras, la donna fermata ieri, è libera.', ['person:Pegolo Marras'], []],
    // a capitalised adjective after a role is no name
    ['La visita del Pontefice Cattolico è fissata. Il rito cattolico inizia alle dieci.', [], ['Cattolico']],
    ['«Non cambia nulla», ha detto Borodin in conferenza stampa.', ['person:Borodin'], []],
    // an elided article makes a body of the subject of a cue
    ['L\'Anvi protesta contro la legge.', [], ['person:Anvi']],
  ])('%s', (...row) => checkNames(row));
});

describe('places: province codes, phrases ending in "di X", saints\' towns, stadiums', () => {
  it.each<NameRow>([
    ['La scossa è stata avvertita a Vernasca (PC) e dintorni.', ['place:Vernasca', 'place:PC'], []],
    ['I bambini della scuola di Stroppello (VC) sono tornati.', ['place:Stroppello', 'place:VC'], []],
    ['Papa Pio (IX) fu eletto nel 1846.', [], ['place:IX']],
    ['È stata rilasciata dal carcere di Brixworth.', ['place:Brixworth'], []],
    ['Marco Pennac scrive romanzi. Il libro di Pennac, uscito ieri, vende.', ['person:Pennac'], ['place:Pennac']],
    ['La scuola crollò a San Giuliano di Puglia.', ['place:San Giuliano di Puglia'], ['person:San Giuliano']],
    ['Il Papa San Giovanni Paolo II di Roma è ricordato.', [], ['place:San Giovanni Paolo II di Roma']],
    ['Crollò la scuola «Francesco Neri» di Bari.', ['organization:Francesco Neri'], ['person:Francesco Neri']],
    ['Si gioca allo Stadio Carlo Verdi di Forlì. Al Carlo Verdi sono attesi in mille.', ['place:Stadio Carlo Verdi', 'place:Carlo Verdi', 'place:Forlì'], ['person:Carlo Verdi']],
    ['Carlo Verdi ha vinto la gara.', ['person:Carlo Verdi'], []],
  ])('%s', (...row) => checkNames(row));
});

describe('teams in sentences about a match', () => {
  it.each<NameRow>([
    ['Dopo la partita Perù - Cile i tifosi hanno festeggiato.', ['organization:Perù', 'organization:Cile'], ['place:Perù']],
    ['La finale tra Brembotec e Lazio si gioca a Riad.', ['organization:Brembotec', 'organization:Lazio', 'place:Riad'], ['place:Lazio']],
    ['Ha esordito in una partita contro l\'Australia.', ['organization:Australia'], []],
    ['Il treno Milano - Mantova è in ritardo.', ['place:Milano', 'place:Mantova'], []],
    ['Il vertice tra Italia e Francia è rinviato.', ['place:Italia', 'place:Francia'], ['organization:Italia']],
  ])('%s', (...row) => checkNames(row));
});

describe('bodies from definitions, shapes, services and product names', () => {
  it.each<NameRow>([
    // a copula's predicate defines the name
    ['Nel 2003 Velarion era una squadra di dilettanti. Poi Velarion ha festeggiato.', ['organization:Velarion'], ['person:Velarion']],
    ['Per secoli Tovarek era un paese di pescatori.', ['place:Tovarek'], []],
    ['Bramante Sisto è il ministro più giovane.', ['person:Bramante Sisto'], []],
    // a role with no article is what a body is, too
    ['Quest\'anno Orbitex era leader del mercato.', [], ['person:Orbitex']],
    // a capital inside a word: a brand, unless a surname's prefix or an event's head
    ['La piattaforma rivale OpenVault ha aperto ieri.', ['organization:OpenVault'], []],
    ['Il regista McTavish ha vinto.', [], ['organization:McTavish']],
    ['Il Bolzano WineFestival apre domani.', [], ['WineFestival', 'organization:WineFestival']],
    // a known company before a product's name is the company alone
    ['Arriva una nuova esperienza Apple Music per tutti.', ['organization:Apple'], ['Apple Music']],
    ['La missione SpaceX è partita.', ['organization:SpaceX'], []],
    // a service used as a medium is no actor
    ['Lo ha scritto in un post su Facebook ieri sera.', [], ['Facebook']],
    ['Il portavoce di Netflix ha parlato.', ['organization:Netflix'], []],
    // an acronym after an event's head is still a body
    ['Vertice NATO a Lisbona.', ['organization:NATO', 'place:Lisbona'], []],
    // a nationality inside a name of unknown words
    ['È presidente delle Messaggerie Lombarde Unite e delle Cartiere Italiane.', ['organization:Cartiere Italiane'], []],
    // a plural article, plain or with a preposition, makes a team or a band
    ['Ha giocato a lungo con i Walrus Park e coi Barbaroni.', ['organization:Barbaroni'], []],
    // the first word of a company's name, alone later
    ['La Quantex Systems, un\'azienda di software, cresce. Quantex pagherà i dividendi.', ['organization:Quantex'], ['person:Quantex']],
    // a company's employee
    ['Un impiegato di Tessaleaks ha distrutto i documenti.', ['organization:Tessaleaks'], []],
  ])('%s', (...row) => checkNames(row));
});
