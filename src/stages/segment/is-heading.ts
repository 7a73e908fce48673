const CLOSING = /[\s"»”'’)\]]+$/u;
const FINAL_PUNCTUATION = /[.!?…:;,]$/u;

/**
 * A heading is a short line with no final punctuation: a title, a subtitle, or a subtitle made of
 * a bare quotation ("“Saremo sempre ... russi”" repeats a quote of the body).
 */
export function isHeading(paragraph: string): boolean {
  if (paragraph.length > 250) return false;
  const body = paragraph.replace(CLOSING, '');
  return body.length > 0 && !FINAL_PUNCTUATION.test(body);
}
