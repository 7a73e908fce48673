import { ClaimgraphError, describeValue } from './errors.js';

/** Options of `extractGraph`. */
export interface ExtractOptions {
  /** The article's language; 'auto' (the default) tells Italian from English by its function words. */
  language?: 'it' | 'en' | 'auto';
  /** When the article was published (ISO 8601 date or date-time), kept in `document.publishedAt`. */
  publishedAt?: string;
}

const LANGUAGES = ['it', 'en', 'auto'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks a caller's arguments; throws `ClaimgraphError` saying what was expected and found. */
export function checkArguments(text: unknown, options: unknown): asserts options is ExtractOptions | undefined {
  if (typeof text !== 'string') throw new ClaimgraphError('INVALID_TEXT', `extractGraph expects the article text as a string, found ${describeValue(text)}`);
  if (options === undefined || options === null) return;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ClaimgraphError('INVALID_OPTIONS', `extractGraph expects options as an object such as { language: 'it' }, found ${describeValue(options)}`);
  }
  const { language, publishedAt, ...rest } = options as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new ClaimgraphError('INVALID_OPTIONS', `unknown option ${unknown.map((k) => JSON.stringify(k)).join(', ')}; the options are language and publishedAt`);
  if (language !== undefined && (typeof language !== 'string' || !LANGUAGES.includes(language))) {
    throw new ClaimgraphError('UNKNOWN_LANGUAGE', `language must be 'it', 'en' or 'auto', found ${describeValue(language)}`);
  }
  if (publishedAt !== undefined && (typeof publishedAt !== 'string' || !ISO_DATE.test(publishedAt) || Number.isNaN(Date.parse(publishedAt)))) {
    throw new ClaimgraphError('INVALID_PUBLISHED_AT', `publishedAt must be an ISO 8601 date such as '2024-11-01' or '2024-11-01T09:30:00Z', found ${describeValue(publishedAt)}`);
  }
}
