/**
 * Why a call was refused. Content problems never throw: they become graph diagnostics, except an
 * unsupported language when the caller asked for that (`onUnsupportedLanguage: 'throw'`).
 * docs/errors.md lists each code.
 * @example
 * const retryable = (code: ClaimgraphErrorCode) => code !== 'PIPELINE_MISCONFIGURED';
 */
export type ClaimgraphErrorCode =
  | 'INVALID_TEXT'
  | 'INVALID_OPTIONS'
  | 'UNKNOWN_LANGUAGE'
  | 'INVALID_PUBLISHED_AT'
  | 'UNSUPPORTED_LANGUAGE'
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

/**
 * Names what was found, for messages that say expected vs found: short, and never the value's
 * whole content (a function's source, a megabyte string).
 * @example
 * describeValue(undefined) // 'undefined'
 * describeValue(Buffer.from('x')) // 'a Buffer'
 * describeValue('x'.repeat(100)) // 'the string "xxxx…" (100 characters)'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return value.length > 40 ? `the string ${JSON.stringify(`${value.slice(0, 40)}…`)} (${value.length} characters)` : `the string ${JSON.stringify(value)}`;
  }
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return `the symbol ${value.description === undefined ? 'Symbol()' : `Symbol(${JSON.stringify(value.description)})`}`;
  if (typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    if (typeof name === 'string' && name !== '' && name !== 'Object') return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
    return 'an object';
  }
  return `${typeof value} ${String(value)}`;
}
