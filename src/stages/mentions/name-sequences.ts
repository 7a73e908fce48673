import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

export interface NameSequence {
  first: number;
  end: number;
  /** The sequence opens its sentence, where every word is capitalised. */
  sentenceInitial: boolean;
}

const INITIAL = /^\p{Lu}$/u;
const isNameWord = (t: Token) => t.kind === 'word' && t.capitalized;
const QUOTE_OR_DASH = /^[«“„"'‘\-–—(]$/u;

/**
 * Runs of capitalised words, with particles ("Corea del Nord", "Banca d'Italia"), initials
 * ("George W. Bush") and hyphens ("Jean-Claude") inside them. A particle joins only when a
 * capitalised word follows it.
 */
export function nameSequences(tokens: readonly Token[], first: number, end: number, pack: LanguagePack): NameSequence[] {
  const sequences: NameSequence[] = [];
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (!isNameWord(token)) continue;
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next || j >= end) break;
      if (isNameWord(next)) { j++; continue; }
      // "W." in "George W. Bush": an initial's period
      if (next.text === '.' && INITIAL.test(tokens[j - 1]!.text) && tokens[j + 1] && isNameWord(tokens[j + 1]!) && j + 1 < end) { j += 2; continue; }
      // "Jean-Claude", "Al-Assad": a hyphen glued on both sides
      if (next.text === '-' && next.start === tokens[j - 1]!.end && tokens[j + 1] && tokens[j + 1]!.start === next.end && isNameWord(tokens[j + 1]!)) { j += 2; continue; }
      if (pack.nameParticles.has(next.lower) && tokens[j + 1] && isNameWord(tokens[j + 1]!) && j + 1 < end) { j += 2; continue; }
      break;
    }
    let lead = i - 1;
    while (lead >= first && QUOTE_OR_DASH.test(tokens[lead]!.text)) lead--;
    const sentenceInitial = lead < first || tokens[lead]!.text === ':' || tokens[lead]!.text === '.';
    sequences.push({ first: i, end: j, sentenceInitial });
    i = j - 1;
  }
  return sequences;
}
