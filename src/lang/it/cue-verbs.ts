import type { CueVerb } from '../types.js';
import { conjugateItalian } from './conjugate.js';

// [lemma, sense, takes a noun-phrase object, irregular forms]: '-ire*' marks -isc- verbs.
type CueEntry = [lemma: string, sense: CueVerb['sense'], takesObject: boolean, irregular?: string];

// Verbs with an everyday sense beside the reporting one: cues only right before their content.
const ambiguous = new Set([
  'concludere', 'indicare', 'riportare', 'ricordare', 'rilevare', 'osservare', 'notare', 'segnalare', 'sostenere',
  'scrivere', 'ripetere', 'proporre', 'escludere', 'anticipare', 'garantire', 'assicurare', 'considerare', 'valutare',
  'stimare', 'prevedere', 'sapere', 'chiedere', 'invitare', 'ordinare', 'ringraziare', 'parlare', 'rispondere',
]);

const entries: CueEntry[] = [
  ['dire', 'speech', false, 'dice dicono diceva dicevano disse dissero detto detta detti dette dicendo dirà diranno direbbe direbbero dica'],
  ['affermare', 'speech', false],
  ['dichiarare', 'speech', false],
  ['sottolineare', 'speech', false],
  ['spiegare', 'speech', false],
  ['aggiungere', 'speech', false, 'aggiunge aggiungono aggiunse aggiunsero aggiunto aggiunta aggiungendo'],
  ['precisare', 'speech', false],
  ['ribadire*', 'speech', false],
  ['annunciare', 'speech', true],
  ['annunziare', 'speech', true],
  ['riferire*', 'speech', false],
  ['sostenere', 'speech', false, 'sostiene sostengono sostenne sostennero sostenuto sostenuta sostenuti sostenendo'],
  ['ammettere', 'speech', false, 'ammette ammettono ammise ammisero ammesso ammessa ammettendo'],
  ['rivelare', 'speech', false],
  ['raccontare', 'speech', false],
  ['commentare', 'speech', false],
  ['osservare', 'speech', false],
  ['notare', 'speech', false],
  ['avvertire', 'speech', false],
  ['avvisare', 'speech', false],
  ['denunciare', 'speech', true],
  ['accusare', 'speech', false],
  ['chiedere', 'speech', false, 'chiede chiedono chiese chiesero chiesto chiesta chiedendo'],
  ['domandare', 'speech', false],
  ['rispondere', 'speech', false, 'risponde rispondono rispose risposero risposto rispondendo'],
  ['replicare', 'speech', false],
  ['ricordare', 'speech', false],
  ['assicurare', 'speech', false],
  ['garantire*', 'speech', false],
  ['promettere', 'speech', false, 'promette promettono promise promisero promesso promessa promettendo'],
  ['minacciare', 'speech', false],
  ['esortare', 'speech', false],
  ['invitare', 'speech', false],
  ['indicare', 'speech', false],
  ['comunicare', 'speech', false],
  ['confermare', 'speech', false],
  ['smentire*', 'speech', false],
  ['negare', 'speech', false],
  ['insistere', 'speech', false, 'insiste insistono insistette insistettero insistito insistendo'],
  ['concludere', 'speech', false, 'conclude concludono concluse conclusero concluso concludendo'],
  ['scrivere', 'speech', false, 'scrive scrivono scrisse scrissero scritto scritta scrivendo'],
  ['twittare', 'speech', false],
  ['riportare', 'speech', false],
  ['chiarire*', 'speech', false],
  ['esprimere', 'speech', true, 'esprime esprimono espresse espressero espresso espressa esprimendo'],
  ['proclamare', 'speech', false],
  ['lamentare', 'speech', false],
  ['criticare', 'speech', false],
  ['ammonire*', 'speech', false],
  ['evidenziare', 'speech', false],
  ['rimarcare', 'speech', false],
  ['puntualizzare', 'speech', false],
  ['specificare', 'speech', false],
  ['segnalare', 'speech', false],
  ['suggerire*', 'speech', false],
  ['proporre', 'speech', false, 'propone propongono propose proposero proposto proponendo'],
  ['escludere', 'speech', false, 'esclude escludono escluse esclusero escluso esclusa escludendo'],
  ['anticipare', 'speech', false],
  ['ripetere', 'speech', false, 'ripete ripetono ripeté ripeterono ripetuto ripetendo'],
  ['accogliere', 'speech', false, 'accoglie accolgono accolse accolsero accolto accolta accogliendo'],
  ['confidare', 'speech', false],
  ['svelare', 'speech', false],
  ['assicurare', 'speech', false],
  ['urlare', 'speech', false],
  ['parlare', 'speech', false],
  ['sollecitare', 'speech', false],
  ['esclamare', 'speech', false],
  ['lamentarsi', 'speech', false, 'lamenta lamentano lamentato lamentata'],
  ['definire*', 'speech', false],
  ['pronunciare', 'speech', false],
  ['protestare', 'speech', true],
  ['consigliare', 'speech', true],
  ['raccomandare', 'speech', false],
  ['sottoscrivere', 'speech', false, 'sottoscrive sottoscrivono sottoscrisse sottoscritto'],
  ['tuonare', 'speech', false],
  ['incalzare', 'speech', false],
  ['sbottare', 'speech', false],
  ['elogiare', 'speech', false],
  ['ringraziare', 'speech', false],
  ['giurare', 'speech', false],
  ['intimare', 'speech', false],
  ['ordinare', 'speech', false],
  ['gridare', 'speech', false],
  ['affermare', 'speech', false],
  ['asserire*', 'speech', false],
  ['rilevare', 'speech', false],
  ['attestare', 'speech', false],
  ['ritenere', 'cognition', false, 'ritiene ritengono ritenne ritennero ritenuto ritenuta ritenendo riteneva ritenevano'],
  ['pensare', 'cognition', false],
  ['credere', 'cognition', false, 'crede credono credette credettero creduto credendo credeva'],
  ['considerare', 'cognition', false],
  ['temere', 'cognition', false, 'teme temono temette temuto temendo temeva'],
  ['sperare', 'cognition', false],
  ['auspicare', 'cognition', false],
  ['stimare', 'cognition', false],
  ['valutare', 'cognition', false],
  ['ipotizzare', 'cognition', false],
  ['prevedere', 'cognition', false, 'prevede prevedono previde previsto prevista prevedendo'],
  ['sapere', 'cognition', false, 'sa sanno seppe saputo sapendo'],
];

// A participle ends in -to/-so and its agreeing forms ("detto", "detta", "dette"): a form is one when
// its masculine -o twin is among the verb's forms too ("ammette" is not: "ammetto" is not listed).
const PARTICIPLE_SHAPE = /[ts][oaie]$/u;
function participlesOf(forms: readonly string[]): string[] {
  const all = new Set(forms);
  return forms.filter((f) => PARTICIPLE_SHAPE.test(f) && all.has(`${f.slice(0, -1)}o`) && /[ts]o$/u.test(`${f.slice(0, -1)}o`) && !/(?:and|end)o$/u.test(`${f.slice(0, -1)}o`));
}

const participles = new Set<string>();

/** Participles of cue verbs ("detto", "affermata"): a cue only after an auxiliary ("ha detto"). */
export const italianCueParticiples: ReadonlySet<string> = participles;

/** Every inflected cue form to its verb; the cue's `lemma` in the graph is the infinitive. */
export const italianCueForms: ReadonlyMap<string, CueVerb> = (() => {
  const forms = new Map<string, CueVerb>();
  for (const [rawLemma, sense, takesObject, irregular] of entries) {
    const incoativo = rawLemma.endsWith('*');
    const lemma = rawLemma.replace('*', '');
    const verb: CueVerb = { lemma, sense, takesObject, ...(ambiguous.has(lemma) ? { ambiguous: true } : {}) };
    const all = irregular ? [lemma, ...irregular.split(' ')] : conjugateItalian(lemma, incoativo);
    for (const form of all) if (!forms.has(form)) forms.set(form, verb);
    for (const form of participlesOf(all)) participles.add(form);
  }
  // "fa sapere", "ha fatto sapere": the cue is "sapere" after a form of fare.
  return forms;
})();

/** Words that can follow a cue and belong to it: "ha accolto con favore", "ha espresso il suo disappunto". */
export const italianCueParticles: string[][] = [
  ['con', 'favore'],
  ['con', 'soddisfazione'],
  ['con', 'preoccupazione'],
  ['il', 'suo', 'disappunto'],
  ['il', 'loro', 'disappunto'],
  ['la', 'sua', 'preoccupazione'],
  ['la', 'loro', 'preoccupazione'],
];

export const italianAuxiliaries = new Set(
  'ha hanno aveva avevano avrebbe avrebbero avrà avranno abbia abbiano avesse avessero è sono era erano sarebbe sarebbero sia siano fosse stato stata stati state viene vengono venne aveva ebbe può possono potrebbe deve devono dovrebbe vuole vogliono voleva sta stanno stava avere essere aver esser fa fanno fatto'.split(' '),
);

export const italianComplementizers = new Set(['che', 'di', 'a', 'ad', 'se', 'come', 'perché']);
