// A stress input for linearity in the number of actors: the repeated fixture with every
// capitalised word given a suffix that changes with each repetition of the fixture, so "Sergei
// Lavrov" becomes "Sergei Lavrovab", then "Sergei Lavrovac"... and every repetition names new
// people, organisations and places.
import { fixtureParagraphs } from './inputs.mjs';

const CAPITALISED = /(?<![\p{L}\p{N}'’])(\p{Lu}\p{Ll}+)/gu;

const suffix = (n) => {
  let s = '';
  let k = n + 26;
  while (k > 0) {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26);
  }
  return s;
};

/** `text` (whole fixture paragraphs, repeated) with names made distinct per repetition. */
export function withDistinctNames(text) {
  const perRepetition = fixtureParagraphs().length;
  return text
    .split('\n')
    .map((line, i) => line.replace(CAPITALISED, (word) => word + suffix(Math.floor(i / perRepetition))))
    .join('\n');
}
