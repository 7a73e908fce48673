import type { Token } from '../../pipeline/article.js';
import type { NameSpan } from '../../lang/types.js';
import { tokenAt } from '../../pipeline/token-at.js';
import type { NameUnit } from './split-name-units.js';

/** Name units from a tagger's spans, snapped to whole tokens; spans that cover no token are dropped. */
export function taggedUnits(spans: readonly NameSpan[], tokens: readonly Token[]): NameUnit[] {
  const units: NameUnit[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const first = tokenAt(tokens, span.start);
    let end = first;
    while (end < tokens.length && tokens[end]!.end <= span.end) end++;
    if (end <= first) continue;
    const previous = units[units.length - 1];
    if (previous && previous.end > first) continue;
    units.push({ first, end, type: span.type });
  }
  return units;
}
