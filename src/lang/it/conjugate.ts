/**
 * Italian inflection for cue verbs: the third-person forms news uses, the participle (for
 * "ha detto", "è stato affermato") and the gerund ("ritenendo che"). Irregular verbs list their
 * forms in the data instead.
 */
export function conjugateItalian(lemma: string, incoativo = false): string[] {
  const stem = lemma.slice(0, -3);
  const ending = lemma.slice(-3);
  if (ending === 'are') {
    // -care/-gare keep the hard sound: "indicherà" (stem + h before e/i)
    const hard = /[cg]$/.test(stem) ? `${stem}h` : stem;
    // -ciare/-giare drop the i before e: "annuncerà"
    const soft = /[cg]i$/.test(stem) ? stem.slice(0, -1) : hard;
    return [
      lemma, `${stem}a`, `${stem}ano`, `${stem}ava`, `${stem}avano`, `${stem}ò`, `${stem}arono`,
      `${stem}ato`, `${stem}ata`, `${stem}ati`, `${stem}ate`, `${stem}ando`,
      `${soft}erà`, `${soft}eranno`, `${soft}erebbe`, `${soft}erebbero`, `${hard}i`, `${hard}ino`,
    ];
  }
  if (ending === 'ire') {
    // First persons are left out: outside quotes they are nouns ("l'annuncio", "il ricordo").
    const present = incoativo ? [`${stem}isce`, `${stem}iscono`] : [`${stem}e`, `${stem}ono`];
    return [
      lemma, ...present, `${stem}iva`, `${stem}ivano`, `${stem}ì`, `${stem}irono`,
      `${stem}ito`, `${stem}ita`, `${stem}iti`, `${stem}ite`, `${stem}endo`,
      `${stem}irà`, `${stem}iranno`, `${stem}irebbe`, `${stem}irebbero`,
    ];
  }
  // -ere verbs are too irregular to derive past forms: the data lists them.
  return [lemma, `${stem}e`, `${stem}ono`, `${stem}eva`, `${stem}evano`, `${stem}endo`, `${stem}erà`, `${stem}erebbe`, `${stem}erebbero`];
}
