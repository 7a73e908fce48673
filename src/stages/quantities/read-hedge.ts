import type { BoundKind, RangeFrame } from '../../lang/number-lexicon.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { matchPhraseBefore, type TokenBefore } from './tokens-before.js';

/** What a phrase before a number does: bound it, cap it (a verb of reach), or open a range. */
export type HedgePhrase =
  | { kind: 'hedge'; bound: BoundKind }
  | { kind: 'reach' }
  | { kind: 'open'; frame: RangeFrame };

export interface HedgeReading {
  /** Where the quantity's span starts: at the hedge, the currency or the number. */
  start: number;
  /** 'reach' is a verb that caps the amount and stays out of the span ("raggiungevano i 7 cm"). */
  bound?: Exclude<BoundKind, 'none'> | 'reach';
  /** A range opener ("tra", "dai") waiting for its second number; `openStart` is where it begins. */
  frame?: RangeFrame;
  openStart?: number;
  /** Index in the tokens of the phrase's first word, to look further back (verbs of change). */
  phraseEnd?: number;
  currency?: string;
}

const MAX_FILLERS = 2;

/**
 * Reads what stands just before a number, from the tokens before it (nearest first): a prefixed
 * currency ("€"), fillers ("i prossimi"), and a hedge ("fino a", "più del", "circa"), a verb of
 * reach ("raggiungevano") or a range opener ("tra", "dal"). The longest reading wins.
 * @example
 * readHedge(tokensBefore('fino a 8.000', 7, 0, 8), 7, compiled) // { start: 0, bound: 'upper', ... }
 */
export function readHedge(tokens: readonly TokenBefore[], numberStart: number, compiled: CompiledLexicon): HedgeReading {
  const reading: HedgeReading = { start: numberStart };
  let at = 0;
  const currency = tokens[0] ? compiled.prefixUnits.get(tokens[0].raw) : undefined;
  if (currency !== undefined) {
    reading.currency = currency;
    reading.start = tokens[0]!.start;
    at = 1;
  }
  let best: { phrase: HedgePhrase; fillers: number; words: number } | null = null;
  for (let fillers = 0; fillers <= MAX_FILLERS; fillers++) {
    if (fillers > 0 && !compiled.fillers.has(tokens[at + fillers - 1]?.word ?? '')) break;
    const found = matchPhraseBefore(tokens, at + fillers, compiled.hedgePhrases, compiled.maxHedgeWords);
    if (found && (!best || found.words + fillers > best.words + best.fillers)) best = { phrase: found.value, fillers, words: found.words };
  }
  if (!best) return reading;
  const first = at + best.fillers + best.words - 1;
  const { phrase } = best;
  if (phrase.kind === 'hedge' && phrase.bound !== 'none') {
    reading.bound = phrase.bound;
    reading.start = tokens[first]!.start;
  } else if (phrase.kind === 'reach') {
    reading.bound = 'reach';
    if (best.fillers > 0) reading.start = tokens[at + best.fillers - 1]!.start;
  } else if (phrase.kind === 'open') {
    reading.frame = phrase.frame;
    reading.openStart = tokens[first]!.start;
    reading.phraseEnd = first + 1;
  }
  return reading;
}
