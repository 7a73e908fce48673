import type { Diagnostic } from '../../schema/graph-schema.js';

/** Diagnostics listed per code; the rest of that code are counted in one. */
export const MAX_DIAGNOSTICS_PER_CODE = 100;

/**
 * The diagnostics with at most `max` of each code (the first ones, in text order), and for a code
 * with more, one `diagnostics/omitted` that counts the others and spans them. A megabyte of quote
 * marks holds 150,000 stray marks: listed one by one they would be 96% of a 28 MB graph, and no
 * reader looks past the first few. `diagnostics` must be sorted by start.
 * @example
 * capDiagnostics(tenThousandStrayCloses, 100).length // 101: 100 'quote/stray-close' and one 'diagnostics/omitted'
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], max: number = MAX_DIAGNOSTICS_PER_CODE): Diagnostic[] {
  const seen = new Map<string, number>();
  const omitted = new Map<string, { count: number; start: number; end: number }>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (n <= max) {
      kept.push(d);
      continue;
    }
    const o = omitted.get(d.code);
    if (o) {
      o.count++;
      o.end = Math.max(o.end, d.end);
    } else omitted.set(d.code, { count: 1, start: d.start, end: d.end });
  }
  if (omitted.size === 0) return kept;
  for (const [code, o] of omitted) {
    kept.push({
      code: 'diagnostics/omitted',
      severity: 'info',
      message: `${o.count} more "${code}" diagnostics from here on are not listed: the first ${max} are`,
      start: o.start,
      end: o.end,
    });
  }
  // In text order, where the omitted ones begin (at most 100 of each code: a short sort).
  return kept.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}
