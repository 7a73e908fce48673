import type { Article } from '../../pipeline/article.js';
import { verbGroupAt } from '../clauses/verb-groups.js';

const OPENING = new Set(['«', '“', '„', '"']);
const PAST = new Set(['present', 'past', 'remote']);

/**
 * Which sentences read as the writer's narration rather than as someone's words, for ending a
 * quote left open: a sentence that opens a new quotation mark, or that holds a cue of its own or a
 * compound past in the third person ("Il prefetto ha poi spiegato", "Il prefetto ha convocato")
 * with no word of the first person ("abbiamo", "noi") that would make it the speaker's. Each sentence is read once.
 */
export function narrationSentences(article: Article): Uint8Array {
  const tokens = article.tokens!;
  const sentences = article.sentences!;
  const words = article.pack.clauses;
  const flags = new Uint8Array(sentences.length);
  if (!words) return flags;
  sentences.forEach((s, index) => {
    if (s.firstToken >= s.endToken) return;
    if (OPENING.has(tokens[s.firstToken]!.text)) {
      flags[index] = 1;
      return;
    }
    let cue = false;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = tokens[k]!;
      if (words.firstPerson.has(t.lower) || words.firstPersonShape.test(t.lower) || OPENING.has(t.text)) return;
      if (!cue) {
        const group = verbGroupAt(tokens, k, article.pack);
        // (the pack's auxiliaries and cue forms are of the third person); a compound past ("ha
        // convocato", "è arrivato") tells of events, as narration does
        if (group && (group.cue || (group.end - group.start > 1 && PAST.has(group.tense)))) cue = true;
      }
    }
    if (cue) flags[index] = 1;
  });
  return flags;
}

/** For each sentence, the first narration sentence after it (sentences.length if none): one pass from the end. */
export function nextNarration(flags: Uint8Array): Int32Array {
  const next = new Int32Array(flags.length);
  let after = flags.length;
  for (let i = flags.length - 1; i >= 0; i--) {
    next[i] = after;
    if (flags[i]) after = i;
  }
  return next;
}
