import { ClaimgraphError, describeValue } from '../../errors.js';
import type { TimeLexicon } from '../../lang/time-lexicon.js';
import { dayOfIso } from './calendar.js';
import { compileTimeLexicon, type CompiledTimeLexicon } from './compile-time-lexicon.js';
import { interpretTime, type TimeReading } from './interpret-time.js';
import { isFutureClause } from './is-future-clause.js';
import { readTimeTokens, type TimeWindow } from './read-time-tokens.js';
import { resolveTime, type ResolvedTime } from './resolve-time.js';
import { SHAPE_NAMES, STOP_CLASSES, TRIGGER_CLASSES, type ShapeName } from './time-grammar.js';

// Trigger classes that make no expression alone (a bare number, "anni", "sera", "'70" without "nel").
const LONE_MISSES = 'dnYuQUGpCa';

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

interface Match {
  from: number;
  to: number;
  shape: ShapeName;
}

// The grammar tried from the leftmost token the window allows: the first start whose match reaches
// the trigger wins, so an expression takes its article, modifier or opener ("il", "scorso", "dal").
function matchAt(window: TimeWindow, compiled: CompiledTimeLexicon): Match | null {
  const { tokens, trigger, first } = window;
  // Most triggers are a number or a unit standing alone ("30 persone", "ha 40 anni"): no shape
  // holds one of those by itself, and the grammar is not worth running.
  const after = tokens[trigger + 1];
  if (first === trigger && LONE_MISSES.includes(tokens[trigger]!.cls) && (!after || STOP_CLASSES.has(after.cls))) return null;
  // One token of context before the first, for the grammar's lookbehinds ("nel" before "Novecento").
  const base = Math.max(0, first - 1);
  let classes = '';
  for (let i = base; i < tokens.length; i++) classes += tokens[i]!.cls;
  const grammar = compiled.grammar;
  for (let start = first; start <= trigger; start++) {
    grammar.lastIndex = start - base;
    const match = grammar.exec(classes);
    if (match && start + match[0].length > trigger) {
      const shape = SHAPE_NAMES.find((name) => match.groups![name] !== undefined)!;
      return { from: start, to: start + match[0].length, shape };
    }
  }
  return null;
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
  const trigger = compiled.trigger;
  const found: FoundTime[] = [];
  let floor = 0;
  trigger.lastIndex = 0;
  for (let scan = trigger.exec(text); scan !== null; scan = trigger.exec(text)) {
    const window = readTimeTokens(text, scan.index, floor, compiled);
    const held = window?.tokens[window.trigger];
    if (!window || !held || !TRIGGER_CLASSES.has(held.cls)) {
      trigger.lastIndex = Math.max(held?.end ?? 0, scan.index + 1);
      continue;
    }
    const match = matchAt(window, compiled);
    const tokens = match ? window.tokens.slice(match.from, match.to) : [];
    const reading = match ? interpretTime(tokens, match.shape) : null;
    if (!match || !reading) {
      trigger.lastIndex = held.end;
      continue;
    }
    const start = tokens[0]!.start;
    const end = tokens.at(-1)!.end;
    const future = anchor !== null && needsTense(reading) && isFutureClause(text, start, end, compiled);
    const resolved = resolveTime(reading, anchor, future);
    if (resolved) found.push({ start, end, text: text.slice(start, end), ...resolved });
    floor = end;
    trigger.lastIndex = end;
  }
  return found;
}
