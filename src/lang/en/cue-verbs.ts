import type { CueVerb } from '../types.js';
import { inflect } from './inflect.js';

/**
 * English attribution cues, as data. Following PARC and PolNeAR, a cue reports words, but also
 * beliefs, knowledge, intentions, wishes and evidence: "wants", "plans", "believes", "a poll
 * shows", "found". Each group says whether the content may be a bare object: "Clinton called for
 * a tax on the rich", "Trump wants to build a wall", "he said the plan would fail" (English drops
 * "that"). Verbs whose object is the addressee ("told reporters", "urged Congress") take their
 * content after "that" or "to" only.
 *
 * A word is a lemma; "lemma:third,past,participle,gerund" gives irregular forms ("-" for a form
 * left out because it is mostly a noun: "points", "reports"); a trailing "+" marks a doubled final
 * consonant ("admit+" -> "admitted").
 */
const GROUPS: { sense: CueVerb['sense']; takesObject: boolean; verbs: string }[] = [
  // Speech whose clause may follow without "that": "said he would", "argued the plan fails".
  {
    sense: 'speech',
    takesObject: true,
    verbs: `say:says,said,said,saying add argue assert claim contend declare explain insist maintain note
      remark reply respond retort state stress emphasize emphasise tweet post write:writes,wrote,written,writing
      acknowledge admit+ concede confirm deny allege announce disclose reveal report predict warn caution
      recall repeat reiterate testify complain boast brag joke quip concede counter add estimate
      suggest hint imply indicate point:-,pointed,pointed,pointing mention observe declare proclaim acknowledge`,
  },
  // Speech with an addressee before the content: "told reporters that", "assured voters that".
  {
    sense: 'speech',
    takesObject: false,
    verbs: `tell:tells,told,told,telling assure remind inform warn advise notify promise pledge vow swear:swears,swore,sworn,swearing
      ask urge press implore beg+ encourage invite challenge dare`,
  },
  // Stances and demands whose object is the content: "called for a ban", "opposes the deal".
  {
    sense: 'speech',
    takesObject: true,
    verbs: `demand propose recommend endorse support back oppose reject criticize criticise condemn denounce
      blast slam attack praise applaud welcome hail blame accuse defend dismiss question dispute challenge
      call describe characterize portray cite quote mock ridicule decry lament lambaste deride tout vow pledge promise
      threaten discuss raise`,
  },
  // Beliefs, knowledge, perception: "believes that", "knows the plan".
  {
    sense: 'cognition',
    takesObject: true,
    verbs: `believe think:thinks,thought,thought,thinking know:knows,knew,known,knowing feel:feels,felt,felt,feeling
      fear hope expect doubt suspect worry assume understand:understands,understood,understood,understanding
      realize realise recognize recognise consider conclude agree disagree guess figure reckon imagine
      suppose presume acknowledge learn see:sees,saw,seen,seeing hear:hears,heard,heard,hearing`,
  },
  // Intentions and wishes: "plans to", "wants to", "seeks to", "intends to", "decided to".
  {
    sense: 'cognition',
    takesObject: true,
    verbs: `want wish plan+ intend aim seek:seeks,sought,sought,seeking prefer+ decide refuse vow pledge
      hope need prepare try attempt threaten`,
  },
  // Evidence: "a poll shows", "the report found", "data suggest".
  {
    sense: 'cognition',
    takesObject: true,
    verbs: `show:shows,showed,shown,showing find:finds,found,found,finding suggest indicate reveal demonstrate
      confirm estimate project forecast:forecasts,forecast,forecast,forecasting prove+ document`,
  },
];

function formsOf(entry: string): { lemma: string; forms: string[] } {
  const [word, irregular] = entry.split(':');
  const doubles = word!.endsWith('+');
  const lemma = doubles ? word!.slice(0, -1) : word!;
  if (irregular) return { lemma, forms: [lemma, ...irregular.split(',').filter((form) => form !== '-')] };
  const f = inflect(lemma, doubles);
  return { lemma, forms: [lemma, f.third, f.past, f.participle, f.gerund] };
}

/** Every inflected form of every cue, lowercased, to its verb; the first group to list a verb wins. */
export const englishCueForms: ReadonlyMap<string, CueVerb> = (() => {
  const cues = new Map<string, CueVerb>();
  for (const group of GROUPS) {
    for (const entry of group.verbs.split(/\s+/).filter(Boolean)) {
      const { lemma, forms } = formsOf(entry);
      const verb: CueVerb = { lemma, sense: group.sense, takesObject: group.takesObject };
      for (const form of forms) if (!cues.has(form)) cues.set(form, verb);
    }
  }
  return cues;
})();

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WHEN = [
  ...WEEKDAYS.flatMap((day) => [[day], ['on', day], [day, 'night'], [day, 'morning'], [day, 'afternoon']]),
  ['last', 'week'], ['last', 'month'], ['last', 'year'], ['last', 'night'], ['this', 'week'], ['earlier', 'this', 'week'],
  ['yesterday'], ['today'], ['tonight'], ['earlier'], ['later'], ['again'], ['repeatedly'], ['publicly'], ['privately'],
  ['recently'], ['previously'], ['often'], ['once'], ['twice'], ['flatly'], ['bluntly'], ['simply'],
];
const WHERE = [
  ['in', 'a', 'statement'], ['in', 'an', 'interview'], ['in', 'a', 'tweet'], ['in', 'a', 'speech'], ['in', 'a', 'letter'],
  ['in', 'an', 'email'], ['in', 'a', 'report'], ['in', 'a', 'memo'], ['in', 'the', 'statement'], ['in', 'his', 'statement'],
  ['in', 'her', 'statement'], ['in', 'a', 'post'], ['on', 'twitter'], ['on', 'facebook'], ['on', 'television'],
  ['at', 'a', 'news', 'conference'], ['at', 'a', 'press', 'conference'], ['at', 'a', 'rally'], ['at', 'the', 'time'],
  ['during', 'the', 'debate'], ['during', 'a', 'rally'], ['during', 'an', 'interview'], ['in', 'an', 'op-ed'],
];

/**
 * Words that belong to the cue after its verb: "called for", "pointed out", "told reporters",
 * "said Tuesday", "said in a statement". The cue span covers them, so a bare content starts after
 * them ("said Friday the plan ..." -> "the plan ..."). The first phrase that matches wins: longer
 * phrases come first.
 */
export const englishCueParticles: readonly string[][] = [
  ...WHERE, ...WHEN,
  ['reporters'], ['the', 'crowd'], ['the', 'audience'], ['supporters'], ['the', 'committee'],
  ['for'], ['out'], ['against'],
].sort((a, b) => b.length - a.length);

/**
 * Forms that are far more often nouns or other words than cue verbs in news text: "the plan",
 * "his claims", "a point", "back", "need". They are not cues for the attributions stage: a cue
 * form inside reported content ends it there ("the agency broke several local rules").
 */
const NOUN_LIKE = new Set(`plan plans claim claims report reports estimate estimates hope hopes fear fears doubt doubts
  demand demands promise promises pledge pledges vow vows aim aims wish wishes quote quotes note notes post posts
  tweet tweets back backs need needs support supports attack attacks question questions call calls figure figures
  document documents project projects forecast forecasts guess guesses try tries attempt attempts counter counters
  concern concerns challenge challenges welcome raise raises press find finds learn see hear point points states`.split(/\s+/));

// Base forms that are cues after a modal or "did" ("will say", "did not say"); other base forms
// are as often adjectives, nouns or infinitives inside the content ("a state law",
// "are to blame", "taking aim").
const BASE_CUES = new Set('say tell ask argue think believe know want expect warn insist deny admit predict suggest explain'.split(' '));

/**
 * The cue verb a word is, for the attributions stage: every form of `englishCueForms` except the
 * noun-like ones above, which stay cues after an auxiliary only.
 * @example
 * englishCueOf('argued')?.lemma // 'argue'
 * englishCueOf('plans')         // undefined: "the plans" is a noun far more often
 */
export function englishCueOf(word: string): CueVerb | undefined {
  if (NOUN_LIKE.has(word)) return undefined;
  const verb = englishCueForms.get(word);
  return verb && (verb.lemma !== word || BASE_CUES.has(word)) ? verb : undefined;
}
