import { describe, it } from 'vitest';
import { checkNames, type NameRow } from './name-rows.js';

// Sentences are written for these tests (rows: see name-rows.ts).

describe('name runs: particles, initials, hyphens, digits', () => {
  it.each<NameRow>([
    ['Il vertice si è tenuto in Corea del Nord la settimana scorsa.', ['place:Corea del Nord'], ['Corea', 'Nord']],
    ['Il nuovo libro di J. K. Rowling esce domani.', ['person:J. K. Rowling'], ['Rowling']],
    ['Ieri Kim Jong-un ha visitato una fabbrica.', ['person:Kim Jong-un'], ['Kim Jong']],
    ['Il ministro ha incontrato Óscar de la Hoya a Madrid.', ['person:Óscar de la Hoya', 'place:Madrid'], ['Óscar']],
    ['I deputati del Movimento per la Libertà hanno lasciato l\'aula.', ['organization:Movimento per la Libertà'], ['Libertà']],
    ['Il patriarca Cirillo I ha celebrato la messa.', ['person:Cirillo I'], ['Cirillo']],
    // a capitalised function word ends a run: a caption run into the next sentence
    ['Ritratto di Anna Ferri Anche per la pittrice la mostra è un successo.', ['person:Anna Ferri'], ['Anna Ferri Anche']],
    // "la" is an article between two names, not a particle inside one
    ['Sotto il Ponte di Rialto la FAO ha girato un video.', ['organization:FAO'], ['Ponte di Rialto la FAO']],
  ])('%s', (...row) => checkNames(row));
});

describe('sentence-initial capitals', () => {
  it.each<NameRow>([
    ['Questa mattina Marco Bellini è partito per Torino.', ['person:Marco Bellini', 'place:Torino'], ['Questa', 'Questa mattina']],
    ['Accordo raggiunto sul bilancio: l\'accordo vale tre anni.', [], ['Accordo']],
    ['Sgomento a Bari per il crollo.', ['place:Bari'], ['Sgomento']],
  ])('%s', (...row) => checkNames(row));
});

describe('runs cut into entities', () => {
  it.each<NameRow>([
    // a role and its portfolio are no entity; the person after them is one
    ['Il Ministro dell\'Interno Giulio Sarti ha firmato il decreto.', ['person:Giulio Sarti'], ['Interno', 'Interno Giulio Sarti']],
    ['Lo ha detto il ministro delle Finanze Paola Gatti in aula.', ['person:Paola Gatti'], ['Finanze Paola Gatti']],
    ['Il Presidente del Consiglio Franco Lodi è atteso a Roma.', ['organization:Consiglio', 'person:Franco Lodi'], ['Presidente del Consiglio Franco Lodi']],
    // an organisation and the person who heads it
    ['Ne ha parlato il governatore della Banca d\'Italia Mario Lenti.', ['organization:Banca d\'Italia', 'person:Mario Lenti'], ['Banca d\'Italia Mario Lenti']],
    // a seat head names its city apart; a university of a city is one name
    ['La Procura di Torino ha aperto un fascicolo.', ['organization:Procura', 'place:Torino'], ['Procura di Torino']],
    ['Insegna all\'Università di Padova da vent\'anni.', ['organization:Università di Padova'], ['place:Padova']],
    ['Si è laureata all\'Università Cattolica di Milano.', ['organization:Università Cattolica', 'place:Milano'], ['Università Cattolica di Milano']],
    // a person, then the body she works for
    ['Lo studio è firmato da Laura Conti dell\'Istituto Nazionale di Ottica.', ['person:Laura Conti', 'organization:Istituto Nazionale di Ottica'], []],
    // a place head opens a place that the gazetteer does not know whole
    ['La nave è affondata nel Golfo del Messico.', ['place:Golfo del Messico'], ['place:Messico']],
    ['I turisti sono arrivati sull\'Isola del Giglio.', ['place:Isola del Giglio'], ['Giglio']],
    // a city with its region, and a hyphenated compound
    ['Il pellegrinaggio arriva a Santiago de Compostela.', ['place:Santiago de Compostela'], ['place:Santiago']],
    ['Il treno per Milano-Malpensa è in ritardo.', ['place:Milano-Malpensa'], ['Milano-', 'place:Milano']],
    ['Le scosse hanno colpito il Centro Italia.', ['place:Centro Italia'], ['place:Italia']],
    // events, prizes and laws are not entities, the place inside them is
    ['Il Festival di Sanremo inizia martedì.', ['place:Sanremo'], ['Festival di Sanremo']],
    ['La Coppa Italia è stata rinviata.', [], ['Coppa Italia', 'Italia']],
  ])('%s', (...row) => checkNames(row));
});

describe('acronyms and codes', () => {
  it.each<NameRow>([
    ['L\'ONU e la NATO hanno condannato l\'attacco.', ['organization:ONU', 'organization:NATO'], []],
    ['Secondo l\'FBI il sospettato è fuggito.', ['organization:FBI'], []],
    ['Il governo vuole ridurre l\'IVA e l\'IMU.', [], ['IVA', 'IMU']],
    ['Un incidente ha bloccato la A14 per ore.', ['place:A14'], ['organization:A14']],
    ['La scossa è stata avvertita a Vernio (PO) e dintorni.', ['place:PO'], ['organization:PO']],
  ])('%s', (...row) => checkNames(row));
});

describe('lowercase words that belong to a name', () => {
  it.each<NameRow>([
    ['La pioggia ha allagato la provincia di Pavia.', ['place:provincia di Pavia'], ['place:Pavia']],
    ['Il progetto è finanziato dalla Commissione europea.', ['organization:Commissione europea'], ['organization:Commissione']],
    ['La legge è passata alla Camera dei deputati ieri.', ['organization:Camera dei deputati'], []],
    ['La siccità colpisce l\'Italia meridionale.', ['place:Italia meridionale'], []],
    ['Il bando è della regione Toscana.', ['organization:regione Toscana'], ['place:Toscana']],
    ['È ricoverata all\'ospedale Niguarda.', ['place:ospedale Niguarda'], []],
    ['Ha pregato con suor Agnese per ore.', ['person:suor Agnese'], ['person:Agnese']],
    ['Ha chiesto aiuto al Fondo monetario internazionale.', ['organization:Fondo monetario internazionale'], []],
  ])('%s', (...row) => checkNames(row));
});

describe('types from context', () => {
  it.each<NameRow>([
    ['Lavora per la società Brembotec da anni.', ['organization:Brembotec'], []],
    ['La frana ha colpito la cittadina di Roccanera.', ['place:Roccanera'], []],
    ['Le scuole sono chiuse in Valtellona.', ['place:Valtellona'], []],
    ['«Non ci fermeremo», ha detto Brambillo ai giornalisti.', ['person:Brambillo'], []],
    ['Ha vinto il filippino Dado Kaleon.', ['person:Dado Kaleon'], []],
    ['Tra i fermati c\'è Ruvo Tessan, 34 anni, di Bari.', ['person:Ruvo Tessan'], []],
    ['Il ricorso è firmato da Elda Fumagalli. La Fumagalli ha detto che andrà avanti.', ['person:Fumagalli'], ['place:Fumagalli']],
    ['Le centrali di Cattenoy, Pirlaz e Lione sono ferme.', ['place:Cattenoy', 'place:Pirlaz'], []],
    ['Hanno firmato Cattenoy, Pirlaz e Vourmont.', [], ['Pirlaz']],
    // a lone given name after "a" is a place before it is a person
    ['Il concerto si terrà a Virginia Beach.', ['place:Virginia Beach'], ['person:Virginia Beach']],
    // a storm, a ship: a name, but no actor
    ['L\'uragano Katrina ha devastato la costa.', [], ['Katrina']],
    ['Il presidente della Confagricoltura ha protestato.', ['organization:Confagricoltura'], []],
    ['Il sindaco di Roccanera ha chiuso le scuole.', ['place:Roccanera'], []],
    ['Sul palco sono saliti i Velvet Tigers.', ['organization:Velvet Tigers'], ['person:Velvet Tigers']],
    ['Lo ha deciso la Brembotec, che produce valvole.', ['organization:Brembotec'], []],
    ['Il decreto è stato firmato dal Cnr e dalla Fnsi.', ['organization:Cnr'], []],
    ['I dipendenti di Brembotec sono in sciopero.', ['organization:Brembotec'], []],
    ['La moglie di Tassoni ha parlato ai giornalisti.', ['person:Tassoni'], []],
    ['Il monsone ha colpito lo stato indiano del Karunapur.', ['place:Karunapur'], []],
    ['Le scuole di Pirlaz, cittadina della costa, sono chiuse.', ['place:Pirlaz'], []],
    // a lone given name after an article is no person: "il Mac", "un Oscar"
    ['Ha vinto un Oscar nel 1998.', [], ['person:Oscar']],
  ])('%s', (...row) => checkNames(row));
});

describe('cities for their clubs, other metonymy as used', () => {
  it.each<NameRow>([
    ['Il Napoli ha battuto la Roma due a uno.', ['organization:Napoli', 'organization:Roma'], ['place:Napoli']],
    ['Il sindaco è tornato a Napoli ieri.', ['place:Napoli'], ['organization:Napoli']],
    ['I soccorsi sono arrivati all\'Aquila in serata.', [], ['organization:Aquila']],
    ['Mosca ha risposto con durezza alle sanzioni.', ['place:Mosca'], ['organization:Mosca']],
    ['Domenica si gioca la Brembotec - Genova.', ['organization:Genova'], ['place:Genova']],
    ['Gli scontri tra i tifosi della Lazio sono durati ore.', ['organization:Lazio'], ['place:Lazio']],
    ['Il treno Genova - Savona è in ritardo.', ['place:Genova', 'place:Savona'], []],
  ])('%s', (...row) => checkNames(row));
});

describe('institutions named by a common noun', () => {
  it.each<NameRow>([
    ['Il governo tedesco ha approvato il piano.', ['organization:governo tedesco'], []],
    ['La polizia ha arrestato due uomini.', ['organization:polizia'], []],
    ['Per spegnere il rogo sono arrivati i vigili del fuoco.', ['organization:vigili del fuoco'], []],
    ['Si parla di un governo tecnico per l\'autunno.', [], ['governo', 'governo tecnico']],
    ['Crisi di governo a Lisbona.', ['place:Lisbona'], ['governo']],
  ])('%s', (...row) => checkNames(row));
});
