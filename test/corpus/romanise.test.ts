import { describe, expect, it } from 'vitest';
import { romanisationKey } from '../../src/corpus/romanise.js';
import { readPersonName } from '../../src/corpus/person-name.js';

describe('romanisationKey: spellings of one transliterated name share a key', () => {
  it.each([
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskij'],
    ['Zelensky', 'Zelenskiy'],
    ['Mikhail', 'Michail'],
    ['Lavrov', 'Lawrow'],
    ['Khodorkovsky', 'Chodorkowski'],
    ['Kravchuk', 'Kravčuk'],
    ['Shevchenko', 'Ševčenko'],
    ['Zhukov', 'Žukov'],
    ['Yuri', 'Jurij'],
    ['Konstantin', 'Constantin'],
    ['Dmitriy', 'Dmitrij'],
    ['Oleksiy', 'Oleksij'],
    ['Jong-un', 'Jongun'],
    ['Chávez', 'Chavez'],
    ['Mussolini', 'Musolini'],
  ])('%s ~ %s', (a, b) => {
    expect(romanisationKey(a)).toBe(romanisationKey(b));
  });

  it.each([
    ['Rossi', 'Russo'],
    ['Salvi', 'Salvini'],
    ['Maria', 'Mario'],
    ['Petrov', 'Petrova'],
    ['Ivanov', 'Ivanova'],
    ['Kim', 'Kin'],
  ])('%s and %s stay apart', (a, b) => {
    expect(romanisationKey(a)).not.toBe(romanisationKey(b));
  });
});

describe('readPersonName', () => {
  it('keys a hyphenated and a spaced Korean name alike', () => {
    expect(readPersonName('Kim Jong-un').key).toBe(readPersonName('Kim Jong Un').key);
  });
  it('keeps surname particles with the surname', () => {
    const name = readPersonName('Lucio Di Vaio');
    expect(name.surname).toBe(readPersonName('Di Vaio').surname);
    expect(name.given).toHaveLength(1);
    expect(readPersonName('Di Vaio').given).toHaveLength(0);
  });
  it('reads a first initial as an initial', () => {
    expect(readPersonName('G. Ferrante').initials).toEqual([true]);
    expect(readPersonName('Giulio T. Ferrante').initials).toEqual([false, true]);
  });
  it('reads a description as no proper name', () => {
    expect(readPersonName('un portavoce del ministero').proper).toBe(false);
    expect(readPersonName('Tommaso Ferri').proper).toBe(true);
  });
});
