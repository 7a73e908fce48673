import { ClaimgraphError, describeValue } from '../../errors.js';
import type { TimeLexicon } from '../../lang/time-lexicon.js';
import { dayOfIso } from './calendar.js';
import { compileTimeLexicon } from './compile-time-lexicon.js';
import { interpretTime, type TimeReading } from './interpret-time.js';
import { isFutureClause } from './is-future-clause.js';
import { readTimeTokens } from './read-time-tokens.js';
import { resolveTime, type ResolvedTime } from './resolve-time.js';

/** A temporal expression found in a text: its span and its place on the calendar. */
export interface FoundTime extends ResolvedTime {
  start: number;
  end: number;
  text: string;
}

export interface FindTimesOptions {
  /** The publication date (ISO 8601 date or date-time) relative expressions are resolved against. */
  publishedAt?: string | null;
}

// A bare weekday, date, month or season is placed by the tense of its clause.
function needsTense(reading: TimeReading): boolean {
  const points = reading.type === 'point' ? [reading.point] : [reading.from, reading.to];
  return points.some((p) => p && p.relation !== 'last' && p.relation !== 'next' && p.year === undefined && p.shortYear === undefined
    && (p.weekday !== undefined || p.month !== undefined || p.season !== undefined));
}

/**
 * Finds the temporal expressions of `text` and resolves them against `publishedAt` with a past
 * bias: a bare weekday or date is the latest on or before publication, unless its clause is in
 * the future tense or it says "prossimo". Without `publishedAt`, only what the text states in full
 * is resolved; relative expressions keep a null value. The text is never rewritten.
 * @example
 * findTimes("giovedì scorso e all'inizio di agosto", italianTimeLexicon, { publishedAt: '2024-11-01' })
 * // [{ text: 'giovedì scorso', kind: 'date', value: '2024-10-31', grain: 'day', ... },
 * //  { text: 'inizio di agosto', value: '2024-08', grain: 'month', range: { start: '2024-08-01', end: '2024-08-10' }, ... }]
 */
export function findTimes(text: string, lexicon: TimeLexicon, options: FindTimesOptions = {}): FoundTime[] {
  if (typeof text !== 'string') {
    throw new ClaimgraphError('INVALID_TEXT', `findTimes: expected the text as a string, found ${describeValue(text)}.`);
  }
  const { publishedAt = null } = options;
  const anchor = publishedAt === null ? null : dayOfIso(publishedAt);
  if (publishedAt !== null && anchor === null) {
    throw new ClaimgraphError('INVALID_PUBLISHED_AT', `findTimes: publishedAt must be an ISO 8601 date such as '2024-11-01', found ${describeValue(publishedAt)}.`);
  }
  const compiled = compileTimeLexicon(lexicon);
  const { trigger, grammar } = compiled;
  const found: FoundTime[] = [];
  let floor = 0;
  trigger.lastIndex = 0;
  for (let scan = trigger.exec(text); scan !== null; scan = trigger.exec(text)) {
    const run = readTimeTokens(text, scan.index, floor, compiled);
    const { tokens } = run;
    let classes = '';
    for (const token of tokens) classes += token.cls;
    // The grammar searches the run left to right; a shape whose numbers cannot be a date ("alle
    // 30") is passed over one token further on.
    let from = 0;
    for (let match = grammar.exec(classes, from); match !== null; match = grammar.exec(classes, from)) {
      const expression = tokens.slice(match.index, match.index + match.length);
      const reading = interpretTime(expression, match.shape);
      const start = expression[0]!.start;
      const end = expression.at(-1)!.end;
      const future = reading !== null && anchor !== null && needsTense(reading) && isFutureClause(text, start, end, compiled);
      const resolved = reading && resolveTime(reading, anchor, future);
      if (!resolved) {
        from = match.index + 1;
        continue;
      }
      from = match.index + match.length;
      found.push({ start, end, text: text.slice(start, end), ...resolved });
    }
    floor = run.end;
    trigger.lastIndex = run.end;
  }
  return found;
}
