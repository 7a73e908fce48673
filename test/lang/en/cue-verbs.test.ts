import { describe, expect, it } from 'vitest';
import { englishCueForms, englishCueOf, englishCueParticles } from '../../../src/lang/en/cue-verbs.js';
import { inflect } from '../../../src/lang/en/inflect.js';

describe('inflect', () => {
  it.each([
    ['argue', 'argues', 'argued', 'arguing'],
    ['deny', 'denies', 'denied', 'denying'],
    ['stress', 'stresses', 'stressed', 'stressing'],
    ['reply', 'replies', 'replied', 'replying'],
    ['warn', 'warns', 'warned', 'warning'],
    ['agree', 'agrees', 'agreed', 'agreeing'],
  ])('%s -> %s, %s, %s', (base, third, past, gerund) => {
    expect(inflect(base)).toEqual({ third, past, participle: past, gerund });
  });

  it('doubles a final consonant when told to', () => {
    expect(inflect('admit', true)).toEqual({ third: 'admits', past: 'admitted', participle: 'admitted', gerund: 'admitting' });
  });
});

describe('englishCueOf', () => {
  it.each([
    ['said', 'say', 'speech'],
    ['told', 'tell', 'speech'],
    ['argues', 'argue', 'speech'],
    ['wrote', 'write', 'speech'],
    ['believes', 'believe', 'cognition'],
    ['thought', 'think', 'cognition'],
    ['wants', 'want', 'cognition'],
    ['sought', 'seek', 'cognition'],
    ['shows', 'show', 'cognition'],
    ['found', 'find', 'cognition'],
    ['admitted', 'admit', 'speech'],
    ['called', 'call', 'speech'],
    ['say', 'say', 'speech'],
  ])('%s is a cue of %s (%s)', (word, lemma, sense) => {
    expect(englishCueOf(word)).toMatchObject({ lemma, sense });
  });

  // Noun-like forms and plain base forms would end reported content early ("federal and state law").
  it.each(['plans', 'claims', 'reports', 'points', 'state', 'blame', 'table', 'president', 'sayings', 'the'])('%s is not a cue', (word) => {
    expect(englishCueOf(word)).toBeUndefined();
  });

  it('keeps every form it returns in englishCueForms', () => {
    for (const word of ['said', 'argued', 'believes', 'denying']) expect(englishCueForms.get(word)).toBe(englishCueOf(word));
  });

  it('lets a bare clause be the content of "said", not of "told"', () => {
    expect(englishCueOf('said')!.takesObject).toBe(true);
    expect(englishCueOf('told')!.takesObject).toBe(false);
  });
});

describe('englishCueParticles', () => {
  it.each([
    [['in', 'a', 'statement']],
    [['on', 'tuesday']],
    [['reporters']],
    [['for']],
  ])('lists %j', (phrase) => {
    expect(englishCueParticles).toContainEqual(phrase);
  });

  it('tries longer phrases first', () => {
    const lengths = englishCueParticles.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
