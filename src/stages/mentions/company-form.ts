import type { Token } from '../../pipeline/article.js';

/**
 * Where a company's legal form that starts at `at` ends, or -1: "S.p.A.", "s.r.l.", "Inc.",
 * "GmbH", "SpA", written as letters with or without periods, all glued together. `forms` holds
 * the letters lowercased and joined ("spa", "inc"). The final period belongs to the form when the
 * sentence goes on after it ("la Alfa S.p.A. ha", "Beta Inc., che"); at a sentence's end it is the
 * sentence's.
 */
export function companyFormEnd(tokens: readonly Token[], at: number, limit: number, forms: ReadonlySet<string>): number {
  let letters = '';
  let k = at;
  let lastLetters = -1;
  while (k < limit) {
    const t = tokens[k]!;
    if (k > at && t.start !== tokens[k - 1]!.end) break;
    if (t.kind === 'word' && /^\p{L}+$/u.test(t.text) && (k === at || tokens[k - 1]!.text === '.')) {
      letters += t.lower;
      lastLetters = k;
    } else if (t.text !== '.' || k === at) break;
    k++;
  }
  if (lastLetters < 0 || !forms.has(letters)) return -1;
  const period = tokens[lastLetters + 1];
  const goesOn = period?.text === '.' && period.start === tokens[lastLetters]!.end && lastLetters + 2 < tokens.length && tokens[lastLetters + 2]!.sentence === period.sentence;
  return goesOn ? lastLetters + 2 : lastLetters + 1;
}
