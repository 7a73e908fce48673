import type { CompiledLexicon } from './compile-lexicon.js';
import { readAmount } from './read-amount.js';
import type { TextSpan } from './quantity.js';

// A counted noun and one modifier: "soldati nordcoreani", "dipendenti Alitalia", "donne e ragazze".
// A third word is more often a participle or a verb ("soldati nordcoreani schierati") than the noun's.
const MAX_OBJECT_WORDS = 2;

export interface ObjectReading {
  object: TextSpan;
  /** How the noun is tied to the number: "30000 donne", "8mila i soldati", "migliaia di soldati". */
  link: 'direct' | 'article' | 'partitive';
}

export interface ObjectOptions {
  /** Only "di X" counts: after a unit ("3 milioni di euro di aiuti"). */
  partitiveOnly: boolean;
  /** "sono 8mila i soldati": an article may stand between the number and its noun. */
  allowArticle: boolean;
}

function isStop(word: string, compiled: CompiledLexicon): boolean {
  return compiled.stopWords.has(word.toLowerCase());
}

// "dipendenti Alitalia e migliaia di familiari", "quattro persone Quattro arresti" (headline):
// a word that starts the next quantity ends this noun phrase.
function startsAmount(text: string, at: number, compiled: CompiledLexicon): boolean {
  const amountAt = compiled.amountAt;
  amountAt.lastIndex = at;
  const found = amountAt.exec(text);
  return found !== null && readAmount(text, found, compiled) !== null;
}

/**
 * Reads the counted noun phrase after a quantity: lowercase first word, no function words,
 * at most three words, one "e" joining two nouns.
 * @example
 * readObject('10.000 soldati nordcoreani che', 6, compiled, { partitiveOnly: false, allowArticle: true })
 * // { object: { start: 7, end: 26, text: 'soldati nordcoreani' }, link: 'direct' }
 */
export function readObject(text: string, at: number, compiled: CompiledLexicon, options: ObjectOptions): ObjectReading | null {
  let cursor = at;
  let link: ObjectReading['link'] = 'partitive';
  const partitive = compiled.partitiveAt;
  partitive.lastIndex = at;
  if (partitive.test(text)) cursor = partitive.lastIndex;
  else if (options.partitiveOnly) return null;
  else {
    const article = compiled.articleAt;
    article.lastIndex = at;
    if (options.allowArticle && article.test(text)) {
      cursor = article.lastIndex;
      link = 'article';
    } else if (/[ \t\u00a0]/.test(text.charAt(at))) link = 'direct';
    else return null;
  }

  const wordAt = compiled.objectWordAt;
  let start = -1;
  let end = -1;
  let joined = false;
  for (let words = 0; words < MAX_OBJECT_WORDS + (joined ? 1 : 0); words++) {
    wordAt.lastIndex = cursor;
    const found = wordAt.exec(text);
    if (!found) break;
    const word = found.groups!.word!;
    if (words > 0 && !joined && compiled.objectJoiners.has(word.toLowerCase())) {
      const next = wordAt.exec(text); // sticky: continues after the joiner
      if (!next || isStop(next.groups!.word!, compiled) || !/^\p{Ll}/u.test(next.groups!.word!)) break;
      if (startsAmount(text, wordAt.lastIndex - next.groups!.word!.length, compiled)) break;
      joined = true;
      end = cursor = wordAt.lastIndex;
      continue;
    }
    if (isStop(word, compiled) || (words === 0 && !/^\p{Ll}/u.test(word))) break;
    if (words > 0 && startsAmount(text, wordAt.lastIndex - word.length, compiled)) break;
    if (start < 0) start = wordAt.lastIndex - word.length;
    end = cursor = wordAt.lastIndex;
  }
  if (start < 0) return null;
  return { object: { start, end, text: text.slice(start, end) }, link };
}
