import { ClaimgraphError, describeValue } from './errors.js';

/**
 * Options of `extractGraph`.
 * @example
 * const options: ExtractOptions = { language: 'it', publishedAt: '2024-11-01' };
 * extractGraph(text, options);
 */
export interface ExtractOptions {
  /** The article's language; 'auto' (the default) tells Italian from English by its function words. */
  language?: 'it' | 'en' | 'auto';
  /** When the article was published (ISO 8601 date or date-time), kept in `document.publishedAt`. */
  publishedAt?: string;
  /**
   * What `language: 'auto'` does with an article in a language claimgraph does not read (French,
   * Spanish, German, Portuguese, Dutch): 'diagnose' (the default) reads it as the closer of
   * Italian and English and says so in a `language/unsupported` diagnostic; 'throw' refuses it
   * with a `ClaimgraphError` of code `UNSUPPORTED_LANGUAGE`.
   */
  onUnsupportedLanguage?: 'diagnose' | 'throw';
}

const LANGUAGES = ['it', 'en', 'auto'];
const OPTION_NAMES = ['language', 'publishedAt', 'onUnsupportedLanguage'];
const ON_UNSUPPORTED = ['diagnose', 'throw'];
// Linear: fixed-width digit groups, each optional part once.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

// Date.parse('2024-02-30') is 1 March: the calendar day must exist as written.
function isIsoDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (!parts || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks a caller's arguments; throws `ClaimgraphError` saying what was expected and found. */
export function checkArguments(text: unknown, options: unknown): asserts options is ExtractOptions | undefined {
  if (typeof text !== 'string') {
    const decode = text instanceof Uint8Array ? ` (decode it first: new TextDecoder().decode(bytes))` : '';
    throw new ClaimgraphError('INVALID_TEXT', `extractGraph expects the article text as a string, found ${describeValue(text)}${decode}`);
  }
  if (options === undefined || options === null) return;
  if (typeof options !== 'object' || Array.isArray(options) || !isPlainObject(options)) {
    const hint = typeof options === 'string' && LANGUAGES.includes(options) ? ` (pass { language: ${JSON.stringify(options)} })` : '';
    throw new ClaimgraphError('INVALID_OPTIONS', `extractGraph expects options as a plain object such as { language: 'it' }, found ${describeValue(options)}${hint}`);
  }
  const unknown = Object.keys(options).filter((key) => !OPTION_NAMES.includes(key));
  if (unknown.length > 0) {
    throw new ClaimgraphError('INVALID_OPTIONS', `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}; the options are language, publishedAt and onUnsupportedLanguage`);
  }
  const { language, publishedAt, onUnsupportedLanguage } = options as Record<string, unknown>;
  if (language !== undefined && (typeof language !== 'string' || !LANGUAGES.includes(language))) {
    throw new ClaimgraphError('UNKNOWN_LANGUAGE', `language must be 'it', 'en' or 'auto', found ${describeValue(language)}`);
  }
  if (onUnsupportedLanguage !== undefined && (typeof onUnsupportedLanguage !== 'string' || !ON_UNSUPPORTED.includes(onUnsupportedLanguage))) {
    throw new ClaimgraphError('INVALID_OPTIONS', `onUnsupportedLanguage must be 'diagnose' or 'throw', found ${describeValue(onUnsupportedLanguage)}`);
  }
  if (publishedAt !== undefined && (typeof publishedAt !== 'string' || !isIsoDate(publishedAt))) {
    const hint = publishedAt instanceof Date ? ' (pass date.toISOString())' : '';
    throw new ClaimgraphError('INVALID_PUBLISHED_AT', `publishedAt must be an ISO 8601 date such as '2024-11-01' or '2024-11-01T09:30:00Z', found ${describeValue(publishedAt)}${hint}`);
  }
}
