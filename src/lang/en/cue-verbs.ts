import type { CueVerb } from '../types.js';

// [lemma, sense, takes a noun-phrase object, forms]: English inflection is listed, it is short.
const entries: [string, CueVerb['sense'], boolean, string][] = [
  ['say', 'speech', false, 'said says saying'],
  ['tell', 'speech', false, 'told tells telling'],
  ['state', 'speech', false, 'stated states stating'],
  ['add', 'speech', false, 'added adds adding'],
  ['claim', 'speech', false, 'claimed claims claiming'],
  ['argue', 'speech', false, 'argued argues arguing'],
  ['announce', 'speech', true, 'announced announces announcing'],
  ['declare', 'speech', false, 'declared declares declaring'],
  ['explain', 'speech', false, 'explained explains explaining'],
  ['note', 'speech', false, 'noted notes noting'],
  ['warn', 'speech', false, 'warned warns warning'],
  ['insist', 'speech', false, 'insisted insists insisting'],
  ['write', 'speech', false, 'wrote writes writing written'],
  ['tweet', 'speech', false, 'tweeted tweets tweeting'],
  ['ask', 'speech', false, 'asked asks asking'],
  ['reply', 'speech', false, 'replied replies replying'],
  ['respond', 'speech', false, 'responded responds responding'],
  ['acknowledge', 'speech', false, 'acknowledged acknowledges acknowledging'],
  ['admit', 'speech', false, 'admitted admits admitting'],
  ['deny', 'speech', true, 'denied denies denying'],
  ['confirm', 'speech', true, 'confirmed confirms confirming'],
  ['report', 'speech', false, 'reported reports reporting'],
  ['suggest', 'speech', false, 'suggested suggests suggesting'],
  ['promise', 'speech', false, 'promised promises promising'],
  ['accuse', 'speech', false, 'accused accuses accusing'],
  ['call', 'speech', false, 'called calls calling'],
  ['urge', 'speech', false, 'urged urges urging'],
  ['predict', 'speech', false, 'predicted predicts predicting'],
  ['contend', 'speech', false, 'contended contends contending'],
  ['believe', 'cognition', false, 'believed believes believing'],
  ['think', 'cognition', false, 'thought thinks thinking'],
  ['expect', 'cognition', false, 'expected expects expecting'],
  ['hope', 'cognition', false, 'hoped hopes hoping'],
  ['fear', 'cognition', false, 'feared fears fearing'],
  ['want', 'cognition', false, 'wanted wants wanting'],
];

export const englishCueForms: ReadonlyMap<string, CueVerb> = (() => {
  const forms = new Map<string, CueVerb>();
  for (const [lemma, sense, takesObject, list] of entries) {
    const verb: CueVerb = { lemma, sense, takesObject };
    for (const form of list.split(' ')) forms.set(form, verb);
  }
  return forms;
})();
