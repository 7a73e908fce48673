import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import { quoteWith, speakerOf } from '../../helpers/speaker-of.js';

// Sentences are written for these tests. Each row: a construction, the text, a fragment of the
// reported content (quoted or indirect) and the speaker a reader names, or null where the right
// answer is nobody (a wrong speaker costs more than none).
const KINDS = { quote: ['direct', 'partial'], indirect: ['indirect'] } as const;
type Row = [string, string, keyof typeof KINDS, string, string | null];

const speakerFor = (text: string, kind: keyof typeof KINDS, fragment: string) => {
  const graph = extractGraph(text, { language: 'it' });
  const node = quoteWith(graph, fragment, [...KINDS[kind]]);
  expect(node, `nothing found containing "${fragment}"`).toBeDefined();
  return { graph, speaker: speakerOf(graph, node!.id), attribution: graph.attributions.find((a) => a.contentId === node!.id) };
};

describe('roles and names in apposition', () => {
  it.each<Row>([
    ['role, Name, before the cue', 'Il direttore del museo civico, Paolo Ferrante, ha annunciato che la mostra chiuderà a maggio.', 'indirect', 'la mostra chiuderà', 'Paolo Ferrante'],
    ['Name, role, before the cue', 'Giada Sorrentino, sindaca di Cortona, ha detto che le scuole resteranno aperte.', 'indirect', 'le scuole resteranno aperte', 'Giada Sorrentino'],
    ['Name, article + adjective + role,', 'Tommaso Villa, l\'attuale presidente della provincia, ha spiegato che i fondi arriveranno.', 'indirect', 'i fondi arriveranno', 'Tommaso Villa'],
    ['role with a complement of place, Name,', 'Il portavoce dei ribelli in Siria, Karim Haddad, ha affermato che la tregua regge.', 'indirect', 'la tregua regge', 'Karim Haddad'],
    ['role after the quote, Name,', '«Il porto riaprirà entro l\'estate», ha spiegato la presidente dell\'autorità portuale, Irene Costa, durante l\'audizione.', 'quote', 'Il porto riaprirà', 'Irene Costa'],
    ['role noun before a name (prefetto)', '«La statale resterà chiusa», ha detto il prefetto Marco Rossi.', 'quote', 'La statale resterà chiusa', 'Marco Rossi'],
    ['capitalised role, Name,', 'Il Ministro della Difesa, Marco Rossi, ha detto: «Siamo pronti a partire».', 'quote', 'Siamo pronti a partire', 'Marco Rossi'],
    ['a later bare role is its holder', 'Il rettore Fabio Lanza ha aperto l\'anno accademico. Più tardi il rettore ha detto che le tasse non aumenteranno.', 'indirect', 'le tasse non aumenteranno', 'Fabio Lanza'],
    ['a synonym of the role: prima cittadina ~ sindaca', 'Lucia Ferri, sindaca di Arezzo, ha incontrato i commercianti; la prima cittadina ha promesso che i parcheggi saranno gratuiti.', 'indirect', 'i parcheggi saranno gratuiti', 'Lucia Ferri'],
    ['a synonym of the role: premier ~ presidente del Consiglio', 'Il presidente del Consiglio Mario Draghetti ha parlato ieri. Il premier ha poi detto che la crisi è finita.', 'indirect', 'la crisi è finita', 'Mario Draghetti'],
    ['a synonym of the role: titolare ~ ministro', 'Il ministro dello Sviluppo economico Carlo Passi ha aperto il convegno. Il titolare dello Sviluppo economico ha detto che la crescita riprenderà.', 'indirect', 'la crescita riprenderà', 'Carlo Passi'],
    ['a person role before a body inside it', 'La senatrice Anna Greco ha parlato a lungo. Poi la senatrice Pd ha detto che il voto è rinviato.', 'indirect', 'il voto è rinviato', 'Anna Greco'],
  ])('%s', (_, text, kind, fragment, speaker) => {
    expect(speakerFor(text, kind, fragment).speaker).toBe(speaker);
  });

  it('does not join a titular role to a holder of another office', () => {
    const text = 'Il ministro della Sanità Carlo Passi ha aperto il convegno. Il titolare dell\'inchiesta ha detto che gli atti sono secretati.';
    expect(speakerFor(text, 'indirect', 'gli atti sono secretati').speaker).not.toBe('Carlo Passi');
  });

  it('does not give the role of one person the name set beside another role', () => {
    const text = 'Il ministro ha ricevuto il collega francese, Pierre Lamy. Il ministro ha poi spiegato che l\'intesa è vicina.';
    expect(speakerFor(text, 'indirect', "l'intesa è vicina").speaker).not.toBe('Pierre Lamy');
  });

  it('makes the role and the name one actor', () => {
    const graph = extractGraph('Il Ministro della Difesa, Marco Rossi, ha detto: «Siamo pronti a partire».', { language: 'it' });
    expect(graph.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Marco Rossi']);
    expect(graph.actors.find((a) => a.name === 'Marco Rossi')!.titles).toEqual(['Ministro della Difesa']);
  });
});

describe('the subject inside the cue\'s clause', () => {
  it.each<Row>([
    ['past a relative clause', 'La sindacalista Elena Marchi, che da anni segue la vertenza per conto della Fiom, ha detto che l\'accordo è insufficiente.', 'indirect', "l'accordo è insufficiente", 'Elena Marchi'],
    ['past an aside with a name in it', 'Marta Neri, ex assessora della giunta Bianchi, dichiara che il bilancio non regge.', 'indirect', 'il bilancio non regge', 'Marta Neri'],
    ['after "mentre", the second clause\'s subject', 'Il sindaco ha taciuto, mentre Carlo Riva, del comitato cittadino, denuncia che i lavori sono fermi.', 'indirect', 'i lavori sono fermi', 'Carlo Riva'],
    ['a coordinated cue shares the first verb\'s subject', 'Il sindaco Luca Berti ha nominato un nuovo assessore e ha precisato che la giunta resta unita.', 'indirect', 'la giunta resta unita', 'Luca Berti'],
    ['a plural group noun as subject', 'Gli operai, ricevuti ieri dal prefetto, hanno ribadito che il presidio continuerà.', 'indirect', 'il presidio continuerà', 'operai'],
    ['a plural group noun with a complement', 'I sostenitori della riforma dicono che i costi scenderanno.', 'indirect', 'i costi scenderanno', 'sostenitori della riforma'],
    ['joined subjects with "sia ..., sia"', 'Sia il ministro Paolo Conti, sia la ministra Sara Bassi hanno detto che il piano è pronto.', 'indirect', 'il piano è pronto', 'Paolo Conti'],
    ['reflexive "si è detto" after its subject', 'Il vescovo Mario Galli si è detto «preoccupato per i tagli».', 'quote', 'preoccupato per i tagli', 'Mario Galli'],
    ['a person role before a body name: the role speaks, not the party', 'La deputata Pd ha detto che il voto è rinviato.', 'indirect', 'il voto è rinviato', 'deputata'],
    ['a quote right after its cue, no colon', 'Anna Sala ha detto «Non ci fermeremo».', 'quote', 'Non ci fermeremo', 'Anna Sala'],
    ['a relative in brackets', 'Tra i primi a reagire Luca Neri (che ha detto «Una perdita enorme») e altri.', 'quote', 'Una perdita enorme', 'Luca Neri'],
    ['a name and a colon', 'Meloni: «Andremo avanti».', 'quote', 'Andremo avanti', 'Meloni'],
    ['the clause subject before a colon, not an earlier name', 'Luca Neri ha parlato di «una svolta», mentre Anna Sala ha reagito così alla notizia: «Non ci credo».', 'quote', 'Non ci credo', 'Anna Sala'],
    ['a quote standing after its speaker\'s sentence', 'Il comitato ha risposto con una nota durissima.\n«Nessuno ci ha mai consultato».', 'quote', 'Nessuno ci ha mai consultato', 'comitato'],
  ])('%s', (_, text, kind, fragment, speaker) => {
    expect(speakerFor(text, kind, fragment).speaker).toBe(speaker);
  });

  it.each<Row>([
    ['the object of the first conjunct is not the subject', 'Il sindaco ha nominato Paolo Riva assessore e ha precisato che la giunta resta unita.', 'indirect', 'la giunta resta unita', 'sindaco'],
    ['a singular verb after a plural group is not the group\'s', 'I residenti hanno protestato. Marco Villa ha detto che la strada è pericolosa.', 'indirect', 'la strada è pericolosa', 'Marco Villa'],
    ['a name inside a relative clause is not the subject', 'L\'attivista Giulia Sanna, che lavora con Amnesty, ha detto che le condizioni sono peggiorate.', 'indirect', 'le condizioni sono peggiorate', 'Giulia Sanna'],
  ])('contrast: %s', (_, text, kind, fragment, speaker) => {
    expect(speakerFor(text, kind, fragment).speaker).toBe(speaker);
  });
});

describe('carry-over is bounded and re-checked', () => {
  it.each<Row>([
    ['continues the subject of the sentence before', 'Il presidente Mario Rossi ha parlato ieri a Roma. Ha poi aggiunto che il paese ripartirà.', 'indirect', 'il paese ripartirà', 'Mario Rossi'],
    ['continues the last speaker within the paragraph', 'Sara Longo ha detto che la fabbrica resterà aperta. La decisione arriverà a giugno. Ha aggiunto che nessuno perderà il lavoro.', 'indirect', 'nessuno perderà il lavoro', 'Sara Longo'],
    ['a person named in between takes over', 'Il presidente Carlo Riva ha detto che il bilancio è in ordine. In serata Anna Costa è stata fermata dalla polizia. Ha dichiarato di essere innocente.', 'indirect', 'essere innocente', 'Anna Costa'],
  ])('%s', (_, text, kind, fragment, speaker) => {
    expect(speakerFor(text, kind, fragment).speaker).toBe(speaker);
  });

  it.each<Row>([
    ['no subject and nobody in reach', 'La riunione è durata tre ore e nessuno ha lasciato la sala.\n\nIl clima era teso per la pioggia.\n\nHa poi aggiunto che il progetto è sospeso.', 'indirect', 'il progetto è sospeso', null],
    ['a plural verb does not carry a single person', 'Il sindaco Luca Berti ha detto che la strada riaprirà. Hanno poi aggiunto che i lavori sono finiti.', 'indirect', 'i lavori sono finiti', null],
    ['an impersonal "si dice" has no source', 'Si dice che il ponte resterà chiuso fino a marzo.', 'indirect', 'il ponte resterà chiuso', null],
  ])('abstains: %s', (_, text, kind, fragment, speaker) => {
    const { speaker: found, attribution } = speakerFor(text, kind, fragment);
    expect(found).toBe(speaker);
    expect(attribution?.sourceId ?? null).toBeNull();
  });

  it('names the rule of every answer and says when there is none', () => {
    const text = 'La riunione è durata tre ore.\n\nIl clima era teso.\n\nHa poi aggiunto che il progetto è sospeso. «Torneremo a parlarne».';
    const graph = extractGraph(text, { language: 'it' });
    for (const a of graph.attributions) expect(a.rule).toMatch(/\S/u);
    expect(graph.diagnostics.some((d) => d.code === 'attribution/no-speaker')).toBe(true);
  });

  it('makes no report of a thanks', () => {
    const graph = extractGraph('Il sindaco ha ringraziato i volontari della protezione civile.', { language: 'it' });
    expect(graph.quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it.each<Row>([
    ['a quote listed after another of the same sentence', 'Luca Neri, leader del comitato, parla di «difesa della città» e di «minaccia posta dalla giunta».', 'quote', 'minaccia posta dalla giunta', 'Luca Neri'],
    ['a standalone quote after its speaker\'s report', 'Paola Zeni ha spiegato che il cantiere ripartirà a marzo.\n«Non ci saranno altri ritardi».', 'quote', 'Non ci saranno altri ritardi', 'Paola Zeni'],
  ])('%s', (_, text, kind, fragment, speaker) => {
    expect(speakerFor(text, kind, fragment).speaker).toBe(speaker);
  });

  it('carries only a person to a personal pronoun', () => {
    const text = 'Il Comune: tagli alla cultura per Anna Serra, lei replica:\n«Una scelta miope».';
    expect(speakerFor(text, 'quote', 'Una scelta miope').speaker).not.toBe('Comune');
  });

  it('takes no body inside an apposition for the subject of a later clause', () => {
    const text = 'Piero Landi, delegato sindacale dei Vigili del Fuoco, ha parlato a lungo. «Siamo allo stremo».';
    expect(speakerFor(text, 'quote', 'Siamo allo stremo').speaker).toBe('Piero Landi');
  });

  it('does not carry a speaker to a standalone quote across another person named since', () => {
    const text = 'Paola Zeni ha spiegato che il cantiere ripartirà a marzo. Il progetto è stato voluto dal sindaco Ugo Ferri.\n«Ho insistito per mesi».';
    expect(speakerFor(text, 'quote', 'Ho insistito per mesi').speaker).not.toBe('Paola Zeni');
  });

  it('does not lend a speaker to a quote of another clause', () => {
    const text = 'Luca Neri ha detto "È stata una bella serata", e il pubblico in sala ha intonato il coro "Viva la squadra".';
    const graph = extractGraph(text, { language: 'it' });
    expect(speakerOf(graph, quoteWith(graph, 'Viva la squadra')!.id)).not.toBe('Luca Neri');
  });
});
