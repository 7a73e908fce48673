import { describe, expect, it } from 'vitest';
import { englishNumberLexicon, parseEnglishNumberWords } from '../../../src/lang/en/numbers.js';

describe('parseEnglishNumberWords', () => {
  it.each([
    ['seven', 7],
    ['twenty-three', 23],
    ['three hundred', 300],
    ['a hundred', 100],
    ['two hundred and five', 205],
    ['two million', 2e6],
    ['a million', 1e6],
    ['one and a half million', 1.5e6],
    ['three hundred thousand', 3e5],
    ['Forty', 40],
  ])('%s -> %d', (words, value) => expect(parseEnglishNumberWords(words)).toBe(value));

  it.each(['tennis', 'a', 'and', 'seventh', 'one and', 'hundred', 'the ten'])('%s is not a cardinal', (words) => {
    expect(parseEnglishNumberWords(words)).toBeNull();
  });
});

describe('englishNumberLexicon', () => {
  it.each([
    ['up to', 'upper'],
    ['as many as', 'upper'],
    ['more than', 'lower'],
    ['at least', 'lower'],
    ['about', 'approximate'],
    ['an estimated', 'approximate'],
  ])('hedge %s is %s', (phrase, bound) => expect(englishNumberLexicon.hedges[phrase]).toBe(bound));

  it.each([
    ['percent', '%'],
    ['per cent', '%'],
    ['percentage points', 'pp'],
    ['dollars', 'USD'],
    ['miles', 'mi'],
  ])('unit %s is %s', (phrase, unit) => expect(englishNumberLexicon.units[phrase]).toBe(unit));

  it.each([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP']])('prefix %s is %s', (mark, unit) => expect(englishNumberLexicon.prefixUnits[mark]).toBe(unit));

  it('reads "3.5 million" with a point and "10,000" with a comma', () => {
    expect(englishNumberLexicon.decimalSeparator).toBe('.');
    expect(englishNumberLexicon.groupSeparators).toEqual([',']);
    expect(englishNumberLexicon.magnitudes.million).toBe(1e6);
    expect(englishNumberLexicon.magnitudes.billion).toBe(1e9);
  });

  it('scales vague amounts: "tens of thousands" is at least 10,000', () => {
    expect(englishNumberLexicon.vagueAmounts['tens of thousands']).toEqual({ value: 1e4, lower: true });
    expect(englishNumberLexicon.vagueAmounts.thousands).toMatchObject({ value: 1e3, lower: true });
  });

  it('lists era suffixes, case-sensitive', () => {
    expect(englishNumberLexicon.eraSuffixes).toEqual(expect.arrayContaining(['BC', 'A.D.']));
  });

  // Every start word should parse or begin a number word; none should be a common word prefix.
  it.each(englishNumberLexicon.numberWordStarts)('start %s parses as a number word', (start) => {
    expect(parseEnglishNumberWords(start)).not.toBeNull();
  });
});

describe('the whole lexicon through extractGraph', () => {
  it.each([
    ['Officials said 10,000 people fled.', 10000, {}],
    ['The firm lost 3.5 million dollars.', 3.5e6, { unit: 'USD' }],
    ['Up to 8,000 workers could be laid off.', 8000, { upper: 8000 }],
    ['About 40 percent of voters agree.', 40, { unit: '%', approximate: true }],
    ['The senator said the bill costs $5 billion.', 5e9, { unit: 'USD' }],
    ['More than 200 people were evacuated.', 200, { lower: 200 }],
  ])('%s', async (text, value, fields) => {
    const { extractGraph } = await import('../../../src/index.js');
    const claims = extractGraph(text, { language: 'en' }).claims;
    expect(claims).toContainEqual(expect.objectContaining({ value, ...fields }));
  });

  it.each([
    'The hearing is set for March 3.',
    'The bill passed in 1996.',
    'They met at 9 a.m. in Room 12.',
  ])('%s holds no claim', async (text) => {
    const { extractGraph } = await import('../../../src/index.js');
    expect(extractGraph(text, { language: 'en' }).claims).toEqual([]);
  });
});
