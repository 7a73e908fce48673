// Russian and Ukrainian first names come as Cyrillic (faker's ru and uk locales), while Italian
// news writes them in Latin letters, and not one way: "Sergei", "Sergej", "Sergey"; "Dmitry",
// "Dmitrij", "Dmitri"; "Mikhail", "Michail". We generate the spellings the press uses, not one
// standard, capped so that a long name does not yield dozens of variants.

type Alternatives = readonly string[];

// Letter -> spellings, most usual first. Russian г is g; Ukrainian г is h (Volodymyr, Hennadiy).
const RUSSIAN: Record<string, Alternatives> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['yo', 'e', 'jo'], ж: ['zh', 'j'],
  з: ['z'], и: ['i'], й: ['y', 'i', 'j'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'],
  п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh', 'ch', 'h'], ц: ['ts', 'z'],
  ч: ['ch', 'c'], ш: ['sh', 'sc'], щ: ['shch', 'sc'], ъ: [''], ы: ['y'], ь: [''], э: ['e'],
  ю: ['yu', 'ju', 'iu'], я: ['ya', 'ja', 'ia'],
};

const UKRAINIAN: Record<string, Alternatives> = {
  ...RUSSIAN,
  г: ['h', 'g'], ґ: ['g'], е: ['e'], є: ['ye', 'ie', 'je'], и: ['y', 'i'], і: ['i'], ї: ['yi', 'i', 'ji'],
};

// Endings whose spellings vary more than letter by letter: "-ий" is "-iy", "-y", "-i" or "-ij".
const RUSSIAN_ENDINGS: ReadonlyArray<readonly [string, Alternatives]> = [
  ['ий', ['y', 'iy', 'i', 'ij']],
  ['ей', ['ei', 'ey', 'ej']],
  ['ай', ['ai', 'ay', 'aj']],
  ['ой', ['oy', 'oi', 'oj']],
  ['ия', ['ia', 'iya', 'ija']],
];

const UKRAINIAN_ENDINGS: ReadonlyArray<readonly [string, Alternatives]> = [
  ['ій', ['iy', 'ii', 'ij', 'i']],
  ['ий', ['yi', 'iy', 'y', 'ij']],
  ['ія', ['iia', 'iya', 'ia']],
  ['ей', ['ei', 'ey', 'ej']],
  ['ай', ['ai', 'ay', 'aj']],
];

/** Latin spellings of a Cyrillic name, at most `limit`, the most usual first. */
export function transliterateCyrillic(name: string, language: 'ru' | 'uk', limit = 8): string[] {
  const letters = language === 'uk' ? UKRAINIAN : RUSSIAN;
  const endings = language === 'uk' ? UKRAINIAN_ENDINGS : RUSSIAN_ENDINGS;
  const lower = name.toLowerCase();
  const parts: Alternatives[] = [];
  let body = lower;
  let ending: Alternatives | undefined;
  for (const [cyrillic, latin] of endings) {
    if (lower.endsWith(cyrillic)) {
      body = lower.slice(0, -cyrillic.length);
      ending = latin;
      break;
    }
  }
  for (let i = 0; i < body.length; i++) {
    const letter = body[i]!;
    // "кс" is "ks" or "x": Aleksandr, Alexandr; Aleksei, Alexei
    if (letter === 'к' && body[i + 1] === 'с') {
      parts.push(['ks', 'x']);
      i++;
      continue;
    }
    // A word-initial е is "ye" or "e": Yevgeny, Evgeny (Yelena, Elena)
    if (i === 0 && letter === 'е') {
      parts.push(['e', 'ye']);
      continue;
    }
    const latin = letters[letter];
    if (!latin) return [];
    parts.push(latin);
  }
  if (ending) parts.push(ending);
  return expand(parts, limit);
}

// Breadth-first over the choice points, so the first variants differ from the most usual
// spelling in one place only.
function expand(parts: readonly Alternatives[], limit: number): string[] {
  const usual = parts.map((choices) => choices[0]!);
  const spellings = new Set([usual.join('')]);
  for (let depth = 1; depth < 3 && spellings.size < limit; depth++) {
    for (let i = 0; i < parts.length && spellings.size < limit; i++) {
      for (const choice of parts[i]!.slice(1)) {
        const variant = [...usual];
        variant[i] = choice;
        if (depth === 2) {
          // a second change at every later choice point: "Aleksej" from "Aleksei"
          for (let j = i + 1; j < parts.length && spellings.size < limit; j++) {
            for (const second of parts[j]!.slice(1)) {
              const twice = [...variant];
              twice[j] = second;
              spellings.add(twice.join(''));
            }
          }
        } else {
          spellings.add(variant.join(''));
        }
        if (spellings.size >= limit) break;
      }
    }
  }
  return [...spellings].slice(0, limit);
}
