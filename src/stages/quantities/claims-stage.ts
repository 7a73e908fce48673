import type { AttributedContent, QuantityDraft } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { RangeLookup } from '../../text/range-lookup.js';
import { mapPacked } from '../../text/map-packed.js';
import { findQuantities } from './find-quantities.js';

/**
 * Numeric claims, each attributed to the speaker of the quote or reported speech that holds it
 * (the narrowest one); a claim outside any is the article's own and gets no attribution.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  needs: ['boilerplate', 'times', 'quoteSpans', 'indirect', 'attributed'],
  provides: ['quantities', 'attributed'],
  run(article) {
    const { text } = article;
    // "Related News :" and the headlines after it: numbers no one in the article claimed.
    const boilerplate = new RangeLookup(mapPacked(article.boilerplate!, (p) => [p, true] as const));
    // "tre giorni fa", "tra due settimane": a number inside a date is the date's, not a claim.
    const dates = new RangeLookup(mapPacked(article.times!, (t) => [t, true] as const));
    const found = findQuantities(text, article.pack.numbers).filter(
      (q) => boilerplate.containing(q.numberSpan.start).length === 0 && dates.containing(q.numberSpan.start, q.numberSpan.end).length === 0,
    );
    const quantities: QuantityDraft[] = mapPacked(found, (q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      value: q.value,
      ...(q.lower !== undefined ? { lower: q.lower } : {}),
      ...(q.upper !== undefined ? { upper: q.upper } : {}),
      approximate: q.approximate,
      unit: q.unit ?? null,
      object: q.object ?? null,
    }));
    const attributed = article.attributed!;
    const holders = new RangeLookup(
      mapPacked(
        attributed.filter((a) => a.speaker.actor !== null),
        (a) => {
          const [kind, n] = a.ref.split(':');
          const range = kind === 'quote' ? article.quoteSpans![Number(n)]!.content : article.indirect![Number(n)]!.content;
          return [range, a] as const;
        },
      ),
    );
    const claims: AttributedContent[] = [];
    found.forEach((q, i) => {
      const holder = holders.containing(q.numberSpan.start, q.numberSpan.end)[0];
      if (holder) claims.push({ ref: `claim:${i}`, cue: holder.cue, speaker: { ...holder.speaker, rule: `holds-claim/${holder.speaker.rule}` } });
    });
    return { quantities, attributed: [...attributed, ...claims] };
  },
};
