import { foldWord, romanisationKey } from './romanise.js';
import { SURNAME_PARTICLES } from './surname-particles.js';

/** A person's name read for linking across articles. */
export interface PersonName {
  /** Romanised words split at spaces and hyphens, joined by '-': one key for "Kim Jong-un" and "Kim Jong Un". */
  readonly key: string;
  /** Romanised surname (last word with its particles), e.g. "di maio"; '' when the name is not a proper name. */
  readonly surname: string;
  /** Romanised given names before the surname, in order; an initial ("G.") is kept as one letter. */
  readonly given: readonly string[];
  /** The given names as written, without case and accents: a short form must repeat them ("Bobby" is not "Bobbi"). */
  readonly givenWritten: readonly string[];
  /** Which of `given` were written as initials. */
  readonly initials: readonly boolean[];
  /** A proper name: every word but the particles starts with a capital letter. */
  readonly proper: boolean;
}

const INITIAL = /^\p{Lu}\.?$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Reads a person's canonical name ("Luigi Di Maio", "G. Rossi", "Zelenskyy", "un portavoce"). */
export function readPersonName(name: string): PersonName {
  const words = name.trim().split(/\s+/).filter((w) => foldWord(w) !== '');
  const key = words.flatMap((w) => w.split(/[-‐‑]/)).map(romanisationKey).filter(Boolean).join('-');
  const isParticle = (w: string) => SURNAME_PARTICLES.has(foldWord(w));
  const proper = words.length > 0 && words.every((w) => isParticle(w) || CAPITALISED.test(w)) && CAPITALISED.test(words[words.length - 1]!);
  if (!proper) return { key, surname: '', given: [], givenWritten: [], initials: [], proper: false };
  let first = words.length - 1;
  while (first > 0 && isParticle(words[first - 1]!)) first--;
  // A name made only of a particle and a word ("Di Maio") is a surname, not a given name "Di".
  const surname = words.slice(first).map(romanisationKey).join(' ');
  const givenWords = words.slice(0, first);
  return {
    key,
    surname,
    given: givenWords.map((w) => (INITIAL.test(w) ? foldWord(w).replace(/\.$/, '') : romanisationKey(w))),
    givenWritten: givenWords.map((w) => foldWord(w)),
    initials: givenWords.map((w) => INITIAL.test(w)),
    proper,
  };
}
