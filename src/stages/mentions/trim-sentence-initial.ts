import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';
import type { NameLexicon } from '../../lang/name-lexicon.js';
import type { NameSequence } from './name-sequences.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** What the article shows of its words' case, for telling a sentence-initial name from a capitalised word. */
export interface CaseEvidence {
  /** Words the article capitalises away from a sentence's start. */
  midCapitalized: ReadonlySet<string>;
  /** Words the article writes in lowercase somewhere. */
  lowercase: ReadonlySet<string>;
}

/**
 * A sentence-initial capital says nothing: drop a first word that is a function word, a verb
 * form, a word the article writes in lowercase elsewhere ("Accordo Lega-Pdl" beside "l'accordo"),
 * or a lone word the article never capitalises elsewhere ("Questa intervista tra Sergei Lavrov").
 * An unknown word that opens a longer run stays ("Azouz Marzouk"). A place that is also a common
 * word ("Fermo restando") must be capitalised elsewhere to stay.
 */
export function trimSentenceInitial(seq: NameSequence, tokens: readonly Token[], pack: LanguagePack, names: NameLexicon, evidence: CaseEvidence): NameSequence | null {
  if (!seq.sentenceInitial) return trimArticle(seq, tokens, pack, names);
  const head = tokens[seq.first]!;
  // "Mosca ha risposto": a place that is also a common word stays as the subject of a verb
  const next = tokens[seq.end];
  const subject = next !== undefined && (pack.auxiliaries.has(next.lower) || names.preverbalParticles.has(next.lower) || pack.cueForms.has(next.lower));
  const place = pack.lookupPlace(head.text) !== null && (!names.isCommonWordPlace(head.text) || subject);
  // "Castelli ha detto", "Castelli (Azione)": a known surname stays as the subject of a verb, or before its party
  const known = pack.isGivenName(head.lower) || place || ((subject || next?.text === '(') && names.isSurname(head.lower)) || names.isKnownOrganization(head.text) || pack.organizationHeads.has(head.lower) || ACRONYM.test(head.text) || pack.roleNouns.has(head.lower);
  const functional = pack.stopwords.has(head.lower) || pack.prepositions.has(head.lower) || pack.determiners.has(head.lower) || pack.cueForms.has(head.lower) ||
    pack.auxiliaries.has(head.lower) || names.runBreakers.has(head.lower);
  // "Di Pietro ha detto", "Della Valle": a capitalised particle and one name make an Italian surname
  // (not "Da Milano", "Di Google", "Dal Quirinale": a place, a company or a seat after a preposition)
  const second = tokens[seq.first + 1];
  const namedBody = (t: Token) => pack.lookupPlace(t.text) !== null || names.isKnownOrganization(t.text) || names.institutionSeats.has(t.lower) || pack.organizationHeads.has(t.lower);
  if (seq.end - seq.first === 2 && names.surnameParticles.has(head.lower) && second && second.kind === 'word' && !namedBody(second)) return seq;
  if (!functional && !evidence.lowercase.has(head.lower) && (known || evidence.midCapitalized.has(head.lower) || seq.end - seq.first > 1)) return seq;
  // "Anche Mario Rossi": the run goes on after the dropped word, as a run of its own
  if (seq.end - seq.first === 1) return null;
  return { first: seq.first + 1, end: seq.end, sentenceInitial: false };
}

/**
 * A capitalised article inside a sentence opens a heading or caption run into the text ("...
 * risultati La NASA ha annunciato"): it is dropped when what follows is a name by itself (an
 * acronym, a given name, a known place or company, or an organisation's name of two words or
 * more), and stays where it is part of the name ("Il Tempo", "La Stampa", "La Repubblica").
 */
function trimArticle(seq: NameSequence, tokens: readonly Token[], pack: LanguagePack, names: NameLexicon): NameSequence {
  const head = tokens[seq.first]!;
  const next = tokens[seq.first + 1];
  if (seq.end - seq.first < 2 || !names.definiteArticles.has(head.lower) || !next || next.start !== head.end + 1) return seq;
  const rest = seq.end - seq.first - 1;
  const named = ACRONYM.test(next.text) || pack.isGivenName(next.lower) || pack.lookupPlace(next.text) !== null || names.isKnownOrganization(next.text) ||
    (rest > 1 && tokens.slice(seq.first + 1, seq.end).some((t) => t.capitalized && pack.organizationHeads.has(t.lower)));
  return named ? { first: seq.first + 1, end: seq.end, sentenceInitial: false } : seq;
}
