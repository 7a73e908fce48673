import { describe, expect, it } from 'vitest';
import { isSurname } from '../../../src/lang/it/gazetteer/index.js';
import { checkNames, type NameRow } from './name-rows.js';

// Sentences written for these tests: for each rule, names it must type and contrasts where the
// tempting answer is wrong (rows: see name-rows.ts).

describe('surnames: the open list', () => {
  it.each([
    ['Castelli', true], ['Medvedev', true], ['Morandi', true],
    // a place, a brand, a first name or a frequent Italian word is never a surname of the list
    ['Milano', false], ['Google', false], ['Giulia', false], ['Pace', false],
  ] as const)('%s -> %s', (word, expected) => expect(isSurname(word)).toBe(expected));
});

describe('a lone surname is a person where nothing says otherwise', () => {
  it.each<NameRow>([
    ['Al quarto minuto il pallone è arrivato a Morandi, che ha tirato in porta.', ['person:Morandi'], ['place:Morandi']],
    ['Castelli ha votato contro il bilancio insieme a due colleghi.', ['person:Castelli'], []],
    ['Nella ripresa sono entrati Morandi e Castelli.', ['person:Morandi', 'person:Castelli'], []],
    // a surname takes no article: what follows one is a thing or a body named so
    ['Tutta la città si prepara per il Castelli di domenica.', [], ['person:Castelli']],
    // nor is it the name of a lowercase noun before it
    ['Il premio Morandi sarà consegnato in autunno.', [], ['person:Morandi']],
    // "in" says place more strongly than the list says person
    ['Il convegno si terrà in Castelli alla fine del mese.', [], ['person:Castelli']],
  ])('%s', (...row) => checkNames(row));
});

describe('match reports: a country with a bare article is its team', () => {
  const report = 'Nel girone di qualificazione la Francia batte l\'Irlanda per 3-1 e resta prima in classifica. ' +
    'Due gol nel primo tempo, poi la rete dell\'attaccante. Domenica la partita contro la Svezia, che giocherà in Francia.';
  it.each<NameRow>([
    [report, ['organization:Francia', 'organization:Irlanda', 'organization:Svezia', 'place:Francia'], []],
    // the same words in an article about anything else: the country acting is the country
    ['La Francia ha firmato l\'accordo con l\'Irlanda sui porti del nord. I due governi si vedranno a maggio.', ['place:Francia', 'place:Irlanda'], ['organization:Francia']],
    // one score in a political article does not make a match report
    ['La Francia ha votato il testo 3-1 in commissione, dicono i diplomatici in Irlanda e in Belgio.', ['place:Francia'], ['organization:Francia']],
  ])('%s', (...row) => checkNames(row));
});

describe('a name in brackets after a name: party or province', () => {
  it.each<NameRow>([
    ['Alle regionali corrono Carla Fontanesi (SEL) e Piero Mantelli (PD).', ['organization:SEL', 'organization:PD', 'person:Piero Mantelli'], ['person:SEL', 'place:PD']],
    ['Castelli (Azione) ha detto che voterà contro il bilancio.', ['person:Castelli', 'organization:Azione'], []],
    // a region has no province: the acronym after it is the party that won there
    ['Hanno vinto in Puglia (PD) e in Molise (FI).', ['organization:PD', 'organization:FI'], ['place:PD']],
    // after a town it is the province's code
    ['La sagra si terrà a Stroppiana (VC) il prossimo mese.', ['place:VC'], ['organization:VC']],
    // a birthplace in brackets stays a place
    ['Ha parlato per ultimo Mario Neri (Milano).', ['place:Milano'], ['organization:Milano']],
  ])('%s', (...row) => checkNames(row));
});

describe('seats: the building after a preposition of place, the body elsewhere', () => {
  it.each<NameRow>([
    ['Nel pomeriggio il premier è salito al Quirinale per le consultazioni.', ['place:Quirinale'], ['organization:Quirinale']],
    ['Centinaia di persone hanno protestato davanti alla Casa Bianca.', ['place:Casa Bianca'], []],
    ['Il Quirinale ha fatto sapere che la firma arriverà domani.', ['organization:Quirinale'], ['place:Quirinale']],
    ['Secondo una nota del Cremlino, il vertice è rinviato.', ['organization:Cremlino'], ['place:Cremlino']],
  ])('%s', (...row) => checkNames(row));
});

describe('sports clubs by the words of their names', () => {
  it.each<NameRow>([
    ["Il Leeds United ha esonerato l'allenatore; il Maccabi Haifa ha pareggiato in casa.", ['organization:Leeds United', 'organization:Maccabi Haifa'], ['place:Leeds United']],
    ['Il Real Madrid ha battuto lo Sheffield Wednesday nella amichevole estiva.', ['organization:Real Madrid', 'organization:Sheffield Wednesday'], ['place:Madrid']],
    ['Ieri sera i Chicago Bulls hanno perso in casa.', ['organization:Chicago Bulls'], []],
    // the town alone stays the town
    ['Il treno per Madrid partirà alle nove da Leeds.', ['place:Madrid', 'place:Leeds'], ['organization:Madrid']],
  ])('%s', (...row) => checkNames(row));
});

describe('a body named after its leader: two names', () => {
  it.each<NameRow>([
    ['Il Governo Ferraresi ha approvato il decreto.', ['organization:Governo', 'person:Ferraresi'], ['organization:Governo Ferraresi']],
    ['Durante il governo Ferraresi II le tasse sono salite.', ['person:Ferraresi II'], []],
    // the body's own words stay in its name
    ['Il Governo Federale ha risposto alla lettera.', ['organization:Governo Federale'], ['person:Federale']],
  ])('%s', (...row) => checkNames(row));
});

describe('a capitalised particle and a name open a sentence as a surname', () => {
  it.each<NameRow>([
    ['Di Benedetto ha risposto alle domande dei cronisti.', ['person:Di Benedetto'], []],
    ['Della Torre ha lasciato la riunione in anticipo.', ['person:Della Torre'], []],
    // a preposition before a place
    ['Da Milano partirà il corteo diretto a Pavia.', ['place:Milano'], ['person:Da Milano']],
    ['Dal Quirinale, in serata, è arrivata una nota.', [], ['person:Dal Quirinale']],
  ])('%s', (...row) => checkNames(row));
});

describe('names of storms, ships and animals are no actors, anywhere in the article', () => {
  it.each<NameRow>([
    ["L'uragano Ernestina ha toccato terra in Florida. Secondo le stime Ernestina causerà danni enormi.", ['place:Florida'], ['Ernestina']],
    ['Ciclone Ottavia, allerta in Calabria. Ottavia ha raggiunto la costa nella notte.', [], ['Ottavia']],
    ['Il cavallo Vento di Maggio ha vinto la seconda prova.', [], ['person:Vento di Maggio']],
    // the rider is a person
    ['Il fantino Giulio Serra ha vinto la prova in sella a Vento di Maggio.', ['person:Giulio Serra'], []],
    // a work's title may be its character's name, who stays a person
    ['Nel telefilm Ottavio il protagonista è un bambino; Ottavio ha poi avuto un seguito.', ['person:Ottavio'], []],
  ])('%s', (...row) => checkNames(row));
});

describe("saints' names used for places, and businesses named like people", () => {
  it.each<NameRow>([
    ['Il corteo è partito da San Babila ed è arrivato in centro.', ['place:San Babila'], ['person:San Babila']],
    ['Ci vediamo domenica a San Siro per la partita.', ['place:San Siro'], ['person:San Siro']],
    // the saint himself
    ["San Francesco è il patrono d'Italia.", ['person:San Francesco'], []],
    ['La cena si è tenuta alla trattoria Da Giulio, vicino al porto.', ['organization:Da Giulio'], ['person:Da Giulio']],
  ])('%s', (...row) => checkNames(row));
});

describe('a lone surname: what may stand before it', () => {
  it.each<NameRow>([
    ['Nella lista ci sono armi come Medvedev e altre ancora.', [], ['person:Medvedev']],
    ['Dopo il voto, Medvedev ha lasciato la sala.', ['person:Medvedev'], []],
  ])('%s', (...row) => checkNames(row));
});

describe('nouns whose "di + name" is a person', () => {
  it.each<NameRow>([
    ['La procura indaga sulla morte di Brenvik, trovato senza vita nel suo ufficio.', ['person:Brenvik'], ['place:Brenvik']],
    ['Il regime di Kavanu ha chiuso i confini.', ['person:Kavanu'], ['place:Kavanu']],
    // a place cue still wins where it stands
    ['Gli abitanti di Kavanu sono scesi in piazza.', [], ['person:Kavanu']],
  ])('%s', (...row) => checkNames(row));
});

describe('a name with an article that speaks is a body', () => {
  it.each<NameRow>([
    ['Il Gazzettino del Lago ha scritto che la giunta cadrà.', ['organization:Gazzettino del Lago'], ['person:Gazzettino del Lago']],
    ['Carlo Brenvik ha detto che la giunta cadrà.', ['person:Carlo Brenvik'], []],
  ])('%s', (...row) => checkNames(row));
});
