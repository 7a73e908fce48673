import { describe, expect, it } from 'vitest';
import { italian } from '../../../src/lang/it/index.js';
import { tokenize } from '../../../src/stages/segment/tokenize.js';
import { verbGroupAt } from '../../../src/stages/clauses/verb-groups.js';

const groupAt = (text: string, word: string) => {
  const tokens = tokenize(text, text, 0, text.length, 0);
  const at = tokens.findIndex((t) => t.text === word);
  const group = verbGroupAt(tokens, at, italian);
  return group && { text: text.slice(tokens[group.start]!.start, tokens[group.end - 1]!.end), tense: group.tense, cue: group.cue };
};

describe('verbGroupAt', () => {
  it.each([
    ['auxiliary and participle', 'La giunta ha approvato il piano.', 'ha', { text: 'ha approvato', tense: 'present', cue: false }],
    ['a cue participle', 'Il prefetto aveva annunciato la chiusura.', 'aveva', { text: 'aveva annunciato', tense: 'past', cue: true }],
    ['negation and clitic first', 'La sindaca non gli ha mai risposto.', 'non', { text: 'non gli ha mai risposto', tense: 'present', cue: true }],
    ['a passive', 'Il ponte sarebbe stato chiuso ieri.', 'sarebbe', { text: 'sarebbe stato chiuso', tense: 'conditional', cue: false }],
    ['a modal and its infinitive', 'Il comune potrà riaprire la scuola.', 'potrà', { text: 'potrà riaprire', tense: 'future', cue: false }],
    ['a copula', 'Il paziente è stabile.', 'è', { text: 'è', tense: 'present', cue: false }],
    ['a finite cue form', 'La questura comunica la chiusura.', 'comunica', { text: 'comunica', tense: 'simple', cue: true }],
  ])('reads %s', (_, text, word, expected) => {
    expect(groupAt(text, word)).toEqual(expected);
  });

  it.each([
    ['a cue noun after an article', 'La domanda resta aperta.', 'domanda'],
    ['an infinitive', 'Ha promesso di dichiarare tutto.', 'dichiarare'],
    ['a gerund', 'Ha parlato a lungo, dichiarando la sua contrarietà.', 'dichiarando'],
    ['a plain noun', 'Il ponte resta chiuso.', 'ponte'],
  ])('finds no verb group at %s', (_, text, word) => {
    expect(groupAt(text, word)).toBeNull();
  });
});
