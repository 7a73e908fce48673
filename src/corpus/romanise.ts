/**
 * A romanisation key for one word of a name: the spellings that different transliteration
 * conventions give one foreign name (Cyrillic, Korean, Greek... written by English, Italian,
 * German or Czech-style newsrooms) fall on one key. The key is for comparing, never for display.
 *
 * The rules, in the order they apply:
 * - letters with a háček or an acute that stand for a digraph are spelled out (č ć -> ch, š ś -> sh,
 *   ž ź ż -> zh), every other diacritic is dropped (é -> e, ë -> e), ß -> ss, ł -> l, ø -> o, æ -> ae;
 * - hyphens, apostrophes and dots go ("Jong-un" -> "jongun");
 * - the velar and palatal digraphs fall together: kh, ch -> h (Mikhail / Michail), sh -> s, zh -> z,
 *   w -> v (Lawrow / Lavrov), ph -> f, a hard c is k (Constantin / Konstantin);
 * - y is a vowel i (Yuri / Iuri), and a j before a vowel is the same glide (Jurij / Yuri);
 * - the adjectival endings -ij, -iy, -yj, -yy, -ii fall on -i (Zelenskij / Zelenskiy / Zelenskyy);
 * - a doubled letter is one (Zelenskyy -> zelenski, Mussolini -> musolini).
 * Two different names may share a key (that is the point: the key finds candidates; given names,
 * titles and affiliations then confirm or veto).
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  č: 'ch', ć: 'ch', š: 'sh', ś: 'sh', ž: 'zh', ź: 'zh', ż: 'zh', ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/** The word lower-cased with diacritics handled as above, hyphens, apostrophes and dots removed. */
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += SPELLED_OUT[ch] ?? ch;
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[-‐‑–'’.·]/g, '');
}

/**
 * The romanisation key of one word of a name ("Zelenskyy" -> "zelenski").
 * @example
 * romanisationKey('Zelenskyy'); // 'zelenski', as romanisationKey('Zelenskij')
 * romanisationKey('Lawrow'); // 'lavrov', as romanisationKey('Lavrov')
 * romanisationKey('Mikhail'); // 'mihail', as romanisationKey('Michail')
 */
export function romanisationKey(word: string): string {
  return foldWord(word)
    .replace(/kh|ch/g, 'h')
    .replace(/sh/g, 's')
    .replace(/zh/g, 'z')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/c(?![eiy])/g, 'k')
    .replace(/j(?=[aeiouy])/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(?:ij|ii)$/, 'i')
    .replace(/(.)\1+/g, '$1');
}
