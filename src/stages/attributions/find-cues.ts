import type { CueMatch, Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

const CLITIC = new Set(['lo', 'la', 'li', 'le', 'gli', 'ne', 'ci', 'si', 'mi', 'ti', 'vi', "l'", "s'", "c'"]);

function matchParticles(tokens: readonly Token[], at: number, pack: LanguagePack): number {
  for (const particle of pack.cueParticles) {
    if (particle.every((word, k) => tokens[at + k]?.lower === word)) return at + particle.length;
  }
  return at;
}

const DOCUMENT_REACH = 12;

// "La legge prevede che ...", "Il bando stabilisce che ...": a rule stated by a text, not a belief
// or a decision someone reports. The subject is looked for back to the start of the clause.
function documentSubject(tokens: readonly Token[], first: number, pack: LanguagePack): boolean {
  const nouns = pack.documentNouns;
  if (!nouns) return false;
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1; k >= 0 && k >= first - DOCUMENT_REACH && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (t.lower === 'che' || t.text === ';' || t.text === ':' || (pack.clauses && pack.clauses.auxiliaryTense.has(t.lower))) return false;
    if (nouns.has(t.lower) && (k === 0 || pack.determiners.has(tokens[k - 1]!.lower) || tokens[k - 1]!.sentence !== sentence)) return true;
  }
  return false;
}

const CONTENT_OPENERS = new Set([':', '«', '“', '"', '„']);
const AMBIGUOUS_REACH = 6;

// "ha concluso che", "ha ricordato: «...»", "ha chiesto al governo di ritirare", "ha detto di non
// essere", "ha risposto di aver": content within reach.
function contentFollows(tokens: readonly Token[], from: number, pack: LanguagePack): boolean {
  const sentence = tokens[from - 1]!.sentence;
  const infinitive = pack.clauses?.infinitiveShape ?? /(?:are|ere|ire|rsi)$/u;
  for (let j = from; j < tokens.length && j < from + AMBIGUOUS_REACH && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    const verbAt = pack.clauses?.negations.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    const infinitiveNext = infinitive.test(tokens[verbAt]?.lower ?? '');
    // a quote right after the verb is its content; after an article it is an object ("un «trattato»")
    if (t.text === ':' || (CONTENT_OPENERS.has(t.text) && j === from) || (pack.complementizers.has(t.lower) && (!['a', 'ad', 'di'].includes(t.lower) || infinitiveNext))) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}

// "si è detto fiducioso", "si dichiara soddisfatto": the clitic is reflexive, not impersonal, when
// what follows is a predicate of the subject, not a clause ("si dice che" is impersonal).
function reflexivePredicate(tokens: readonly Token[], end: number, pack: LanguagePack): boolean {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]!.sentence || next.kind !== 'word') return next?.text === '«' || next?.text === '“';
  return !pack.complementizers.has(next.lower) && !pack.prepositions.has(next.lower) && !pack.determiners.has(next.lower) && !pack.auxiliaries.has(next.lower);
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
    // (a particle settles the reporting sense: "ha accolto con favore")
    if (verb.ambiguous && end === i + 1 && !contentFollows(tokens, end, pack) && !(verb.cueClass !== 'adjective' && pack.impersonalClitics.has(tokens[first - 1]?.lower ?? '') && reflexivePredicate(tokens, end, pack))) continue;
    if ((verb.cueClass === 'cognition' || verb.cueClass === 'decision') && documentSubject(tokens, first, pack)) continue;
    const auxiliaries = tokens.slice(first, i);
    // an adjective cue after "è" is a copula, not a passive: "è convinto che"
    const passive = verb.cueClass !== 'adjective' && pack.cueParticiples.has(token.lower) && auxiliaries.some((t) => pack.passiveAuxiliaries.has(t.lower));
    const withClitic = auxiliaries.some((t) => pack.impersonalClitics.has(t.lower)) || pack.impersonalClitics.has(tokens[first - 1]?.lower ?? '');
    // ("Si ritiene probabile che": a clitic that opens the sentence has no subject to reflect)
    const cliticAt = pack.impersonalClitics.has(tokens[first]!.lower) ? first : first - 1;
    const opensSentence = cliticAt <= 0 || tokens[cliticAt - 1]!.sentence !== token.sentence;
    // "dichiararsi impotente", "dichiarandosi estraneo": the reflexive clitic glued to the verb
    const gluedReflexive = !pack.cueForms.has(token.lower) && /si$/u.test(token.lower);
    const reflexive = (withClitic && !opensSentence || gluedReflexive) && verb.cueClass !== 'adjective' && reflexivePredicate(tokens, end, pack);
    const impersonal = withClitic && !reflexive;
    // every cue with every field, in one order: one hidden class for the stages that read them
    cues.push({
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      lemma: verb.lemma,
      firstToken: first,
      endToken: end,
      verbToken: i,
      sense: verb.sense,
      // the reflexive's predicate is its content: "si è detta fiduciosa"
      // and so is the object of a cue with its particle: "ha espresso il suo disappunto per X"
      takesObject: verb.takesObject || reflexive || end > i + 1,
      voice: passive && !reflexive ? 'passive' : impersonal ? 'impersonal' : undefined,
      reflexive,
    });
  }
  return cues;
}
