import { describe, expect, it } from 'vitest';
import { ClaimgraphError, extractGraph } from '../../src/index.js';
import { detectLanguage } from '../../src/lang/detect-language.js';

// Sentences written for these tests: a short news sentence, and a longer paragraph, per language.
const samples: [string, string][] = [
  ['it', 'Il ministro ha detto che la riforma sarà approvata entro la fine del mese.'],
  ['it', 'Secondo la polizia, durante la notte sono state evacuate duecento persone dalle case vicine al fiume. Il sindaco ha chiesto aiuto alla regione.'],
  ['en', 'The minister said that the reform would be approved by the end of the month.'],
  ['en', 'According to the police, two hundred people were evacuated from their homes near the river during the night. The mayor has asked the region for help.'],
  ['fr', 'Le ministre a déclaré que la réforme sera adoptée avant la fin du mois.'],
  ['fr', "Selon la police, deux cents personnes ont été évacuées de leurs maisons près du fleuve pendant la nuit. Le maire a demandé l'aide de la région."],
  ['es', 'El ministro dijo que la reforma será aprobada antes del final del mes.'],
  ['es', 'Según la policía, doscientas personas fueron evacuadas de sus casas cerca del río durante la noche. El alcalde ha pedido ayuda a la región.'],
  ['de', 'Der Minister sagte, dass die Reform bis zum Ende des Monats verabschiedet wird.'],
  ['de', 'Nach Angaben der Polizei wurden in der Nacht zweihundert Menschen aus ihren Häusern am Fluss gebracht. Der Bürgermeister hat die Region um Hilfe gebeten.'],
  ['pt', 'O ministro disse que a reforma será aprovada até o final do mês.'],
  ['pt', 'Segundo a polícia, duzentas pessoas foram retiradas das suas casas perto do rio durante a noite. O prefeito pediu ajuda ao governo da região.'],
  ['nl', 'De minister zei dat de hervorming voor het einde van de maand wordt goedgekeurd.'],
  ['nl', 'Volgens de politie zijn in de nacht tweehonderd mensen uit hun huizen bij de rivier gehaald. De burgemeester heeft de regio om hulp gevraagd.'],
];

describe('detectLanguage', () => {
  it.each(samples)('%s: %s', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it.each([
    ['an Italian article quoting an English sentence', 'Il presidente ha risposto in inglese ai giornalisti: «We will not leave this city». Poi ha lasciato la sala senza altre domande e il portavoce ha chiuso la conferenza.', 'it'],
    ['an Italian article quoting a Spanish sentence', 'Il ministro spagnolo ha detto in conferenza stampa: «No vamos a cambiar la ley». La frase è stata ripresa da tutti i giornali del paese, che hanno criticato il governo.', 'it'],
    ['an English article quoting a French sentence', 'The president told reporters that he would not resign. "Je ne partirai pas", he said in French, before leaving the room with his advisers.', 'en'],
    ['a French article quoting an Italian sentence', "Le président a répondu en italien : « Non lasceremo la città ». Il a ensuite quitté la salle sans répondre aux questions des journalistes, qui sont restés dans le couloir.", 'fr'],
  ])('%s', (_, text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it.each([
    ['a line of names and numbers', 'Roma, 300 morti', 'it'],
    ['a headline in Italian', 'Crolla il ponte sul fiume', 'it'],
    ['a headline in English', 'Bridge over the river collapses', 'en'],
    ['one French word shared with Italian', 'la', 'it'],
    ['an empty text', '', 'it'],
  ])('%s: too little to tell another language, so no refusal', (_, text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('reads an unsupported Romance text as Italian, a Germanic one as the closer of the two', () => {
    expect(detectLanguage(samples.find(([l]) => l === 'es')![1]).readAs).toBe('it');
    expect(detectLanguage('The minister said that the reform would be approved.').readAs).toBe('en');
  });
});

describe("extractGraph with language 'auto'", () => {
  const french = samples.find(([l]) => l === 'fr')![1];

  it('reports an unsupported language as a warning over the text read', () => {
    const graph = extractGraph(french);
    expect(graph.diagnostics).toContainEqual(expect.objectContaining({ code: 'language/unsupported', severity: 'warning', start: 0, end: french.length }));
    expect(graph.diagnostics.find((d) => d.code === 'language/unsupported')?.message).toMatch(/reads as French \(fr\)/);
  });

  it("refuses it with onUnsupportedLanguage: 'throw'", () => {
    expect(() => extractGraph(french, { onUnsupportedLanguage: 'throw' })).toThrow(ClaimgraphError);
    try {
      extractGraph(french, { onUnsupportedLanguage: 'throw' });
    } catch (error) {
      expect((error as ClaimgraphError).code).toBe('UNSUPPORTED_LANGUAGE');
      expect((error as ClaimgraphError).message).toMatch(/reads as French/);
    }
  });

  it('says nothing of Italian or English text, and refuses none', () => {
    for (const [language, text] of samples.filter(([l]) => l === 'it' || l === 'en')) {
      const graph = extractGraph(text, { onUnsupportedLanguage: 'throw' });
      expect(graph.document.language).toBe(language);
      expect(graph.diagnostics.map((d) => d.code)).not.toContain('language/unsupported');
    }
  });

  it('does not second-guess a language the caller names', () => {
    const graph = extractGraph(french, { language: 'it', onUnsupportedLanguage: 'throw' });
    expect(graph.diagnostics.map((d) => d.code)).not.toContain('language/unsupported');
  });

  it('refuses an onUnsupportedLanguage it does not know', () => {
    expect(() => extractGraph('testo', { onUnsupportedLanguage: 'ignore' as never })).toThrow(/onUnsupportedLanguage must be 'diagnose' or 'throw'/);
  });
});
