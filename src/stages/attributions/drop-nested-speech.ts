import type { AttributedContent, IndirectSpeech } from '../../pipeline/article.js';
import { mapPacked } from '../../text/map-packed.js';

/**
 * Reported speech inside reported speech ("X ha detto che Y ha annunciato che Z") is kept as the
 * outer report only: its content already holds the inner one, and reports never overlap. Both
 * arrays are filtered in place, in step; refs are renumbered.
 */
export function dropNestedSpeech(indirect: IndirectSpeech[], attributed: AttributedContent[]): void {
  const order = mapPacked(indirect, (_, i) => i).sort((a, b) => indirect[a]!.content.start - indirect[b]!.content.start || indirect[b]!.content.end - indirect[a]!.content.end);
  const keep = new Set<number>();
  let reach = -1;
  for (const i of order) {
    if (indirect[i]!.content.start < reach) continue;
    keep.add(i);
    reach = indirect[i]!.content.end;
  }
  const keptIndirect = indirect.filter((_, i) => keep.has(i));
  const keptAttributed = mapPacked(attributed.filter((_, i) => keep.has(i)), (a, n) => ({ ...a, ref: `indirect:${n}` }));
  // Refilled one by one: splice(0, n, ...kept) passes every report as a call argument, which
  // overflows the stack past some 120,000 reports.
  indirect.length = 0;
  for (const report of keptIndirect) indirect.push(report);
  attributed.length = 0;
  for (const report of keptAttributed) attributed.push(report);
}
