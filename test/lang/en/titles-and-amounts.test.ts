import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';

const graphOf = (text: string) => extractGraph(text, { language: 'en' });

describe('English titles split from names', () => {
  it.each([
    ['Deputy Harbour Commissioner Tom Hale said the quay was shut.', 'Tom Hale'],
    ['Schools Minister Amal Perera said the exams would go ahead.', 'Amal Perera'],
    ['Police Chief Inspector Ruth Alvarez said the road was clear.', 'Ruth Alvarez'],
  ])('%s -> %s', (text, name) => {
    expect(graphOf(text).actors.map((a) => a.name)).toContain(name);
  });

  it.each([
    // a body whose name holds a role noun stays whole
    ['The Office of the Director of Public Works said the road was clear.', 'Ruth'],
  ])('%s: no person named %s', (text, name) => {
    expect(graphOf(text).actors.filter((a) => a.type === 'person').map((a) => a.name)).not.toContain(name);
  });
});

describe('English amounts and hedges', () => {
  it.each([
    ['The scheme costs $1.2 trillion.', 1.2e12, 'USD', undefined, undefined, false],
    ['The club paid £30 million for him.', 3e7, 'GBP', undefined, undefined, false],
    ['Nearly two thousand people came.', 2000, null, undefined, 2000, true],
    ['The fund has more than 40 staff.', 40, null, 40, undefined, true],
    ['Up to 300 kilograms were seized.', 300, 'kg', undefined, 300, false],
    ['It sold fewer than fifty cars.', 50, null, undefined, 50, false],
  ])('%s', (text, value, unit, lower, upper, approximate) => {
    const claim = graphOf(text).claims[0]!;
    expect({ value: claim.value, unit: claim.unit, lower: claim.lower, upper: claim.upper, approximate: claim.approximate }).toEqual({ value, unit, lower, upper, approximate });
  });
});
