const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML element content and for attribute values in double or single quotes:
 * an article holding `<script>` or `</textarea>` is shown as those characters, never parsed.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for the inside of a `<script type="application/json">` element. Every `<` becomes `\u003c`
 * (and `>`, `&` their escapes) so no `</script>` or `<!--` in the data can end or change the
 * element; U+2028 and U+2029 are escaped too, so the text is also a valid JavaScript literal.
 * `JSON.parse` reads the escapes back to the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
