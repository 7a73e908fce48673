import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import { quoteWith, speakerOf } from '../../helpers/speaker-of.js';

// Sentences written for these tests. A cue set off as an aside ("..., ha detto X, ...", "...,
// ha detto X.", "dove, ha raccontato X, ...") reports the words around or before it, and its
// subject is the noun phrase after the verb; a name before the cue is inside what is reported.
// Each row: construction, text, a fragment of the reported content, the speaker a reader names
// (null where nobody can be named without guessing).
type Row = [string, string, string, string | null];

const speakerFor = (text: string, fragment: string) => {
  const graph = extractGraph(text, { language: 'it' });
  const node = quoteWith(graph, fragment);
  expect(node, `nothing found containing "${fragment}"`).toBeDefined();
  return speakerOf(graph, node!.id);
};

describe('a cue standing as an aside takes its subject after the verb', () => {
  it.each<Row>([
    ['aside at the end, a named person', 'Sandro Villa è stato fermato all\'alba, ha spiegato il questore Lucia Berti.', 'stato fermato all', 'Lucia Berti'],
    ['aside between commas, the reported subject named before it', 'Sandro Villa, ha spiegato il questore Lucia Berti, è stato fermato all\'alba.', 'stato fermato all', 'Lucia Berti'],
    ['aside after "dove", a name earlier in the sentence', 'Sandro Villa è tornato nella cascina dove, ha raccontato il vicino Paolo Greco, i cani abbaiavano da giorni.', 'i cani abbaiavano', 'Paolo Greco'],
    ['aside after "dove" with "lo stesso" before the name', 'Il pastore Ugo Marra ha incontrato Paolo Greco nella cascina dove, ha raccontato lo stesso Ugo Marra, i cani abbaiavano da giorni.', 'i cani abbaiavano', 'Ugo Marra'],
    ['aside with a bare name at the end', 'Ugo Marra ha parlato per primo. Le dighe reggeranno, ha detto Ornella Sarti.', 'Le dighe reggeranno', 'Ornella Sarti'],
  ])('%s', (_, text, fragment, speaker) => {
    expect(speakerFor(text, fragment)).toBe(speaker);
  });
});

describe('contrasts: where the name before the cue is not the speaker, or the cue is no aside', () => {
  it.each<Row>([
    // the aside names a speaker no mention covers: the name before the cue is in the report
    ['aside with a capitalised word no mention covers', 'Sandro Villa è stato fermato all\'alba, ha spiegato un Tizio qualunque.', 'stato fermato all', null],
    ['aside with a lowercase noun phrase no mention covers', 'Sandro Villa è stato fermato all\'alba, ha spiegato il custode.', 'stato fermato all', null],
    ['no aside: an object after the cue, an adverb aside before it', 'Sandro Villa, intanto, ha annunciato le dimissioni.', 'dimissioni', 'Sandro Villa'],
    // an empty aside continues who the text was about, not the name it reports on
    ['empty aside: the speaker of the sentence before', 'Lucia Berti ha parlato ai giornalisti. Sandro Villa è stato fermato all\'alba, ha detto.', 'stato fermato all', 'Lucia Berti'],
    // no aside: a "che" clause follows, the cue is the main verb and its subject comes first
    ['main verb followed by an aside and "che"', 'Lucia Berti, in conferenza stampa, ha detto, come il prefetto Ugo Marra, che il ponte resterà chiuso.', 'il ponte resterà chiuso', 'Lucia Berti'],
    ['main verb with its object after a comma aside', 'Lucia Berti, intanto, ha annunciato che il ponte resterà chiuso.', 'il ponte resterà chiuso', 'Lucia Berti'],
  ])('%s', (_, text, fragment, speaker) => {
    expect(speakerFor(text, fragment)).toBe(speaker);
  });
});
