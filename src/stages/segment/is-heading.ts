import type { Range } from '../../text/span.js';

const CLOSING = /[\s"»”'’)\]]/u;
const FINAL_PUNCTUATION = /[.!?…:;,]/u;
const MAX_HEADING = 250;

/**
 * A heading is a short line with no final punctuation: a title, a subtitle, or a subtitle made of
 * a bare quotation ("“Saremo sempre ... russi”" repeats a quote of the body). Closing marks at the
 * end are stepped over one by one, not with a `[...]+$` pattern, which backtracks on every run
 * of marks that does not reach the end.
 */
export function isHeading(folded: string, paragraph: Range): boolean {
  if (paragraph.end - paragraph.start > MAX_HEADING) return false;
  let end = paragraph.end;
  while (end > paragraph.start && CLOSING.test(folded[end - 1]!)) end--;
  return end > paragraph.start && !FINAL_PUNCTUATION.test(folded[end - 1]!);
}
