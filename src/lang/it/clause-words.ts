import type { ClauseWords } from '../types.js';

const words = (s: string) => s.trim().split(/\s+/u);

// Finite auxiliaries and modals by the tense they give their verb group: two coordinated verb
// groups in one tense ("ha detto ... e ha lasciato") are read as one clause's verbs.
const tenses: [string, string][] = [
  ['present', 'ha hanno è sono può possono deve devono vuole vogliono sta stanno viene vengono fa fanno'],
  ['past', 'aveva avevano era erano poteva potevano doveva dovevano voleva volevano stava stavano veniva venivano'],
  ['remote', 'ebbe ebbero fu furono venne vennero'],
  ['future', 'avrà avranno sarà saranno potrà potranno dovrà dovranno'],
  ['conditional', 'avrebbe avrebbero sarebbe sarebbero potrebbe potrebbero dovrebbe dovrebbero vorrebbe vorrebbero'],
  ['subjunctive', 'abbia abbiano sia siano avesse avessero fosse fossero possa possano debba'],
];

/** Function words of Italian clauses, for the clause layer (stages/clauses). */
export const italianClauseWords: ClauseWords = {
  auxiliaryTense: new Map(tenses.flatMap(([tense, forms]) => words(forms).map((form) => [form, tense] as const))),
  clitics: new Set(words("lo la li le gli ne ci si mi ti vi l' s' c' m' t' v'")),
  negations: new Set(['non', 'né', 'mai']),
  coordinators: new Set(['e', 'ed', 'ma', 'poi']),
  // A sentence that opens with one of these puts a subordinate clause before its main one.
  frontedSubordinators: [
    ['nonostante'], ['sebbene'], ['benché'], ['anche', 'se'], ['se'], ['quando'], ['dopo', 'che'], ['mentre'],
    ['poiché'], ['siccome'], ['dal', 'momento', 'che'], ['pur', 'avendo'], ['visto', 'che'],
  ],
  participleShape: /(?:at|ut|it|tt|st|ss|lt|nt|rt|ers|ot|us|is|es)[oaie]$/u,
  firstPerson: new Set(words('io noi ho abbiamo avevo avevamo siamo ero eravamo mi me nostro nostra nostri nostre mio mia miei mie voi vostro vostra')),
  firstPersonShape: /(?:iamo|eremo|iremo|aremo)$/u,
  futureShape: /(?:rà|ranno|rebbe|rebbero)$/u,
  gerundShape: /(?:and|end)o(?:[a-z]{2,6})?$/u,
  infinitiveShape: /(?:are|ere|ire|rre|arsi|ersi|irsi|arlo|erlo|irlo|arla|erla|irla|arne|erne|irne|ar[cgmtv]i|er[cgmtv]i|ir[cgmtv]i)$|^(?:voler|poter|dover|aver|esser|far|saper|andar|venir|stare|essere|avere)$/u,
};
