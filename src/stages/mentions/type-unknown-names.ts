import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';
import type { NameUnit } from './split-name-units.js';

const words = (tokens: readonly Token[], unit: NameUnit) => tokens.slice(unit.first, unit.end).filter((t) => t.kind === 'word').map((t) => t.lower);

/**
 * Types the names the words alone left open, from the rest of the article: a surname of a known
 * person ("Lavrov" after "Sergei Lavrov"), a name that speaks ("X ha detto"), a name joined to
 * a person ("Sergei Lavrov e Choe Son Hui"). What stays unknown is not a mention.
 */
export function typeUnknownNames(units: NameUnit[], tokens: readonly Token[], pack: LanguagePack): void {
  const speaks = (unit: NameUnit) => {
    let j = unit.end;
    while (j < tokens.length && j < unit.end + 4 && (pack.auxiliaries.has(tokens[j]!.lower) || pack.adverbs.has(tokens[j]!.lower))) j++;
    const t = tokens[j];
    return t !== undefined && t.sentence === tokens[unit.first]!.sentence && pack.cueForms.has(t.lower);
  };
  for (let round = 0; round < 2; round++) {
    const personWords = [...new Set(units.filter((u) => u.type === 'person').map((u) => words(tokens, u).join(' ')))];
    units.forEach((unit, index) => {
      if (unit.type) return;
      const own = words(tokens, unit).join(' ');
      if (personWords.some((p) => ` ${p} `.includes(` ${own} `))) { unit.type = 'person'; return; }
      const before = units[index - 1];
      const after = units[index + 1];
      const joined = (other: NameUnit | undefined, a: number, b: number) =>
        other?.type === 'person' && b - a === 1 && ['e', 'ed', 'and'].includes(tokens[a]!.lower);
      if (joined(before, before?.end ?? 0, unit.first) || joined(after, unit.end, after?.first ?? 0)) { unit.type = 'person'; return; }
      if (speaks(unit)) unit.type = 'person';
    });
  }
  for (const unit of units) {
    if (unit.type) continue;
    const span = tokens.slice(unit.first, unit.end);
    const plain = span.every((t) => t.kind === 'word' && t.capitalized);
    if (plain && span.length >= 2 && span.length <= 4) unit.type = 'person';
  }
}
