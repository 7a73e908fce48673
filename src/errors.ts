/** Why a call was refused. Content problems never throw: they become graph diagnostics. */
export type ClaimgraphErrorCode =
  | 'INVALID_TEXT'
  | 'INVALID_OPTIONS'
  | 'UNKNOWN_LANGUAGE'
  | 'INVALID_PUBLISHED_AT'
  | 'PIPELINE_MISCONFIGURED';

/**
 * The one error class claimgraph throws, for a caller's misuse only.
 * @example
 * try { extractGraph(42 as never) } catch (e) { if (e instanceof ClaimgraphError) console.log(e.code) } // 'INVALID_TEXT'
 */
export class ClaimgraphError extends Error {
  readonly code: ClaimgraphErrorCode;
  constructor(code: ClaimgraphErrorCode, message: string) {
    super(message);
    this.name = 'ClaimgraphError';
    this.code = code;
  }
}

/** Names what was found, for messages that say expected vs found. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
