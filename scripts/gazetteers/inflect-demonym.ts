// Italian nationality adjectives by rule: i18n-nationality gives only the masculine singular,
// and news uses all four forms ("i russi", "le forze russe").

/** Forms the rules get wrong, given whole: masculine and feminine, singular and plural. */
const IRREGULAR: Record<string, readonly string[]> = {
  // -eco after a vowel would give "ceci"
  ceco: ['ceco', 'ceca', 'cechi', 'ceche'],
  belga: ['belga', 'belgi', 'belghe'],
  // "indù" and "burkinabé" do not inflect
  burkinabé: ['burkinabé'],
};

const VOWEL = /[aeiouàèéìòù]/;

/**
 * Every form of an Italian adjective given in the masculine singular.
 *
 * @example
 * inflectDemonym('russo') // ['russo', 'russa', 'russi', 'russe']
 * inflectDemonym('statunitense') // ['statunitense', 'statunitensi']
 * inflectDemonym('austriaco') // ['austriaco', 'austriaca', 'austriaci', 'austriache']
 * inflectDemonym('tedesco') // ['tedesco', 'tedesca', 'tedeschi', 'tedesche']
 * inflectDemonym('vietnamita') // ['vietnamita', 'vietnamiti', 'vietnamite']
 */
export function inflectDemonym(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [...irregular];
  const stem = lemma.slice(0, -1);
  const last = lemma.at(-1);
  if (last === 'e') return [lemma, `${stem}i`];
  if (last === 'a') {
    // vietnamita, saudita, cipriota: one singular for both genders
    return [lemma, `${stem}i`, `${stem}e`];
  }
  if (last !== 'o') return [lemma];
  if (lemma.endsWith('co')) {
    const base = lemma.slice(0, -2);
    // After a vowel the plural softens (austriaci, greci, britannici); after a consonant it stays
    // hard (tedeschi, turchi, polacchi). The feminine plural is always hard.
    const masculinePlural = VOWEL.test(base.at(-1) ?? '') ? `${base}ci` : `${base}chi`;
    return [lemma, `${base}ca`, masculinePlural, `${base}che`];
  }
  if (lemma.endsWith('go')) {
    const base = lemma.slice(0, -2);
    return [lemma, `${base}ga`, `${base}ghi`, `${base}ghe`];
  }
  if (/[cg]io$/.test(lemma)) {
    // malgascio: malgascia, malgasci, malgasce (the i only marks the soft sound)
    const base = lemma.slice(0, -2);
    return [lemma, `${base}ia`, `${base}i`, `${base}e`];
  }
  return [lemma, `${stem}a`, `${stem}i`, `${stem}e`];
}
