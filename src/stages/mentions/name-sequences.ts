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
const glued = (a: Token, b: Token) => a.end === b.start;

/**
 * Runs of capitalised words, with particles ("Corea del Nord", "Banca d'Italia"), initials
 * ("George W. Bush", "J. K. Rowling"), hyphens ("Jean-Claude") and glued digits ("G8", "TG1")
 * inside them. A particle joins only when a capitalised word follows it. A capitalised function
 * word ends a run: a caption run into the text ("Ritratto di Cristoforo Colombo Anche per ...").
 */
export function nameSequences(tokens: readonly Token[], first: number, end: number, pack: LanguagePack, runBreakers: ReadonlySet<string>): NameSequence[] {
  const sequences: NameSequence[] = [];
  const breaksRun = (t: Token) => runBreakers.has(t.lower);
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (!isNameWord(token)) continue;
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next || j >= end) break;
      const after = j + 1 < end ? tokens[j + 1] : undefined;
      if (isNameWord(next)) {
        if (breaksRun(next)) break;
        j++;
        continue;
      }
      // "TG1", "G8": digits glued to the capitalised word before them
      if (next.kind === 'number' && glued(tokens[j - 1]!, next) && /^\p{N}+$/u.test(next.text)) { j++; continue; }
      // "W." in "George W. Bush": an initial's period
      if (next.text === '.' && INITIAL.test(tokens[j - 1]!.text) && glued(tokens[j - 1]!, next) && after && isNameWord(after)) { j += 2; continue; }
      // "Jean-Claude", "Al-Assad": a hyphen glued on both sides
      if (next.text === '-' && glued(tokens[j - 1]!, next) && after && glued(next, after) && (isNameWord(after) || pack.nameParticles.has(after.lower))) { j += 2; continue; }
      if (pack.nameParticles.has(next.lower) && after && isNameWord(after) && !breaksRun(after)) { j += 2; continue; }
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
