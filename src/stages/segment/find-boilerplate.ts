import type { BoilerplateMarkers } from '../../lang/types.js';
import type { Range } from '../../text/span.js';

// A marker line is short: "Leggi anche: <a headline>" is one line, a paragraph that merely
// starts with "Più letti" words is prose.
const MAX_LINE = 300;
const MAX_BLOCK_HEADER = 80;
const BULLET = /[\s•·*#>|\-–—]/u;
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
 * marker ("Leggi anche: ...", "© Riproduzione riservata"), and everything from a short line that
 * starts with a block marker to the end of the text ("Related News :" and the headlines after it).
 * @example
 * findBoilerplate('Testo.\nRelated News :\nAltro titolo', paragraphs, italian.boilerplate) // [false, true, true]
 */
export function findBoilerplate(folded: string, paragraphs: readonly Range[], markers: BoilerplateMarkers): boolean[] {
  const flags = paragraphs.map(() => false);
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const length = paragraph.end - paragraph.start;
    if (length > MAX_LINE) continue;
    const head = headOf(folded, paragraph);
    if (length <= MAX_BLOCK_HEADER && startsWithMarker(head, markers.blocks)) {
      for (let k = i; k < paragraphs.length; k++) flags[k] = true;
      break;
    }
    if (startsWithMarker(head, markers.lines)) flags[i] = true;
  }
  return flags;
}
