import { describe, expect, it } from 'vitest';
import { tagEnglishNames } from '../../../src/lang/en/tag-names.js';

const tagged = (text: string) => tagEnglishNames(text).map((s) => [text.slice(s.start, s.end), s.type]);

describe('tagEnglishNames', () => {
  it.each([
    ['Gov. Mike Pence spoke in Ohio on Monday.', ['Mike Pence', 'person'], ['Ohio', 'place']],
    ['The FBI questioned Jennifer Walsh, a lawyer.', ['FBI', 'organization'], ['Jennifer Walsh', 'person']],
    // compromise knows few surnames: a repeat of a tagged full name is the same person
    ['Donald Trump won. Later Trump said he was happy.', ['Donald Trump', 'person'], ['Trump', 'person']],
    // a run that speaks is a person
    ['The decision was final, Okonkwo said.', ['Okonkwo', 'person']],
    // a spokeswoman names a person
    ['The campaign spokeswoman Marisela Quant declined.', ['Marisela Quant', 'person']],
    // organisation head words
    ['She left the Green Party last year.', ['Green Party', 'organization']],
  ])('%s', (text, ...expected) => {
    const spans = tagged(text);
    for (const item of expected) expect(spans).toContainEqual(item);
  });

  it.each([
    'Finnish Americans are numerous there.',
    'however, the weather was mild all week.',
    'Battleground states matter.',
  ])('%s holds no person', (text) => {
    expect(tagged(text).filter(([, type]) => type === 'person')).toEqual([]);
  });

  it('ends a possessive after its apostrophe, where the tokenizer cuts "CNN\'s"', () => {
    const text = 'Marta Oyelaran’s aides met CNN’s producers.';
    const spans = tagged(text);
    expect(spans).toContainEqual(['Marta Oyelaran’', 'person']);
  });

  it('gives offsets into the whole text across paragraphs', () => {
    const text = 'First line with no names.\n\nSen. Ruth Calloway of Ohio spoke.\nRuth Calloway left Ohio.';
    const spans = tagEnglishNames(text);
    for (const s of spans) expect(s.end).toBeLessThanOrEqual(text.length);
    expect(spans.filter((s) => text.slice(s.start, s.end) === 'Ruth Calloway')).toHaveLength(2);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  it('returns nothing for text with no capital letter', () => {
    expect(tagEnglishNames('no names here at all.\nnone here either.')).toEqual([]);
  });
});
