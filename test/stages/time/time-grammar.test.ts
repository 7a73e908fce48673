import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeGrammar, compileTimeGrammar, SHAPE_NAMES } from '../../../src/stages/time/time-grammar.js';

// Every class letter of the grammar (see time-grammar.ts), and one it never uses.
const LETTERS = 'dyYnaDkcCwvrMmWRpiUuQGVSFLXTPKAOZJEBHhge,-%fN_.x'.split('');

describe('compileTimeGrammar', () => {
  for (const monthBeforeDay of [false, true]) {
    it(`finds the same match as the one-pattern grammar (monthBeforeDay: ${monthBeforeDay})`, () => {
      const whole = buildTimeGrammar({ monthBeforeDay });
      const grammar = compileTimeGrammar({ monthBeforeDay });
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...LETTERS), { maxLength: 10 }), fc.nat(10), (letters, start) => {
          const classes = letters.join('');
          const from = Math.min(start, classes.length);
          whole.lastIndex = from;
          const expected = whole.exec(classes);
          const found = grammar.exec(classes, from);
          if (expected === null) expect(found).toBeNull();
          else expect(found).toEqual({ shape: SHAPE_NAMES.find((name) => expected.groups![name] !== undefined), index: expected.index, length: expected[0].length });
        }),
        { numRuns: 20000 },
      );
    });
  }
});
