/**
 * The grammar of temporal expressions, written over token classes: every token near a time word
 * becomes one letter, and each shape of expression is a regular expression over those letters
 * ("il 24 febbraio 2022" is `AdMy`). The shapes are shared by every language; the words behind
 * each letter come from the language's `TimeLexicon`.
 *
 * | letter | token | examples |
 * |---|---|---|
 * | d | number 1–31, ordinal day | 24, 1°, primo, 24th |
 * | y | year: four digits after a year context | (nel) 2001, (febbraio) 2022 |
 * | Y | year after a weak context, not followed by a noun | (from) 1999 |
 * | n | other number | 300, 10.000, (da) 1999 |
 * | a | apostrophe and two digits | '70, ’68 |
 * | k | decade token or word | 1970s, '70s, seventies |
 * | c | clock time with a colon, clock word | 16:25, mezzogiorno |
 * | C | clock time with a dot: only after a clock word | 16.25 |
 * | D | numeric date | 24/02/2022 |
 * | w | number word | tre, un, three |
 * | v | vague amount | pochi, qualche, a few |
 * | r | Roman numeral | XX |
 * | M | month; m a month that could be a name, needing a day or year | febbraio, May |
 * | W | weekday | venerdì |
 * | R | day named from today | ieri, oggi, l'altro ieri |
 * | p | part of a day | sera, mattina |
 * | i | hours added to a clock time | di sera, p.m. |
 * | U | singular unit; u plural unit | settimana; giorni |
 * | Q | plural year that heads decades | anni |
 * | G | century head | secolo |
 * | V | century name | Novecento |
 * | S | season | estate |
 * | F | ago | fa |
 * | L X T | last, next, this | scorso, prossimo, questo |
 * | P | part of a period | inizio, fine, metà |
 * | K | preposition left out of the span | nel, del, di, in |
 * | A | article | il, l', the |
 * | O Z | since, until | dal, entro, fino al |
 * | J E | to, and (joining a span) | al, e |
 * | B | between | tra |
 * | H h g | clock word; "alle" (clock word and joiner); "dalle" | ore; alle; dalle |
 * | e | the article of hours | le |
 * | , - % | comma, dash, percent sign | |
 * | f | function word (not a noun) | si, è |
 * | N | capitalised word | Putin |
 * | _ | any other word | soldati |
 * | . | any other punctuation, a line break | |
 */

/** Classes every shape holds at least one of: the scan looks for digits and the words of these. */
export const TRIGGER_CLASSES = new Set('dyYnDcCkaMmWRpUuQGVS'.split(''));

/** Classes no expression holds: the window of tokens around a trigger stops at them. */
export const STOP_CLASSES = new Set(['_', '.', 'N', 'f', '%']);

/** Shapes of expressions, in the order they are tried at one start position. */
export type ShapeName =
  | 'clockSpan' | 'daySpan' | 'span' | 'between' | 'dash' | 'sinceClock' | 'since' | 'until'
  | 'dateTime' | 'clock' | 'day' | 'part' | 'decade' | 'century' | 'season' | 'period' | 'ago' | 'ahead'
  | 'weekday' | 'relativeDay' | 'month' | 'year';

/** Every shape name, in the grammar's order. */
export const SHAPE_NAMES: readonly ShapeName[] = [
  'clockSpan', 'daySpan', 'span', 'between', 'dash', 'sinceClock', 'since', 'until', 'dateTime', 'clock', 'day', 'part', 'decade',
  'century', 'season', 'period', 'ago', 'ahead', 'weekday', 'relativeDay', 'month', 'year',
];

/**
 * Builds the shapes as one global regular expression with a named group per shape, searched over
 * the class letters of a run of tokens. Every part is
 * a fixed sequence of optional letters: no nested repetition, so matching is linear.
 * @example
 * buildTimeGrammar({ monthBeforeDay: false }).exec('AdMy')?.groups?.day // 'AdMy'
 */
export function buildTimeGrammar(options: { monthBeforeDay: boolean }): RegExp {
  const rel = '(?:T|A?[LX])';
  // "febbraio 2022", "24 febbraio, 2022", "febbraio del 2022", "marzo dell'anno scorso", "gennaio di quest'anno".
  const yearAfter = '(?:,?K?A?y|K(?:(?:T|A?[LX])U|A?U[LXT]))';
  // A clock number must not count something: "alle 16 vittime", "at 4%", "at 10 Downing Street".
  const clockNumber = '(?:[cC]|d(?![_N%]))';
  const dayMonth = `(?:A?[LX])?(?:W,?)?A?dK?[Mm]${yearAfter}?[LX]?`;
  const monthDay = options.monthBeforeDay ? `(?:W,?)?(?:A?[LX])?[Mm]d${yearAfter}?` : '(?!)';
  const numeric = '(?:W,?)?A?D';
  const weekday = `${rel}?W(?:d(?![_N%])|[LX])?p?`;
  const relativeDay = 'Rp?|Tp';
  const dayLike = `(?:${dayMonth}|${monthDay}|${numeric}|${weekday}|${relativeDay})`;
  // "intorno alle ore 12.20", "le 18.20": a dotted time needs a clock word or the article of hours
  // before it; after that article a bare hour needs a clock word, a link or the end after it ("le 5 in Italia").
  const clockCore = `(?:[hH]H?${clockNumber}|[Ae]?c|eC|ed(?=[iK.,]|$))i?`;
  const month = `(?:A?UK)?${rel}?M${yearAfter}?[LX]?|(?:A?UK)?${rel}?m,?K?A?y`;
  const season = `(?:${rel}|A)?S(?:${yearAfter}|[LX])?`;
  const decade = 'A?Q[adnwy]|A?k';
  const century = 'A?[rd]G|A?Gr|(?:A|(?<=[KP]))V|A?G[LX]';
  const period = `${rel}[UG][LXT]?|A?[UG][LXT]`;
  // A bare unit is the current one ("fine mese", "inizio anno"); a bare "secolo" is the century the text is about.
  const part = `A?PK?A?(?:${month}|${season}|${decade}|${century}|${period}|U|A?y)`;
  // Inside a span a bare year needs no context word ("tra il 2001 e il 2003"); a weak one must not
  // count a noun, nor, opening a span alone, be the start of a span of amounts ("from 1000 to 2000 people").
  const anchoredCore = `${dayMonth}|${monthDay}|${numeric}|${part}|${month}|${season}|${decade}|${century}|${period}|${weekday}|${relativeDay}|A?y`;
  const anchored = `(?:${anchoredCore}|A?Y(?![_N%]))`;
  const anchoredAlone = `(?:${anchoredCore}|A?Y(?![_N%]|[J\\-E][yYn]))`;
  const shapes: Array<[ShapeName, string]> = [
    ['clockSpan', `g${clockNumber}i?[h\\-]${clockNumber}i?|Be?[cC]i?Ee?[cC]i?`],
    ['daySpan', `OA?d[J\\-]A?dK?[Mm]${yearAfter}?|BA?dEA?dK?[Mm]${yearAfter}?`],
    ['span', `OA?${anchored}[J\\-]A?${anchored}`],
    ['between', `BA?${anchored}EA?${anchored}`],
    ['dash', '[yYn]-[yYn](?![_N%])'],
    ['sinceClock', `g${clockNumber}i?`],
    ['since', `OA?${anchoredAlone}`],
    ['until', `ZA?${anchoredAlone}`],
    ['dateTime', `${dayLike},?${clockCore}|${clockCore}K?${dayLike}`],
    ['clock', `${clockCore}|A?di`],
    ['day', `${dayMonth}|${monthDay}|${numeric}`],
    ['part', part],
    ['decade', decade],
    ['century', century],
    ['season', season],
    ['period', period],
    ['ago', '[dnwv][UuQG]F'],
    ['ahead', 'B[dnwv][UuQG]'],
    ['weekday', weekday],
    ['relativeDay', relativeDay],
    ['month', month],
    ['year', 'A?y|(?<=[KJ])a'],
  ];
  return new RegExp(shapes.map(([name, source]) => `(?<${name}>${source})`).join('|'), 'g');
}
