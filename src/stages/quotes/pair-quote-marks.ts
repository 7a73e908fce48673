import type { Diagnostic } from '../../schema/graph-schema.js';
import type { Range } from '../../text/span.js';
import { findQuoteMarks, type QuoteMark } from './find-quote-marks.js';

export interface MarkPair {
  open: number;
  /** Offset of the closing mark, or null when the quote never closes. */
  close: number | null;
  /** Paragraph the quote ends in (it may continue across paragraphs). */
  lastParagraph: number;
}

interface Open {
  mark: QuoteMark;
  paragraph: number;
}

const closesOpen = (closer: QuoteMark, openChar: string) => closer.closes.includes(openChar) || (closer.char === '"' && openChar === '"');

/**
 * The open marks of a paragraph, counted by character so that "can this mark close any of them?"
 * needs no scan: 100,000 « followed by as many ” would otherwise cost a scan of the stack per ”.
 */
class OpenStack {
  readonly items: Open[] = [];
  private readonly counts = new Map<string, number>();

  push(open: Open): void {
    this.items.push(open);
    this.counts.set(open.mark.char, (this.counts.get(open.mark.char) ?? 0) + 1);
  }

  pop(): Open {
    const open = this.items.pop()!;
    this.counts.set(open.mark.char, this.counts.get(open.mark.char)! - 1);
    return open;
  }

  top(): Open | undefined {
    return this.items[this.items.length - 1];
  }

  holdsOpenerFor(closer: QuoteMark): boolean {
    for (const [char, count] of this.counts) if (count > 0 && closesOpen(closer, char)) return true;
    return false;
  }
}

/**
 * Pairs quote marks paragraph by paragraph with a stack, so nested quotes pair inside out and a
 * stray mark costs only itself, never the other quotes of the article. « or “ left open at a
 * paragraph's end continues when the next paragraph reopens with the same mark: news style
 * reopens « at each paragraph without closing. `folded` (the normalize stage's copy) hides the
 * marks inside HTML tags.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly Range[], diagnostics: Diagnostic[], folded: string = text): MarkPair[] {
  const pairs: MarkPair[] = [];
  let carried: Open[] = [];
  paragraphs.forEach((paragraph, index) => {
    const marks = findQuoteMarks(text, paragraph.start, paragraph.end, folded);
    const stack = new OpenStack();
    let first = 0;
    if (carried.length > 0 && marks[0]?.at === paragraph.start && marks[0].char === carried[carried.length - 1]!.mark.char) {
      for (const open of carried) stack.push(open);
      first = 1;
    } else {
      for (const open of carried) pairs.push({ open: open.mark.at, close: null, lastParagraph: index - 1 });
    }
    carried = [];
    for (let i = first; i < marks.length; i++) {
      const mark = marks[i]!;
      const top = stack.top();
      const canClose = mark.role !== 'open' && stack.holdsOpenerFor(mark);
      if (canClose && (mark.role === 'close' || (top && closesOpen(mark, top.mark.char)))) {
        let open = stack.pop();
        while (!closesOpen(mark, open.mark.char)) {
          unclosedInside(open, diagnostics);
          open = stack.pop();
        }
        pairs.push({ open: open.mark.at, close: mark.at, lastParagraph: index });
      } else if (mark.role !== 'close') {
        stack.push({ mark, paragraph: index });
      } else if (mark.char !== '’' && mark.char !== "'") {
        diagnostics.push({ code: 'quote/stray-close', severity: 'info', message: `closing ${mark.char} with no opening mark`, start: mark.at, end: mark.at + 1 });
      }
    }
    // Straight marks never continue a paragraph; curly and angled ones may.
    for (const open of stack.items) {
      if (open.mark.char === '"' || open.mark.char === "'" || open.mark.char === '‘') unclosedInside(open, diagnostics);
      else carried.push(open);
    }
  });
  for (const open of carried) pairs.push({ open: open.mark.at, close: null, lastParagraph: paragraphs.length - 1 });
  return pairs;
}

// A straight mark left open is too ambiguous to quote anything: report it and drop it.
function unclosedInside(open: Open, diagnostics: Diagnostic[]): void {
  diagnostics.push({
    code: 'quote/unpaired',
    severity: 'info',
    message: `${open.mark.char} opens a quote that is never closed in its paragraph; it was ignored`,
    start: open.mark.at,
    end: open.mark.at + 1,
  });
}
