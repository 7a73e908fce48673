import type { CompiledLexicon } from './compile-lexicon.js';
import type { Amount } from './quantity.js';
import { matchPhraseBefore, type TokenBefore } from './tokens-before.js';

/** What is known around an amount when deciding whether it is a claim at all. */
export interface ClaimContext {
  amount: Amount;
  /** A unit follows ("5 metri", "40%"), or precedes ("€ 5"). */
  measured: boolean;
  /** How a counted noun follows, if one does: "30000 donne", "8mila i soldati", "migliaia di soldati". */
  objectLink?: 'direct' | 'article' | 'partitive';
  /** A hedge bounds it ("fino a", "circa"). */
  hedged: boolean;
  /** The amount opens a range ("10-15"), so a dash after it is not an identifier's. */
  ranged: boolean;
  /** The tokens before the number, nearest first (see `tokensBefore`). */
  tokens: readonly TokenBefore[];
  /** Nothing before this offset is read (the start of the caller's range). */
  floor: number;
}

// "(History 101)": a parenthesis does not start a sentence; quotes and dashes do ("«Sono 30»").
const SENTENCE_EDGE = /[.!?:;«“"\[\n\r—–-]/;

function startsSentence(text: string, at: number, floor: number): boolean {
  let k = at - 1;
  while (k >= floor && /[ \t\u00a0]/.test(text.charAt(k))) k--;
  return k < floor || SENTENCE_EDGE.test(text.charAt(k));
}

// "Germania 2006", "Boeing 737", "Canale 5", "iOS 10": a word with a capital mid-sentence makes a name.
function followsName(text: string, context: ClaimContext): boolean {
  const previous = context.tokens[0];
  if (!previous || !/\p{Lu}/u.test(previous.raw) || !/^\p{L}/u.test(previous.raw)) return false;
  if (!/^[ \u00a0]+$/.test(text.slice(previous.start + previous.raw.length, context.amount.start))) return false;
  return !startsSentence(text, previous.start, context.floor);
}

// "Edit 3 TG1", "Canale 5 Mediaset": a number between two capitalised words is part of a name.
function betweenNames(text: string, context: ClaimContext): boolean {
  const previous = context.tokens[0];
  return previous !== undefined && /^\p{Lu}/u.test(previous.raw) && /^[ \u00a0]\p{Lu}/u.test(text.slice(context.amount.end, context.amount.end + 2));
}

// "alle 12.20", "le 18.20": where the decimal mark is a comma, h.mm is a clock time.
function isClockShaped(text: string, amount: Amount, compiled: CompiledLexicon): boolean {
  if (compiled.lexicon.decimalSeparator === '.') return false;
  const time = /^(\d{1,2})[.:](\d{2})$/.exec(text.slice(amount.start, amount.end));
  return time !== null && Number(time[1]) <= 24 && Number(time[2]) < 60;
}

// The shape of the digits themselves: "16:25", "24/02", "3°", "5G", "F-16", "'70", "+39", "06 1234".
function hasIdentifierShape(text: string, context: ClaimContext, compiled: CompiledLexicon): boolean {
  const { amount, measured } = context;
  const after = text.charAt(amount.end);
  const before = text.charAt(amount.start - 1);
  const beforeThat = text.charAt(amount.start - 2);
  if (!measured) {
    if (compiled.lexicon.ordinalSuffixes.includes(after)) return true;
    if (/\p{L}/u.test(after)) return true;
    if (/['’]/.test(after)) return true; // "al 14'": a minute of play, a foot
    if (/[:/]/.test(after) && /\d/.test(text.charAt(amount.end + 1))) return true;
    if (!context.ranged && /[-–]/.test(after) && /[\p{L}\p{N}]/u.test(text.charAt(amount.end + 1))) return true;
  }
  if (/[-–/.:]/.test(before) && /[\p{L}\p{N}]/u.test(beforeThat)) return true;
  if (/['’]/.test(before) && !/\p{L}/u.test(beforeThat)) return true;
  if (before === '+' || before === '#') return true;
  const first = text.charAt(amount.start) === '-' || text.charAt(amount.start) === '−' ? amount.start + 1 : amount.start;
  if (text.charAt(first) === '0' && /\d/.test(text.charAt(first + 1))) return true;
  if (amount.scale === 1 && !measured) {
    // Digit groups split by single spaces are phone numbers or codes, not amounts.
    if (/^[ \u00a0]\d/.test(text.slice(amount.end, amount.end + 2))) return true;
    if (/\d[ \u00a0]$/.test(text.slice(Math.max(0, amount.start - 2), amount.start))) return true;
  }
  return false;
}

/**
 * Decides that an amount is not a numeric claim: a date, a year, a clock time, an ordinal, a
 * decade, a law or page number, a phone number, an identifier or a number inside a name; or a
 * lone article ("un") or a small number word with nothing counted ("i due").
 * @example
 * // "il 10 giugno": the amount 10 is followed by a month
 * isNotAClaim(text, { amount, measured: false, hedged: false, ranged: false, tokens, floor: 0 }, compiled) // true
 */
export function isNotAClaim(text: string, context: ClaimContext, compiled: CompiledLexicon): boolean {
  const { amount, measured } = context;
  if (amount.lone) return true;
  if (amount.kind === 'digits' && hasIdentifierShape(text, context, compiled)) return true;
  const plainDigits = amount.kind === 'digits' && amount.scale === 1 && !measured;
  if (plainDigits && (isClockShaped(text, amount, compiled) || betweenNames(text, context))) return true;
  if (amount.kind === 'digits' || amount.kind === 'words' || amount.kind === 'fraction') {
    const date = compiled.dateAfterAt;
    date.lastIndex = amount.end;
    if (date.test(text)) return true;
  }
  const before = matchPhraseBefore(context.tokens, 0, compiled.contextPhrases, compiled.maxContextWords)?.value;
  if (before && amount.kind !== 'vague') {
    if (before === 'month' || before === 'weekday' || before === 'decade' || before === 'reference' || before === 'phone') return true;
    if (before === 'clock' && !measured && context.objectLink !== 'direct') return true;
    if (before === 'year' && amount.yearLike) return true;
  }
  if (amount.yearLike && !measured && context.objectLink !== 'direct') return true;
  if (amount.kind === 'digits' && amount.scale === 1 && !measured && !context.objectLink && followsName(text, context)) return true;
  if (amount.kind === 'words' && !measured && !context.objectLink && !context.hedged && amount.value < 100) return true;
  // "i venti dell'uragano" (winds): a bare number word takes its noun directly ("venti feriti").
  if (amount.kind === 'words' && amount.value < 1000 && !measured && context.objectLink === 'partitive') return true;
  if (amount.kind === 'fraction' && !measured && !context.objectLink) return true;
  // "nell'Ottocento" is a century, "la Cinquecento" a car: a capitalised number word mid-sentence.
  if (amount.kind === 'words' && /^\p{Lu}/u.test(text.charAt(amount.start)) && !startsSentence(text, amount.start, context.floor)) return true;
  return false;
}
