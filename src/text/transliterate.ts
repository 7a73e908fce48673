/**
 * Latin letters for the scripts names in European news come in, for ids that are plain ASCII.
 *
 * A table and not a package: letters with diacritics need none (they are decomposed and their
 * marks dropped), so what is left is the few Latin letters with no decomposition and two small
 * alphabets. The packages that cover every script ship 30–560 KB and build their patterns when
 * imported, in every process, for names that almost never need them. Cyrillic follows the
 * simple English-language scheme the press uses (BGN/PCGN without diacritics: Путин -> putin,
 * Щербаков -> shcherbakov); Greek its modern pronunciation (ELOT 743 without diacritics).
 * Keys are lower case: a name is lowered before it is looked up.
 */
export const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ħ: 'h', ı: 'i', ŀ: 'l',
  ŋ: 'ng', ſ: 's', ĸ: 'k', ƒ: 'f', ŧ: 't', ǝ: 'e', ə: 'e', ɛ: 'e', ɔ: 'o', ʒ: 'z',
};

export const CYRILLIC_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian, Serbian, Macedonian
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

export const GREEK_LETTERS: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l',
  μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f',
  χ: 'ch', ψ: 'ps', ω: 'o',
};

// Pairs read as one sound before letter by letter: Κουρής -> kouris, not koyris.
const GREEK_PAIRS: Readonly<Record<string, string>> = { ου: 'ou', γγ: 'ng' };

const LETTERS: ReadonlyMap<string, string> = new Map(Object.entries({ ...LATIN_LETTERS, ...CYRILLIC_LETTERS, ...GREEK_LETTERS }));
const PAIRS: ReadonlyMap<string, string> = new Map(Object.entries(GREEK_PAIRS));

const MARKS = /\p{M}/gu;
const NOT_ASCII = /[^\u0000-\u007f]/;

/** One character: the table's letters first (й is not и with a breve here), else without its marks. */
function latinOf(c: string): string {
  const known = LETTERS.get(c);
  if (known !== undefined) return known;
  const bare = c.normalize('NFD').replace(MARKS, '');
  if (bare === c) return c;
  let out = '';
  for (const part of bare) out += LETTERS.get(part) ?? part;
  return out;
}

/**
 * The name in lower-case ASCII letters where the table knows its letters, other characters
 * kept: 'Łukasz Mróz' -> 'lukasz mroz', 'Владимир Путин' -> 'vladimir putin', 'Ærø' -> 'aero'.
 * Linear in the name's length.
 */
export function transliterate(name: string): string {
  const lower = name.normalize('NFC').toLowerCase();
  if (!NOT_ASCII.test(lower)) return lower;
  const chars = Array.from(lower);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c.length === 1 && c.charCodeAt(0) < 0x80) {
      out += c;
      continue;
    }
    const pair = i + 1 < chars.length ? PAIRS.get(latinBase(c) + latinBase(chars[i + 1]!)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else out += latinOf(c);
  }
  return out;
}

// A Greek letter without its accent, to find pairs written with one (ού).
const latinBase = (c: string) => (c.length === 1 && c >= '\u0370' && c <= '\u03ff' ? c.normalize('NFD')[0]! : c);
