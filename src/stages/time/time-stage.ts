import type { Stage } from '../../pipeline/stage.js';
import { RangeLookup } from '../../text/range-lookup.js';
import { mapPacked } from '../../text/map-packed.js';
import { findTimes } from './find-times.js';

/**
 * Temporal expressions, resolved against the publication date with a past bias (see `findTimes`).
 * Boilerplate lines ("Related News :") date nothing in the article and are left out.
 */
export const timeStage: Stage = {
  name: 'time',
  needs: ['boilerplate'],
  provides: ['times'],
  run(article) {
    const lexicon = article.pack.time;
    if (!lexicon) return { times: [] };
    const boilerplate = new RangeLookup(mapPacked(article.boilerplate!, (p) => [p, true] as const));
    const times = findTimes(article.text, lexicon, { publishedAt: article.publishedAt }).filter((t) => boilerplate.containing(t.start).length === 0);
    return { times };
  },
};
