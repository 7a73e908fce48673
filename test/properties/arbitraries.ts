import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** The fixture articles the mutations start from (never the evaluation data). */
export const fixtureArticles: readonly { name: string; text: string }[] = readdirSync('fixtures').flatMap((language) =>
  readdirSync(join('fixtures', language))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${language}/${f}`, text: readFileSync(join('fixtures', language, f), 'utf8') })),
);

const QUOTE_MARKS = ['«', '»', '“', '”', '„', '"', "'", '‘', '’', '‹', '›'];

/** Pieces of broken news text: the characters and words each stage reacts to. */
const NEWS_PIECES = [
  ...QUOTE_MARKS,
  '\n', '\r\n', '\r', '\n\n', ' ', '  ', '\t', '.', ',', ':', ';', '!', '?', '…', '-', '–', '—', '(', ')', '[', ']', '/',
  '\0', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00ad', '\u200b', '\u200e', '\u200f', '\u202e', '\u202c', '\u2066', '\u2028', '\ufeff', '\ufffd',
  '\ud83d', '\ude00', '😀', '🇮🇹', '👩‍👩‍👧', '𝕏', '𠜎', 'é', 'e\u0301', 'İ', 'ß', 'ﬁ',
  '0', '7', '42', '2024', '10.000', '3,5', '1.234.567,89', '40%', '-5', '16:25', '24/02/2022', '8mila', '2 milioni', '1e308', '9'.repeat(40),
  'mila', 'milioni', 'miliardi', 'tre', 'ventitré', 'centinaia', 'migliaia di', 'un terzo', 'metà', 'euro', '€', '$', 'km', 'per cento',
  'tra', 'e', 'da', 'a', 'fino a', 'circa', 'oltre', 'almeno', 'nel', 'il', 'la', 'di', 'del', "l'", "dell'", 'che', 'non',
  'ha detto', 'ha dichiarato', 'ha affermato', 'secondo', 'citando', 'ritenendo', 'dice', 'il quale', 'said', 'told', 'according to', 'says',
  'Mario Rossi', 'Sergei Lavrov', 'Choe Son Hui', 'Vladimir Putin', 'Corea del Nord', 'Stati Uniti', 'Mosca', 'Roma', 'Nato', 'ONU',
  'il ministro', 'il presidente russo', 'la polizia', 'il portavoce', 'President', 'Joe Biden', 'the minister', 'Reuters',
  '&nbsp;', '&amp;', '&quot;', '<p>', '</p>', '<br>', '<a href="x">', '</a>', '<<', '>>',
  'Related News :', 'Riproduzione riservata', '© Riproduzione riservata', 'Leggi anche:', 'Read more',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, // any code point, astral included
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  // any UTF-16 unit, lone surrogates included: a JavaScript string may hold them
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 4 }).map((units) => String.fromCharCode(...units)) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
);

/** Any string: random code points and UTF-16 units, and broken news text assembled from pieces. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((units) => String.fromCharCode(...units)) },
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')) },
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(' ')) },
);

/** A short pattern repeated into a long text (up to some 8,000 characters): deep nests, endless sentences, runs of names. */
export const repetitiveText: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom('', ' ', '\n'), fc.integer({ min: 20, max: 2000 }))
  .map(([pattern, glue, times]) => {
    const unit = pattern.join(' ') + glue;
    return unit.repeat(Math.max(1, Math.min(times, Math.floor(8_000 / Math.max(1, unit.length)))));
  });

type Mutation = (text: string) => string;

const SWAPPED: Record<string, string> = { '«': '»', '»': '«', '“': '”', '”': '“', '„': '“', '‘': '’', '’': '‘', '"': "'", "'": '"', '‹': '›', '›': '‹' };
const isMark = (ch: string) => QUOTE_MARKS.includes(ch);
// Applies `change` to the quote marks a seeded coin picks: some, not necessarily all.
const eachMark = (seed: number, change: (mark: string) => string): Mutation => (text) => {
  let state = seed >>> 0 || 1;
  const coin = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) & 0x10000) !== 0;
  return [...text].map((ch) => (isMark(ch) && coin() ? change(ch) : ch)).join('');
};

const at = (text: string, share: number) => Math.floor(share * (text.length + 1));
const share = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** The edits a scraper, an editor or a broken encoder makes to an article. */
const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.integer().map((seed) => ({ name: `remove quote marks (${seed})`, apply: eachMark(seed, () => '') })),
  fc.integer().map((seed) => ({ name: `double quote marks (${seed})`, apply: eachMark(seed, (m) => m + m) })),
  fc.integer().map((seed) => ({ name: `swap quote marks (${seed})`, apply: eachMark(seed, (m) => SWAPPED[m] ?? m) })),
  fc.integer().map((seed) => ({ name: `straighten quote marks (${seed})`, apply: eachMark(seed, (m) => (m === '‘' || m === '’' || m === "'" ? "'" : '"')) })),
  fc.array(fc.nat(), { minLength: 2, maxLength: 40 }).map((keys) => ({
    name: `shuffle paragraphs (${keys.join(',')})`,
    apply: (text: string) => text.split('\n').map((p, i) => ({ p, k: keys[i % keys.length]! + i / 1000 })).sort((a, b) => a.k - b.k).map((x) => x.p).join('\n'),
  })),
  fc.tuple(share, fc.oneof(piece, anyText)).map(([where, inserted]) => ({
    name: `insert ${JSON.stringify(inserted)} at ${where.toFixed(3)}`,
    apply: (text: string) => text.slice(0, at(text, where)) + inserted + text.slice(at(text, where)),
  })),
  fc.tuple(share, share).map(([a, b]) => ({
    name: `delete ${a.toFixed(3)}..${b.toFixed(3)}`,
    apply: (text: string) => text.slice(0, at(text, Math.min(a, b))) + text.slice(at(text, Math.max(a, b))),
  })),
  fc.tuple(share, share).map(([a, b]) => ({
    name: `duplicate ${a.toFixed(3)}..${b.toFixed(3)}`,
    apply: (text: string) => text.slice(0, at(text, Math.max(a, b))) + text.slice(at(text, Math.min(a, b))),
  })),
  // a cut may split a surrogate pair: the lone half stays
  share.map((where) => ({ name: `truncate at ${where.toFixed(3)}`, apply: (text: string) => text.slice(0, at(text, where)) })),
  fc.constantFrom(
    { name: 'CRLF line ends', apply: (text: string) => text.replace(/\n/g, '\r\n') },
    { name: 'CR line ends', apply: (text: string) => text.replace(/\n/g, '\r') },
    { name: 'one paragraph', apply: (text: string) => text.replace(/\n/g, ' ') },
    { name: 'no spaces', apply: (text: string) => text.replace(/ /g, '') },
    { name: 'no-break spaces', apply: (text: string) => text.replace(/ /g, '\u00a0') },
    { name: '&nbsp; entities', apply: (text: string) => text.replace(/ /g, '&nbsp;') },
    { name: 'HTML paragraphs', apply: (text: string) => text.split('\n').map((p) => `<p>${p}</p>`).join('\n') },
    { name: 'upper case', apply: (text: string) => text.toUpperCase() },
    { name: 'lower case', apply: (text: string) => text.toLowerCase() },
    { name: 'BOM', apply: (text: string) => `\ufeff${text}` },
    { name: 'NFD', apply: (text: string) => text.normalize('NFD') },
    { name: 'trailing boilerplate', apply: (text: string) => `${text}\nRelated News :\n«Un titolo», dice Rossi\n300 soldati al fronte\nRiproduzione riservata` },
  ),
);

/**
 * A fixture article, whole or a run of its paragraphs, with one to four mutations applied in turn;
 * `describe` names them for a counterexample.
 */
export const mutatedArticle: fc.Arbitrary<{ text: string; describe: string }> = fc
  .tuple(fc.constantFrom(...fixtureArticles), fc.nat(), fc.integer({ min: 1, max: 40 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([article, from, count, mutations]) => {
    const paragraphs = article.text.split('\n');
    const first = from % paragraphs.length;
    const excerpt = paragraphs.slice(first, first + count).join('\n');
    return {
      text: mutations.reduce((text, m) => m.apply(text), excerpt),
      describe: `${article.name}, paragraphs ${first + 1}-${Math.min(paragraphs.length, first + count)}: ${mutations.map((m) => m.name).join(' → ')}`,
    };
  });
