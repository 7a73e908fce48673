/** Options for turning phrases into one regular-expression alternation. */
export interface AlternationOptions {
  /** Also match a capital first letter ("Migliaia di persone" at a sentence start). */
  capitalFirst?: boolean;
  /** Each phrase swallows the white space after it: `\s+` after a letter, `\s*` after "'" or ".". */
  trailingSpace?: boolean;
}

function escapeChar(char: string): string {
  if (char === "'" || char === '’') return "['’]";
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function phraseSource(phrase: string, options: AlternationOptions): string {
  let source = '';
  const chars = [...phrase];
  chars.forEach((char, i) => {
    if (/\s/.test(char)) source += '\\s+';
    else if (i === 0 && options.capitalFirst && char.toUpperCase() !== char) source += `[${char}${char.toUpperCase()}]`;
    else source += escapeChar(char);
  });
  if (options.trailingSpace) source += /[\p{L}\p{N}]$/u.test(phrase) ? '\\s+' : '\\s*';
  return source;
}

/**
 * Builds `a|b|c` from phrases, longest first so that "chilometri quadrati" wins over "chilometri";
 * a space in a phrase matches any white space and an apostrophe matches ' and ’.
 * @example
 * buildAlternation(['km', 'chilometri quadrati']) // 'chilometri\\s+quadrati|km'
 */
export function buildAlternation(phrases: Iterable<string>, options: AlternationOptions = {}): string {
  const unique = [...new Set(phrases)].filter((p) => p.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map((p) => phraseSource(p, options)).join('|') || '(?!)';
}
