import type { BoilerplateMarkers } from '../../lang/types.js';
import type { Range } from '../../text/span.js';
import { isHeading } from './is-heading.js';
import { mapPacked } from '../../text/map-packed.js';

// A marker line is short: "Leggi anche: <a headline>" is one line, a paragraph that merely
// starts with "Più letti" words is prose.
const MAX_LINE = 300;
const MAX_BLOCK_HEADER = 80;
const BULLET = /[\s©•·*#>|\-–—]/u;
const LETTER = /\p{L}/u;

/** The start of a paragraph as markers are matched: past bullets and dashes, lowercase, one space between words. */
function headOf(folded: string, paragraph: Range): string {
  let s = paragraph.start;
  while (s < paragraph.end && s - paragraph.start < 8 && BULLET.test(folded[s]!)) s++;
  return folded.slice(s, Math.min(paragraph.end, s + 64)).toLowerCase().replace(/\s+/g, ' ');
}

function startsWithMarker(head: string, markers: readonly string[]): boolean {
  return markers.some((marker) => head.startsWith(marker) && !(LETTER.test(marker.at(-1)!) && LETTER.test(head.charAt(marker.length))));
}

/**
 * Which paragraphs are scraper boilerplate, not article: a short line that starts with a line
 * marker ("Leggi anche: ...", "© Riproduzione riservata"), and a short line that starts with a
 * block marker with the headline-shaped lines after it ("Related News :", then the titles of other
 * articles). A paragraph of prose ends the block: texts pasted one after another stay articles.
 * @example
 * findBoilerplate('Testo.\nRelated News :\nAltro titolo\nAltro testo.', paragraphs, italian.boilerplate) // [false, true, true, false]
 */
export function findBoilerplate(folded: string, paragraphs: readonly Range[], markers: BoilerplateMarkers): boolean[] {
  const flags = mapPacked(paragraphs, () => false);
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const length = paragraph.end - paragraph.start;
    if (length > MAX_LINE) continue;
    const head = headOf(folded, paragraph);
    if (length <= MAX_BLOCK_HEADER && startsWithMarker(head, markers.blocks)) {
      flags[i] = true;
      // The headlines under it: short lines with no final punctuation. Prose ends the list.
      while (i + 1 < paragraphs.length && isHeading(folded, paragraphs[i + 1]!)) flags[++i] = true;
      continue;
    }
    if (startsWithMarker(head, markers.lines)) flags[i] = true;
  }
  return flags;
}
