// Helpers shared by the gazetteer builders: the keys a record is stored under, and the small
// parsers of the hand-written tables.
import { stripAccents, toGazetteerKey } from '../../src/lang/it/gazetteer/to-gazetteer-key.js';

/** Lines of a `|`-separated hand table, split into fields. */
export const lines = (table: string): string[][] => table.trim().split('\n').map((line) => line.split('|'));

/** Words of a hand list written across lines. */
export const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Code-unit order, not localeCompare: the output must not depend on the machine's locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The lookup keys of a set of names: each key as written and without accents. */
export function keysOf(names: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const key = toGazetteerKey(name);
    if (!key) continue;
    keys.add(key);
    keys.add(stripAccents(key));
  }
  return [...keys];
}

/**
 * The keys a record is stored under, as the index reads them: every toGazetteerKey() form of the
 * name and aliases, and the accent-free twin of each, except `name.toLowerCase()`, which the
 * index adds itself. Computing them here keeps normalisation out of the browser's load time.
 */
export function aliasKeys(name: string, aliases: Iterable<string>): string[] {
  const own = name.toLowerCase();
  return keysOf([name, ...aliases]).filter((key) => key !== own);
}
