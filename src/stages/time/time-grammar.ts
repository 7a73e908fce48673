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
  return new RegExp(shapeSources(options).map(([name, source]) => `(?<${name}>${source})`).join('|'), 'g');
}

// The source of every shape, in the grammar's order.
function shapeSources(options: { monthBeforeDay: boolean }): Array<[ShapeName, string]> {
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
  return shapes;
}

/** One match of the grammar: the shape that matched, where, and how many class letters it took. */
export interface GrammarMatch {
  shape: ShapeName;
  index: number;
  length: number;
}

/** The grammar as a matcher; `exec` finds the same match as `buildTimeGrammar`'s pattern from `from`. */
export interface TimeGrammar {
  exec(classes: string, from: number): GrammarMatch | null;
}

// The letters a match of `source` can start with (a superset: lookarounds are skipped), or null for
// any letter; `nullable` when it can match the empty string. Reads the subset of pattern syntax the
// shapes are written in; a shape it cannot read is tried at every position.
function firstLetters(source: string): { first: Set<string> | null; nullable: boolean } {
  let i = 0;
  const alternation = (): { first: Set<string> | null; nullable: boolean } => {
    let first: Set<string> | null = new Set();
    let nullable = false;
    for (;;) {
      const seq = sequence();
      first = first === null || seq.first === null ? null : new Set([...first, ...seq.first]);
      nullable ||= seq.nullable;
      if (source[i] !== '|') return { first, nullable };
      i++;
    }
  };
  const sequence = (): { first: Set<string> | null; nullable: boolean } => {
    let first: Set<string> | null = new Set();
    let nullable = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = item();
      if (nullable) first = first === null || atom.first === null ? null : new Set([...first, ...atom.first]);
      nullable &&= atom.nullable;
    }
    return { first, nullable };
  };
  const item = (): { first: Set<string> | null; nullable: boolean } => {
    let atom: { first: Set<string> | null; nullable: boolean };
    const char = source[i]!;
    if (char === '(') {
      let lookaround = false;
      const negative = source.startsWith('(?!', i) || source.startsWith('(?<!', i);
      if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
        lookaround = true;
        i += 3;
      } else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        lookaround = true;
        i += 4;
      } else if (source.startsWith('(?<', i)) i = source.indexOf('>', i) + 1;
      else i++;
      const inner = alternation();
      if (source[i] !== ')') throw new Error(`time grammar: unreadable shape ${source}`);
      i++;
      // A negative lookaround of what can match the empty string ("(?!)") never lets a match through.
      if (lookaround && negative && inner.nullable) atom = { first: new Set(), nullable: false };
      else atom = lookaround ? { first: new Set(), nullable: true } : inner;
    } else if (char === '[') {
      const letters = new Set<string>();
      let negated = false;
      i++;
      if (source[i] === '^') { negated = true; i++; }
      while (source[i] !== ']') {
        if (i >= source.length) throw new Error(`time grammar: unreadable shape ${source}`);
        let from = source[i]!;
        if (from === '\\') from = source[++i]!;
        i++;
        if (source[i] === '-' && source[i + 1] !== ']') {
          let to = source[i + 1]!;
          i += 2;
          if (to === '\\') to = source[i++]!;
          for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) letters.add(String.fromCharCode(code));
        } else letters.add(from);
      }
      i++;
      atom = { first: negated ? null : letters, nullable: false };
    } else if (char === '$' || char === '^') {
      i++;
      atom = { first: new Set(), nullable: true };
    } else if (char === '.') {
      i++;
      atom = { first: null, nullable: false };
    } else if (char === '\\') {
      const escaped = source[i + 1]!;
      i += 2;
      atom = { first: /[a-zA-Z0-9]/.test(escaped) ? null : new Set([escaped]), nullable: false };
    } else if ('?*+{'.includes(char)) {
      throw new Error(`time grammar: unreadable shape ${source}`);
    } else {
      i++;
      atom = { first: new Set([char]), nullable: false };
    }
    // Quantifiers: ? and * make the item optional; a lazy one reads the same. Counted ones ({n,m})
    // are not read: the shape is then tried at every position.
    const quantifier = source[i];
    if (quantifier === '{') throw new Error(`time grammar: unreadable shape ${source}`);
    if (quantifier === '?' || quantifier === '*' || quantifier === '+') {
      i++;
      if (source[i] === '?') i++;
      if (quantifier !== '+') atom = { ...atom, nullable: true };
    }
    return atom;
  };
  try {
    const result = alternation();
    if (i === source.length) return result;
  } catch {
    // read below as a shape that may start anywhere
  }
  return { first: null, nullable: true };
}

/**
 * The grammar as one sticky pattern per shape, tried in the grammar's order at each position, and
 * only when the shape can start with the letter there: the same leftmost match as the one pattern
 * of `buildTimeGrammar`, but a shape's pattern is compiled only when a run first needs it (the
 * whole grammar as one pattern cost V8 tens of milliseconds to compile on an article's first time).
 */
export function compileTimeGrammar(options: { monthBeforeDay: boolean }): TimeGrammar {
  const shapes = shapeSources(options).map(([name, source]) => ({ name, source, ...firstLetters(source), pattern: null as RegExp | null }));
  const byLetter = new Map<string, typeof shapes>();
  const atEnd = shapes.filter((shape) => shape.nullable);
  const tried = (letter: string) => {
    let list = byLetter.get(letter);
    if (!list) {
      list = shapes.filter((shape) => shape.nullable || shape.first === null || shape.first.has(letter));
      byLetter.set(letter, list);
    }
    return list;
  };
  return {
    exec(classes: string, from: number): GrammarMatch | null {
      for (let index = from; index <= classes.length; index++) {
        const list = index < classes.length ? tried(classes[index]!) : atEnd;
        for (const shape of list) {
          const pattern = shape.pattern ?? (shape.pattern = new RegExp(shape.source, 'y'));
          pattern.lastIndex = index;
          const match = pattern.exec(classes);
          if (match !== null) return { shape: shape.name, index, length: match[0].length };
        }
      }
      return null;
    },
  };
}
