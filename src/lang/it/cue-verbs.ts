import type { CueClass, CueVerb } from '../types.js';
import { conjugateItalian } from './conjugate.js';

// A verb is its infinitive, or "infinitive:irregular forms" when the rules of conjugate.ts do not
// give them; a trailing '*' marks -isc- verbs ("ribadisce").
const verbs = (s: string) => s.trim().split(/\s*\n\s*|\s{2,}|;\s*/u).filter(Boolean);

// Verbs with an everyday sense beside the reporting one: cues only right before their content.
const ambiguous = new Set([
  'concludere', 'indicare', 'riportare', 'ricordare', 'rilevare', 'osservare', 'notare', 'segnalare', 'sostenere',
  'scrivere', 'ripetere', 'proporre', 'escludere', 'anticipare', 'garantire', 'assicurare', 'considerare', 'valutare',
  'stimare', 'prevedere', 'sapere', 'invitare', 'ordinare', 'ringraziare', 'parlare', 'rispondere',
  'accogliere', 'stabilire', 'disporre', 'decidere', 'condannare', 'descrivere', 'riconoscere', 'informare', 'constatare',
  'convenire', 'accennare', 'rivendicare', 'elogiare',
]);

// The class of a cue decides what it takes as content (src/lang/types.ts, CueClass).
const byClass: Record<CueClass, string> = {
  speech: `
    dire:dice dicono diceva dicevano disse dissero detto detta detti dette dicendo dirà diranno direbbe direbbero dica
    spiegare; aggiungere:aggiunge aggiungono aggiunse aggiunsero aggiunto aggiunta aggiungendo; precisare; riferire*
    raccontare; commentare; osservare; notare; avvertire; chiarire*; ricordare; sostenere:sostiene sostengono sostenne sostennero sostenuto sostenuta sostenuti sostenendo
    rispondere:risponde rispondono rispose risposero risposto rispondendo; replicare; domandare; insistere:insiste insistono insistette insistettero insistito insistendo
    concludere:conclude concludono concluse conclusero concluso concludendo; scrivere:scrive scrivono scrisse scrissero scritto scritta scrivendo
    twittare; riportare; urlare; gridare; esclamare; tuonare; incalzare; sbottare; parlare; pronunciare; confidare; svelare
    puntualizzare; specificare; ripetere:ripete ripetono ripeté ripeterono ripetuto ripetendo
    convenire:conviene convengono convenne convennero convenuto convenendo`,
  assertion: `
    affermare; dichiarare; sottolineare; evidenziare; rimarcare; ribadire*; riaffermare; annunciare; annunziare; comunicare
    confermare; smentire*; negare; ammettere:ammette ammettono ammise ammisero ammesso ammessa ammettendo; rivelare
    denunciare; lamentare; criticare; condannare; contestare; rivendicare; escludere:esclude escludono escluse esclusero escluso esclusa escludendo
    chiedere:chiede chiedono chiese chiesero chiesto chiesta chiedendo; sollecitare; reclamare; proporre:propone propongono propose proposero proposto proponendo
    promettere:promette promettono promise promisero promesso promessa promettendo; garantire*; assicurare; proclamare
    segnalare; anticipare; indicare; rilevare; attestare; asserire*; constatare; accennare; paventare
    riconoscere:riconosce riconoscono riconobbe riconobbero riconosciuto riconosciuta riconoscendo; suggerire*
    protestare; consigliare; raccomandare; ordinare; intimare; accogliere:accoglie accolgono accolse accolsero accolto accolta accogliendo`,
  evaluation: `
    definire*; descrivere:descrive descrivono descrisse descrissero descritto descritta descrivendo; bollare; giudicare`,
  address: `
    invitare; esortare; avvisare; ammonire*; accusare; minacciare
    rassicurare; informare; giurare; sottoscrivere:sottoscrive sottoscrivono sottoscrisse sottoscritto`,
  act: `
    ringraziare; elogiare; esprimere:esprime esprimono espresse espressero espresso espressa esprimendo`,
  decision: `
    stabilire*; decretare; sentenziare; disporre:dispone dispongono dispose disposero disposto disposta disponendo`,
  cognition: `
    ritenere:ritiene ritengono ritenne ritennero ritenuto ritenuta ritenendo riteneva ritenevano
    pensare; credere:crede credono credette credettero creduto credendo credeva; considerare
    temere:teme temono temette temuto temendo temeva; sperare; auspicare; stimare; valutare; ipotizzare
    prevedere:prevede prevedono previde previsto prevista prevedendo; sapere:sa sanno seppe saputo sapendo`,
  // after a copula, before "che" or "di": "era convinto che", "si è detta sicura di farcela"
  adjective: `
    convinto:convinta convinti convinte; fiducioso:fiduciosa fiduciosi fiduciose; sicuro:sicura sicuri sicure
    certo:certa certi certe; persuaso:persuasa persuasi persuase; consapevole:consapevoli; ottimista:ottimisti
    preoccupato:preoccupata preoccupati preoccupate`,
};

/** Classes whose noun-phrase object is what was said. */
const objectIsContent = new Set<CueClass>(['assertion', 'evaluation']);

// A participle ends in -to/-so and its agreeing forms ("detto", "detta", "dette"): a form is one when
// its masculine -o twin is among the verb's forms too ("ammette" is not: "ammetto" is not listed).
const PARTICIPLE_SHAPE = /[ts][oaie]$/u;
function participlesOf(forms: readonly string[]): string[] {
  const all = new Set(forms);
  return forms.filter((f) => PARTICIPLE_SHAPE.test(f) && all.has(`${f.slice(0, -1)}o`) && /[ts]o$/u.test(`${f.slice(0, -1)}o`) && !/(?:and|end)o$/u.test(`${f.slice(0, -1)}o`));
}

const participles = new Set<string>();

/** Participles of cue verbs ("detto", "affermata"), and adjective cues: a cue only after an auxiliary or copula ("ha detto", "è convinto"). */
export const italianCueParticiples: ReadonlySet<string> = participles;

/** Every inflected cue form to its verb; the cue's `lemma` in the graph is the infinitive. */
export const italianCueForms: ReadonlyMap<string, CueVerb> = (() => {
  const forms = new Map<string, CueVerb>();
  for (const [cueClass, list] of Object.entries(byClass) as [CueClass, string][]) {
    for (const entry of verbs(list)) {
      const [rawLemma, irregular] = entry.split(':') as [string, string | undefined];
      const incoativo = rawLemma.endsWith('*');
      const lemma = rawLemma.replace('*', '');
      const sense = cueClass === 'cognition' ? 'cognition' : 'speech';
      // an adjective cue needs "che" or "di" after it: "convinto che", not "un convinto sostenitore"
      const isAmbiguous = ambiguous.has(lemma) || cueClass === 'adjective';
      const verb: CueVerb = { lemma, cueClass, sense, takesObject: objectIsContent.has(cueClass), ...(isAmbiguous ? { ambiguous: true } : {}) };
      const all = irregular ? [lemma, ...irregular.split(' ')] : conjugateItalian(lemma, incoativo);
      for (const form of all) if (!forms.has(form)) forms.set(form, verb);
      if (cueClass === 'adjective') for (const form of all) participles.add(form);
      else for (const form of participlesOf(all)) participles.add(form);
    }
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

/**
 * Nouns of texts and rules: as the subject of a cognition verb they state a rule, not a belief
 * ("la legge prevede che", "il regolamento stabilisce che").
 */
export const italianDocumentNouns = new Set(
  'legge leggi decreto decreti norma norme regolamento regolamenti programma programmi piano piani accordo accordi contratto contratti bando bandi testo testi articolo articoli statuto codice direttiva direttive trattato protocollo clausola delibera ordinanza progetto'.split(' '),
);

/** Objects that carry no proposition: "ha chiesto scusa", "ha espresso cordoglio". */
export const italianEmptyObjects = new Set(
  'scusa scuse perdono grazie cordoglio condoglianze solidarietà gratitudine ringraziamenti auguri saluti complimenti congratulazioni'.split(' '),
);

export const italianAuxiliaries = new Set(
  'ha hanno aveva avevano avrebbe avrebbero avrà avranno abbia abbiano avesse avessero è sono era erano sarebbe sarebbero sia siano fosse stato stata stati state viene vengono venne aveva ebbe può possono potrebbe deve devono dovrebbe vuole vogliono voleva sta stanno stava avere essere aver esser fa fanno fatto'.split(' '),
);

export const italianComplementizers = new Set(['che', 'di', 'a', 'ad', 'se', 'come', 'perché']);
