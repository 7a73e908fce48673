import type { CompiledLexicon } from './compile-lexicon.js';
import { keyOf } from './compile-lexicon.js';

export interface UnitReading {
  unit: string;
  end: number;
}

/**
 * Reads a unit right after a number ("40%", "5 metri", "200 chilometri"); with `afterPartitive`
 * also through "di" ("3 milioni di euro", "diverse centinaia di chilometri quadrati").
 * @example
 * readUnit('lungo 5 metri', 7, compiled, false) // { unit: 'm', end: 13 }
 */
export function readUnit(text: string, at: number, compiled: CompiledLexicon, afterPartitive: boolean): UnitReading | null {
  const unitAt = compiled.unitAt;
  unitAt.lastIndex = at;
  let found = unitAt.exec(text);
  if (!found && afterPartitive) {
    const partitive = compiled.partitiveAt;
    partitive.lastIndex = at;
    if (partitive.test(text)) {
      unitAt.lastIndex = partitive.lastIndex;
      found = unitAt.exec(text);
    }
  }
  if (!found) return null;
  return { unit: compiled.units.get(keyOf(found.groups!.unit!, true))!, end: unitAt.lastIndex };
}
