import type { Token } from '../../pipeline/article.js';
import type { NameUnit } from './split-name-units.js';

const QUOTE_MARK = /^[«“„"‘']$/u;

/** The word before a unit (past quote marks) and the one before that, in its sentence. */
export function wordsBefore(unit: NameUnit, tokens: readonly Token[]) {
  const sentence = tokens[unit.first]!.sentence;
  let k = unit.first - 1;
  while (k >= 0 && QUOTE_MARK.test(tokens[k]!.text)) k--;
  const at = (i: number) => (i >= 0 && tokens[i]!.sentence === sentence ? tokens[i] : undefined);
  return { prev: at(k), prev2: at(k - 1), prev3: at(k - 2), adjacent: k === unit.first - 1 };
}
