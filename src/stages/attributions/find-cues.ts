import type { CueMatch, Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

const CLITIC = new Set(['lo', 'la', 'li', 'le', 'gli', 'ne', 'ci', 'si', 'mi', 'ti', 'vi', "l'", "s'", "c'"]);

function matchParticles(tokens: readonly Token[], at: number, pack: LanguagePack): number {
  for (const particle of pack.cueParticles) {
    if (particle.every((word, k) => tokens[at + k]?.lower === word)) return at + particle.length;
  }
  return at;
}

const CONTENT_OPENERS = new Set([':', '«', '“', '"', '„']);
const AMBIGUOUS_REACH = 6;

// "ha concluso che", "ha ricordato: «...»", "ha chiesto al governo di ritirare": content within reach.
function contentFollows(tokens: readonly Token[], from: number, pack: LanguagePack): boolean {
  const sentence = tokens[from - 1]!.sentence;
  for (let j = from; j < tokens.length && j < from + AMBIGUOUS_REACH && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    const infinitiveNext = /(?:are|ere|ire|rsi)$/u.test(tokens[j + 1]?.lower ?? '');
    // a quote right after the verb is its content; after an article it is an object ("un «trattato»")
    if (t.text === ':' || (CONTENT_OPENERS.has(t.text) && j === from) || (pack.complementizers.has(t.lower) && (!['a', 'ad', 'di'].includes(t.lower) || infinitiveNext))) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}

/**
 * Cue verbs with their auxiliaries and particles: "ha detto", "aveva dichiarato",
 * "ha accolto con favore", "denunciano", "ritenendo". Bare infinitives are not cues.
 */
export function findCues(tokens: readonly Token[], pack: LanguagePack): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const verb = pack.cueOf(token.lower);
    if (!verb) continue;
    // After an article or a preposition the form is a noun: "la domanda", "l'annuncio del decesso"
    const previous = tokens[i - 1];
    if (previous && previous.sentence === token.sentence && (pack.determiners.has(previous.lower) || pack.prepositions.has(previous.lower)) && !pack.auxiliaries.has(previous.lower)) continue;
    let first = i;
    let k = i - 1;
    while (k >= 0 && i - k <= 4 && tokens[k]!.sentence === token.sentence && pack.adverbs.has(tokens[k]!.lower) && !pack.auxiliaries.has(tokens[k]!.lower)) k--;
    let hasAux = false;
    while (k >= 0 && tokens[k]!.sentence === token.sentence && pack.auxiliaries.has(tokens[k]!.lower)) { hasAux = true; first = k; k--; }
    // Participles and infinitives need an auxiliary or modal ("ha detto", "può dire"), or a
    // colon that opens the quote they introduce ("avrà modo di lamentarsi: «...»").
    // (an infinitive with its clitic, "dichiararsi", "lamentarsi", is a cue on its own)
    // ("they say", "polls show": where the base form is a present, a subject before it will do)
    const presentAfterSubject = pack.baseFormIsPresent && previous !== undefined && (pack.subjectPronouns.has(previous.lower) || previous.capitalized || /s$/u.test(previous.lower));
    const nonFinite = pack.cueParticiples.has(token.lower) || (verb.lemma === token.lower && !presentAfterSubject);
    if (nonFinite && !hasAux && tokens[i + 1]?.text !== ':') continue;
    while (first > 0 && CLITIC.has(tokens[first - 1]!.lower) && tokens[first - 1]!.sentence === token.sentence && hasAux) first--;
    const end = matchParticles(tokens, i + 1, pack);
    if (verb.ambiguous && !contentFollows(tokens, end, pack)) continue;
    const auxiliaries = tokens.slice(first, i);
    const passive = pack.cueParticiples.has(token.lower) && auxiliaries.some((t) => pack.passiveAuxiliaries.has(t.lower));
    const impersonal = auxiliaries.some((t) => pack.impersonalClitics.has(t.lower)) || pack.impersonalClitics.has(tokens[first - 1]?.lower ?? '');
    // every cue with every field, in one order: one hidden class for the stages that read them
    cues.push({
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      lemma: verb.lemma,
      firstToken: first,
      endToken: end,
      verbToken: i,
      sense: verb.sense,
      takesObject: verb.takesObject,
      voice: passive ? 'passive' : impersonal ? 'impersonal' : undefined,
    });
  }
  return cues;
}
