import type { AttributedContent, QuantityDraft } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { findQuantities } from './find-quantities.js';

/**
 * Numeric claims, each attributed to the speaker of the quote or reported speech that holds it
 * (the narrowest one); a claim outside any is the article's own and gets no attribution.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  needs: ['quoteSpans', 'indirect', 'attributed'],
  provides: ['quantities', 'attributed'],
  run(article) {
    const { text } = article;
    const quantities: QuantityDraft[] = findQuantities(text, article.pack.numbers).map((q) => ({
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
    const holders = attributed
      .filter((a) => a.speaker.actor !== null)
      .map((a) => {
        const [kind, n] = a.ref.split(':');
        const range = kind === 'quote' ? article.quoteSpans![Number(n)]!.content : article.indirect![Number(n)]!.content;
        return { attribution: a, range };
      });
    const claims: AttributedContent[] = [];
    quantities.forEach((q, i) => {
      const holder = holders
        .filter((h) => h.range.start <= q.start && q.end <= h.range.end)
        .sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start))[0];
      if (holder) claims.push({ ref: `claim:${i}`, cue: holder.attribution.cue, speaker: { ...holder.attribution.speaker, rule: `holds-claim/${holder.attribution.speaker.rule}` } });
    });
    return { quantities, attributed: [...attributed, ...claims] };
  },
};
