import type { Article, CueMatch } from '../../pipeline/article.js';
import { verbGroupAt } from '../clauses/verb-groups.js';
import { contentAroundCue } from './content-around-cue.js';
import { isGoverned, subjectAfter, type SubjectHit, type SubjectIndex } from './find-subject.js';
import { isAnimate } from './subject-checks.js';

const ASIDE_REACH = 8;
const COMPLEMENT_REACH = 12;

// a clause that goes on after an aside: "dove, ha detto il testimone, è stato picchiato"
const OPENS_CLAUSE = new Set(['dove', 'che', 'perché', 'quando', 'se', 'come', 'mentre']);

/** Whether the words of the sentence outside the aside hold a verb group, or the aside interrupts a clause opener ("dove, ha detto X, ..."). */
function reportedClauseHasVerb(article: Article, cue: CueMatch): boolean {
  const tokens = article.tokens!;
  const s = article.sentences![tokens[cue.verbToken]!.sentence]!;
  if (OPENS_CLAUSE.has(tokens[cue.firstToken - 2]?.lower ?? '')) return true;
  let close = cue.endToken;
  while (close < s.endToken && tokens[close]!.kind === 'word') close++;
  for (let k = s.firstToken; k < s.endToken; k++) {
    if (k === cue.firstToken) k = close;
    if (verbGroupAt(tokens, k, article.pack)) return true;
  }
  return false;
}

/**
 * Whether a "che" clause follows the comma after the cue before any verb: in "le operaie, in
 * sciopero, hanno detto, come il sindacato, che ..." the cue is the main verb, not an aside.
 */
function complementFollows(article: Article, cue: CueMatch): boolean {
  const tokens = article.tokens!;
  const sentence = tokens[cue.verbToken]!.sentence;
  for (let k = cue.endToken; k < tokens.length && k < cue.endToken + COMPLEMENT_REACH && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.lower === 'che' || (article.pack.complementizers.has(t.lower) && t.lower !== 'a')) return true;
    if (k > cue.endToken && verbGroupAt(tokens, k, article.pack)) return false;
  }
  return false;
}

/**
 * The subject of a cue that stands as an aside ("Il piano, ha detto la sindaca, è pronto", "Il
 * piano è pronto, ha detto Rossi.", "dove, ha raccontato il testimone, ..."): its content lies
 * around or before it, so its subject is the noun phrase after the verb, inside the aside; a name
 * before the cue belongs to the reported clause. 'abstain' when the aside names someone no mention
 * covers (a role word, a capitalised word); 'carry' when the aside holds no subject ("..., ha
 * detto, ...") and the speaker is who the text was about before this sentence. Null when the cue
 * is no aside or what follows it is its object ("Rossi, intanto, ha annunciato le dimissioni").
 */
export function asideSubject(article: Article, cue: CueMatch, index: SubjectIndex): SubjectHit | 'abstain' | 'carry' | null {
  if (contentAroundCue(article, cue) === null) return null;
  const hit = subjectAfter(article, cue, index);
  if (hit) return { ...hit, rule: 'subject-after-cue' };
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  let words = 0;
  let subjectLike = false;
  for (let k = cue.endToken; k < tokens.length && k < cue.endToken + ASIDE_REACH && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    // "il vicino Luca Bruni": a speaker named further inside the aside, not after a preposition
    const named = (index.byFirst.get(k) ?? []).find((m) => isAnimate(mentions[m]!) && !isGoverned(article, mentions[m]!));
    if (named !== undefined && !subjectLike && words <= 2) return { mention: named, rule: 'subject-after-cue' };
    if (pack.determiners.has(t.lower) || pack.adverbs.has(t.lower)) continue;
    if (words === 0) subjectLike = pack.roleNouns.has(t.lower) || /^\p{Lu}/u.test(t.text);
    words++;
  }
  if (words === 0) return complementFollows(article, cue) ? null : 'carry';
  // "..., ha spiegato il custode.": a noun phrase no mention covers is the subject when the words
  // reported have a verb of their own; in "Rossi, intanto, ha annunciato le dimissioni" they do
  // not, and the noun phrase is the cue's object
  return subjectLike || reportedClauseHasVerb(article, cue) ? 'abstain' : null;
}
