import { describe, expect, it } from 'vitest';
import { ClaimgraphError, extractGraph, type ClaimgraphErrorCode } from '../src/index.js';

/** Calls extractGraph with what a caller might wrongly pass, bypassing the types as JavaScript callers do. */
const call = (text: unknown, options?: unknown) => () => extractGraph(text as string, options as never);

function thrown(fn: () => unknown): ClaimgraphError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimgraphError);
    return error as ClaimgraphError;
  }
  throw new Error('expected a ClaimgraphError, nothing was thrown');
}

// [what the caller did, the call, the code, what the message must say was expected, what it must say was found]
const misuse: [string, () => unknown, ClaimgraphErrorCode, RegExp, RegExp][] = [
  ['no text at all', call(undefined), 'INVALID_TEXT', /as a string/, /found undefined/],
  ['null text', call(null), 'INVALID_TEXT', /as a string/, /found null/],
  ['a number as text', call(42), 'INVALID_TEXT', /as a string/, /found number 42/],
  ['an object as text', call({ text: 'x' }), 'INVALID_TEXT', /as a string/, /found an object/],
  ['an array of lines as text', call(['a', 'b']), 'INVALID_TEXT', /as a string/, /found an array/],
  ['a Buffer as text', call(Buffer.from('ciao')), 'INVALID_TEXT', /as a string/, /found a Buffer \(decode it first/],
  ['a String object as text', call(new String('ciao')), 'INVALID_TEXT', /as a string/, /found a String/],
  ['a function as text', call(() => 'ciao'), 'INVALID_TEXT', /as a string/, /found a function$/],
  ['a symbol as text', call(Symbol('t')), 'INVALID_TEXT', /as a string/, /found the symbol Symbol\("t"\)/],
  ['the language as options', call('testo', 'it'), 'INVALID_OPTIONS', /a plain object such as \{ language: 'it' \}/, /found the string "it" \(pass \{ language: "it" \}\)/],
  ['a number as options', call('testo', 1), 'INVALID_OPTIONS', /a plain object/, /found number 1/],
  ['an array as options', call('testo', ['it']), 'INVALID_OPTIONS', /a plain object/, /found an array/],
  ['a Map as options', call('testo', new Map([['language', 'it']])), 'INVALID_OPTIONS', /a plain object/, /found a Map/],
  ['a function as options', call('testo', () => ({})), 'INVALID_OPTIONS', /a plain object/, /found a function/],
  ['an unknown option', call('testo', { lang: 'it' }), 'INVALID_OPTIONS', /the options are language, publishedAt and onUnsupportedLanguage/, /unknown option "lang"/],
  ['two unknown options', call('testo', { language: 'it', pretty: true, debug: 1 }), 'INVALID_OPTIONS', /the options are language, publishedAt and onUnsupportedLanguage/, /unknown options "pretty", "debug"/],
  ['an unknown language', call('testo', { language: 'fr' }), 'UNKNOWN_LANGUAGE', /'it', 'en' or 'auto'/, /found the string "fr"/],
  ['a language in capitals', call('testo', { language: 'IT' }), 'UNKNOWN_LANGUAGE', /'it', 'en' or 'auto'/, /found the string "IT"/],
  ['a locale for a language', call('testo', { language: 'it-IT' }), 'UNKNOWN_LANGUAGE', /'it', 'en' or 'auto'/, /found the string "it-IT"/],
  ['a language of the wrong type', call('testo', { language: 1 }), 'UNKNOWN_LANGUAGE', /'it', 'en' or 'auto'/, /found number 1/],
  ['null for a language', call('testo', { language: null }), 'UNKNOWN_LANGUAGE', /'it', 'en' or 'auto'/, /found null/],
  ['an Italian date', call('testo', { publishedAt: '01/11/2024' }), 'INVALID_PUBLISHED_AT', /ISO 8601 date such as '2024-11-01'/, /found the string "01\/11\/2024"/],
  ['a day that does not exist', call('testo', { publishedAt: '2024-02-30' }), 'INVALID_PUBLISHED_AT', /ISO 8601/, /found the string "2024-02-30"/],
  ['a month that does not exist', call('testo', { publishedAt: '2024-13-01' }), 'INVALID_PUBLISHED_AT', /ISO 8601/, /found the string "2024-13-01"/],
  ['an hour that does not exist', call('testo', { publishedAt: '2024-11-01T25:00Z' }), 'INVALID_PUBLISHED_AT', /ISO 8601/, /"2024-11-01T25:00Z"/],
  ['words for a date', call('testo', { publishedAt: 'ieri' }), 'INVALID_PUBLISHED_AT', /ISO 8601/, /found the string "ieri"/],
  ['an empty date', call('testo', { publishedAt: '' }), 'INVALID_PUBLISHED_AT', /ISO 8601/, /found the string ""/],
  ['a Date object', call('testo', { publishedAt: new Date('2024-11-01') }), 'INVALID_PUBLISHED_AT', /ISO 8601/, /found a Date \(pass date\.toISOString\(\)\)/],
  ['a timestamp', call('testo', { publishedAt: 1730419200000 }), 'INVALID_PUBLISHED_AT', /ISO 8601/, /found number 1730419200000/],
];

describe('misuse throws one ClaimgraphError with a code, saying what was expected and what was found', () => {
  it.each(misuse)('%s', (_, fn, code, expected, found) => {
    const error = thrown(fn);
    expect(error.code).toBe(code);
    expect(error.name).toBe('ClaimgraphError');
    expect(error.message).toMatch(expected);
    expect(error.message).toMatch(found);
  });

  it('names a long string by its start and length, not its whole content', () => {
    const error = thrown(call('testo', { language: 'x'.repeat(10_000) }));
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toMatch(/\(10000 characters\)/);
  });

  it('checks the text before the options', () => {
    expect(thrown(call(42, { language: 'fr' })).code).toBe('INVALID_TEXT');
  });
});

// Negative cases: what is not misuse must not throw.
const accepted: [string, unknown, unknown][] = [
  ['no options', 'testo', undefined],
  ['null options', 'testo', null],
  ['empty options', 'testo', {}],
  ['an empty text', '', {}],
  ['options with no prototype', 'testo', Object.assign(Object.create(null), { language: 'it' })],
  ['options set to undefined', 'testo', { language: undefined, publishedAt: undefined }],
  ['each language', 'testo', { language: 'en' }],
  ['auto', 'testo', { language: 'auto' }],
  ['a date', 'testo', { publishedAt: '2024-02-29' }],
  ['a date-time in UTC', 'testo', { publishedAt: '2024-11-01T09:30:00Z' }],
  ['a date-time with an offset and fractions', 'testo', { publishedAt: '2024-11-01T09:30:00.123+01:00' }],
  ['a date-time with a space', 'testo', { publishedAt: '2024-11-01 09:30' }],
];

describe('what is not misuse is accepted', () => {
  it.each(accepted)('%s', (_, text, options) => {
    expect(call(text, options)).not.toThrow();
  });

  it('keeps publishedAt as given', () => {
    expect(extractGraph('testo', { publishedAt: '2024-11-01T09:30:00Z' }).document.publishedAt).toBe('2024-11-01T09:30:00Z');
  });
});
