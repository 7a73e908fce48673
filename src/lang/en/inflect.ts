/** The finite and participle forms of an English verb, from its base form. */
export interface VerbForms {
  /** "says", "argues", "denies", "pushes". */
  third: string;
  /** "said", "argued", "denied", "admitted". */
  past: string;
  /** "said", "written", "known": differs from the past only for irregular verbs. */
  participle: string;
  /** "saying", "arguing", "admitting", "lying". */
  gerund: string;
}

const CONSONANT_Y = /[^aeiou]y$/u;
const SIBILANT = /(?:s|x|z|ch|sh)$/u;
const SILENT_E = /[^eioy]e$/u;

/**
 * Regular English inflection: "-s/-es/-ies", "-ed/-d/-ied", "-ing" with silent e dropped.
 * Verbs that double their last consonant ("admit" -> "admitted") say so with `doubles`;
 * irregular verbs give their forms to the caller instead.
 *
 * @example
 * inflect('deny') // { third: 'denies', past: 'denied', participle: 'denied', gerund: 'denying' }
 * inflect('admit', true).gerund // 'admitting'
 */
export function inflect(base: string, doubles = false): VerbForms {
  const third = CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ies` : SIBILANT.test(base) ? `${base}es` : `${base}s`;
  const stem = doubles ? base + base[base.length - 1] : base;
  let past: string;
  if (CONSONANT_Y.test(base)) past = `${base.slice(0, -1)}ied`;
  else if (base.endsWith('e')) past = `${base}d`;
  else past = `${stem}ed`;
  let gerund: string;
  if (base.endsWith('ie')) gerund = `${base.slice(0, -2)}ying`;
  else if (SILENT_E.test(base)) gerund = `${base.slice(0, -1)}ing`;
  else gerund = `${stem}ing`;
  return { third, past, participle: past, gerund };
}
