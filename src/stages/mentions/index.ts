import { shapedMention, type NameMention } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { mapPacked } from '../../text/map-packed.js';
import { RangeLookup } from '../../text/range-lookup.js';
import { findNameUnits } from './find-name-units.js';

/** Proper-name mentions, typed where the words or their context tell, and role descriptions. */
export const mentionsStage: Stage = {
  name: 'mentions',
  needs: ['sentences', 'tokens', 'quoteSpans'],
  provides: ['mentions'],
  run(article) {
    const { text } = article;
    const tokens = article.tokens!;
    const { units, nominals, institutionAt } = findNameUnits(article);
    const quotes = new RangeLookup(mapPacked(article.quoteSpans!, (q) => [q.content, true] as const));
    const insideQuote = (start: number, end: number) => quotes.containing(start, end).length > 0;
    const mentions: NameMention[] = [];
    for (const unit of units) {
      if (!unit.type || unit.rejected) continue;
      const start = tokens[unit.first]!.start;
      const end = tokens[unit.end - 1]!.end;
      mentions.push(shapedMention({
        start, end, text: text.slice(start, end), kind: 'name', type: unit.type,
        firstToken: unit.first, endToken: unit.end,
        canonical: unit.canonical || undefined,
        affiliation: unit.affiliation || undefined,
        insideQuote: insideQuote(start, end),
      }));
    }
    // "la polizia tedesca" is the institution's name, not also a role description
    for (const nominal of nominals) if (!institutionAt.has(nominal.firstToken)) mentions.push(shapedMention({ ...nominal, insideQuote: insideQuote(nominal.start, nominal.end) }));
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const byFirstToken = new Map(mentions.map((m, i) => [m.firstToken, i]));
    mentions.forEach((m) => {
      if (m.kind !== 'nominal') return;
      const next = byFirstToken.get(m.endToken);
      if (next !== undefined && mentions[next]!.kind === 'name' && mentions[next]!.type === m.type) m.appositionOf = next;
    });
    return { mentions };
  },
};
