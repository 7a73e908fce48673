import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import { speakerOf } from '../../helpers/speaker-of.js';

// Reported content by construction: the exact span a reader would call what was said, and the
// contrast cases where the tempting span is wrong. Sentences are written for these tests.
const reports = (text: string) => extractGraph(text, { language: 'it' }).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);

describe('where reported content ends', () => {
  it.each([
    ['a coordinated clause with its own subject and cue', 'La Regione ha comunicato che le scuole resteranno chiuse, e il prefetto ha disposto che i mercati siano sospesi.', ['le scuole resteranno chiuse', 'i mercati siano sospesi']],
    ['a coordinated verb after an infinitive', 'Il tecnico ha dichiarato di essere soddisfatto e ha lasciato la sala senza rispondere.', ['essere soddisfatto']],
    ['a coordinated verb in the tense of the cue', "L'assessora ha detto che il bando uscirà a maggio e ha poi lasciato la riunione.", ['il bando uscirà a maggio']],
    ['a coordinated cue', 'Il rettore ha annunciato che i corsi ripartono lunedì e ha aggiunto che le mense resteranno chiuse.', ['i corsi ripartono lunedì', 'le mense resteranno chiuse']],
    ['a semicolon', 'La ministra ha spiegato che i fondi sono arrivati; il decreto è atteso per giugno.', ['i fondi sono arrivati']],
    ['a colon before a quote', 'Il sindaco ha confermato che la piazza sarà chiusa: «Non abbiamo scelta».', ['la piazza sarà chiusa']],
    ['the main clause after a fronted subordinate', 'Nonostante il leader abbia dichiarato che voterà la fiducia, ieri il partito non si è presentato in aula.', ['voterà la fiducia']],
  ])('at %s', (_, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  it.each([
    ['"e che" goes on with the same report', 'Il medico ha spiegato che il paziente è stabile e che sarà dimesso domani.', ['il paziente è stabile e che sarà dimesso domani']],
    ['a coordinated verb of the content\'s own tense', 'Il questore ha detto che la polizia ha fermato due uomini e ha sequestrato le armi.', ['la polizia ha fermato due uomini e ha sequestrato le armi']],
    ['a coordinated clause in another tense', 'Il sindaco ha detto che la strada è chiusa e i mezzi sono fermi.', ['la strada è chiusa e i mezzi sono fermi']],
    ['a semicolon inside quotation marks', 'Il vescovo ha detto che la città è «stanca; ferita» da mesi.', ['la città è «stanca; ferita» da mesi']],
  ])('not where %s', (_, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  it('gives a second report after "e ha aggiunto" the same speaker', () => {
    const graph = extractGraph('Il rettore Marco Neri ha annunciato che i corsi ripartono lunedì e ha aggiunto che le mense resteranno chiuse.', { language: 'it' });
    const second = graph.quotes.find((q) => q.text === 'le mense resteranno chiuse')!;
    expect(speakerOf(graph, second.id)).toBe('Marco Neri');
  });
});

describe('what a cue takes as content, by its class', () => {
  it.each([
    ['an assertion verb and its noun phrase', "L'ex assessore nega ogni responsabilità nella vicenda.", ['ogni responsabilità nella vicenda']],
    ['a request and its noun phrase', 'Il comitato ha chiesto le dimissioni della giunta.', ['le dimissioni della giunta']],
    ['a dative addressee before the object', 'Il tecnico ha consigliato alle famiglie una verifica degli impianti.', ['una verifica degli impianti']],
    ['a judgement with its predicate in quotation marks', 'Il senatore ha definito la riforma «un pasticcio annunciato».', ['la riforma «un pasticcio annunciato»']],
    ['a judgement with "come"', "La rettrice ha descritto il taglio come un errore grave.", ['il taglio come un errore grave']],
    ['a cue with its particle', "Le associazioni hanno espresso il loro disappunto sull'aumento dei prezzi.", ['aumento dei prezzi']],
    ['"di non" and an infinitive', 'La ministra ha assicurato di non voler introdurre nuove tasse.', ['non voler introdurre nuove tasse']],
    ['"di aver" and a participle', 'Il sindaco ha risposto di aver avvisato la prefettura.', ['aver avvisato la prefettura']],
    ['"come" and a clause', "Il rettore ha ricordato come l'ateneo abbia raddoppiato gli iscritti.", ["l'ateneo abbia raddoppiato gli iscritti"]],
    ['an adjective cue after a copula', "Il presidente era convinto che l'accordo avrebbe retto.", ["l'accordo avrebbe retto"]],
    ['a reflexive "si è detto" and its predicate', 'Il vescovo si è detto preoccupato per i tagli.', ['preoccupato per i tagli']],
    ['a reflexive infinitive and its predicate', 'La ministra non può che dichiararsi soddisfatta del risultato.', ['soddisfatta del risultato']],
    ['a decision', 'Il tribunale ha disposto che i beni siano restituiti.', ['i beni siano restituiti']],
    ['a belief in the perfect infinitive', 'Il medico ritiene di aver agito correttamente.', ['aver agito correttamente']],
  ])('reads %s', (_, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  it.each([
    ['a speech act with no content', 'Il sindaco ha ringraziato i volontari della Protezione civile.'],
    ['an emotion with no proposition', 'La governatrice ha espresso il proprio cordoglio alle famiglie.'],
    ['an idiom of verb and bare noun', 'Il profugo aveva chiesto asilo alla Francia.'],
    ['a person as the object', 'La deputata ha criticato il ministro Carlo Bruni.'],
    ['a clitic object and a time after the cue', 'Lo ha annunciato venerdì in un incontro con la stampa.'],
    ['a passive with its predicate', 'Il ferito è stato dichiarato fuori pericolo.'],
    ['a judgement with no predicate', 'Il comitato ha definito una nuova strategia.'],
    ['a rule stated by a text', 'La legge prevede che i fondi siano restituiti.'],
    ['an intention', 'Il gruppo pensa di cambiare il nome del progetto.'],
    ['an adjective with no clause', 'È un convinto sostenitore della riforma.'],
    ['an adverb after the cue', 'Il portavoce ha smentito categoricamente.'],
  ])('finds no report in %s', (_, text) => {
    expect(reports(text)).toEqual([]);
  });

  it.each([
    ['an impersonal "si dice che"', 'Si dice che il ponte resterà chiuso fino a marzo.', 'il ponte resterà chiuso fino a marzo'],
    ['an impersonal "si ritiene" with a predicate', 'Si ritiene probabile che il ponte riapra.', 'il ponte riapra'],
  ])('gives %s no source', (_, text, content) => {
    const graph = extractGraph(text, { language: 'it' });
    const report = graph.quotes.find((q) => q.kind === 'indirect' && q.text === content)!;
    expect(report).toBeDefined();
    expect(speakerOf(graph, report.id)).toBeNull();
  });

  it('gives a reflexive "si è detto" its subject as source', () => {
    const graph = extractGraph('Il ministro Paolo Conti si è detto convinto della bontà del piano.', { language: 'it' });
    const report = graph.quotes.find((q) => q.kind === 'indirect')!;
    expect(speakerOf(graph, report.id)).toBe('Paolo Conti');
  });
});

describe('"secondo X"', () => {
  const reportsWithSources = (text: string) => {
    const graph = extractGraph(text, { language: 'it' });
    return graph.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, speakerOf(graph, q.id)]);
  };

  it.each([
    ['a name inside its phrase', 'Secondo il sito di notizie Alfa, il cantante sarebbe partito ieri.', [['il cantante sarebbe partito ieri', 'Alfa']]],
    ['a name with no comma after it', 'Secondo Marco Neri il progetto è fallito.', [['il progetto è fallito', 'Marco Neri']]],
    ['a phrase with no mention: content, no source', 'Secondo le prime analisi il guasto sarebbe stato causato da un fulmine.', [['il guasto sarebbe stato causato da un fulmine', null]]],
    ['an aside between dashes', 'Il ponte – secondo quanto riferito da fonti del comune – resterà chiuso.', [['Il ponte – secondo quanto riferito da fonti del comune – resterà chiuso', 'fonti del comune']]],
  ])('reads %s', (_, text, expected) => {
    expect(reportsWithSources(text)).toEqual(expected);
  });

  it.each([
    ['an ordinal "secondo"', 'Il secondo tempo è cominciato in ritardo.'],
    ['"secondo" before a verb', 'Secondo è arrivato il corridore di casa.'],
  ])('finds no report in %s', (_, text) => {
    expect(reports(text)).toEqual([]);
  });
});

describe('a cue that stands aside from its content', () => {
  it.each([
    ['a cue closing the sentence', 'Il piano sarà pronto entro maggio, ha detto il sindaco Marco Neri.', ['Il piano sarà pronto entro maggio']],
    ['a cue between commas', 'Il piano, ha detto il sindaco Marco Neri, sarà pronto entro maggio.', ['Il piano, ha detto il sindaco Marco Neri, sarà pronto entro maggio']],
    ['a cue between dashes', 'La strada resterà chiusa - spiega la prefetta Anna Villa - fino a lunedì.', ['La strada resterà chiusa - spiega la prefetta Anna Villa - fino a lunedì']],
    ['an aside after "dove"', 'Il testimone è stato portato in caserma, dove, ha raccontato lo stesso Luca Bassi, è stato interrogato per ore.', ['è stato interrogato per ore']],
    ['a colon with no quotation mark', 'In sintesi ha detto: il piano è pronto e i fondi arriveranno.', ['il piano è pronto e i fondi arriveranno']],
  ])('reads %s', (_, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  it.each([
    ['a quote before the cue', '«Non cambieremo idea», ha detto il sindaco.'],
    ['a quote after the aside', 'Se il ponte crolla, ha detto il sindaco, «nessuno potrà dire di non sapere».'],
    ['a quote right after the cue', 'La senatrice ha detto «È arrivato il momento che tutti facciano la loro parte».'],
    ['an address verb', 'La giunta ha deciso, invitando i cittadini.'],
  ])('leaves %s to the quote or to no report', (_, text) => {
    expect(reports(text)).toEqual([]);
  });

  it('does not report a cue twice when another cue opens the sentence', () => {
    expect(reports('Il sindaco ha detto che il piano è pronto, ha aggiunto il portavoce.')).toEqual(['il piano è pronto']);
  });
});
