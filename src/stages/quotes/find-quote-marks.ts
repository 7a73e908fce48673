/** A quote mark found in the text: where it is and which way it faces. */
export interface QuoteMark {
  at: number;
  char: string;
  role: 'open' | 'close' | 'either';
  /** The opening mark this one closes, for closers. */
  closes: string;
}

const IS_LETTER = /\p{L}/u;
const IS_SPACE_OR_OPEN = /[\s([{\-–—/]/u;
const MARKS = /[«»‹›“”„‘’"']/g;

const letterAt = (text: string, i: number) => i >= 0 && i < text.length && IS_LETTER.test(text[i]!);
const spaceOrStart = (text: string, i: number) => i < 0 || IS_SPACE_OR_OPEN.test(text[i]!);
const spaceOrEnd = (text: string, i: number) => i >= text.length || /[\s.,;:!?)\]}\-–—]/u.test(text[i]!);

/**
 * The quote marks of one paragraph. Apostrophes are not quotes: a ’ or ' between letters
 * ("l’Ucraina", "c'è"), after a digit ("al 40'") or before one ("anni '70") is skipped; a single
 * mark counts only where it opens before a word or closes after one. Marks the folded text reads
 * as spaces (inside HTML tags) are skipped.
 */
export function findQuoteMarks(text: string, start: number, end: number, folded: string = text): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const slice = text.slice(start, end);
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(slice); m !== null; m = MARKS.exec(slice)) {
    const at = start + m.index;
    // Folded to a space: inside HTML markup ('<a href="...">'), not a quote mark.
    if (folded.charCodeAt(at) === 32) continue;
    const char = m[0];
    switch (char) {
      case '«': case '‹': case '“': case '„':
        marks.push({ at, char, role: 'open', closes: '' });
        break;
      case '»': marks.push({ at, char, role: 'close', closes: '«' }); break;
      case '›': marks.push({ at, char, role: 'close', closes: '‹' }); break;
      case '”': marks.push({ at, char, role: 'close', closes: '“„' }); break;
      case '"':
        marks.push({ at, char, role: spaceOrStart(text, at - 1) && !spaceOrEnd(text, at + 1) ? 'open' : spaceOrEnd(text, at + 1) && !spaceOrStart(text, at - 1) ? 'close' : 'either', closes: '"' });
        break;
      case '‘':
        if (!letterAt(text, at - 1)) marks.push({ at, char, role: 'open', closes: '' });
        break;
      case '’': case "'":
        if (char === "'" && slice[m.index + 1] === "'") {
          // two apostrophes stand for a double quote in some newsrooms' text ('' ... ''); a closer is
          // placed on the second so that the marks span both
          const open = spaceOrStart(text, at - 1) && !spaceOrEnd(text, at + 2);
          const close = spaceOrEnd(text, at + 2) && !spaceOrStart(text, at - 1);
          marks.push({ at: close ? at + 1 : at, char: '"', role: open ? 'open' : close ? 'close' : 'either', closes: '"' });
          MARKS.lastIndex++;
          break;
        }
        if (letterAt(text, at - 1) && letterAt(text, at + 1)) break; // elision
        if (/\p{N}/u.test(text[at - 1] ?? '') || /\p{N}/u.test(text[at + 1] ?? '')) break; // 40', '70
        if (spaceOrStart(text, at - 1) && letterAt(text, at + 1) && char === "'") marks.push({ at, char, role: 'open', closes: '' });
        else if (!spaceOrStart(text, at - 1) && spaceOrEnd(text, at + 1)) marks.push({ at, char, role: 'close', closes: char === '’' ? '‘' : "'" });
        break;
    }
  }
  return marks;
}
