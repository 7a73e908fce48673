/** A stretch of the input text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A numeric claim found in the text. Offsets are UTF-16, end exclusive, into the untouched input.
 * @example
 * // "fino a 8.000 soldati"
 * { start: 0, end: 20, text: 'fino a 8.000 soldati', value: 8000, upper: 8000, approximate: false,
 *   object: { start: 13, end: 20, text: 'soldati' }, numberSpan: { start: 7, end: 12 } }
 */
export interface Quantity extends TextSpan {
  /**
   * The number, normalised: "3,9 milioni" -> 3900000, "migliaia" -> 1000, "40%" -> 40.
   * For a range ("tra 10 e 20") it is the first number, X: the one the reader meets first.
   */
  value: number;
  /** A floor: "oltre 20", "migliaia", and X of a range. */
  lower?: number;
  /** A ceiling: "fino a 8.000", "entro 40 anni", "raggiungevano i 7 centimetri", and Y of a range. */
  upper?: number;
  /** Hedged ("circa", "quasi", "oltre") or vague ("migliaia", "una ventina"). */
  approximate: boolean;
  /** Normalised unit: "%", "EUR", "km2", "anni"... Fractions and multiples ("metà", "il doppio") get the lexicon's fraction/multiple unit. */
  unit?: string;
  /** The counted noun phrase ("soldati nordcoreani"); may lie before the quantity when elided ("dei 10.000 soldati ... fino a 8.000"). */
  object?: TextSpan;
  /** Just the number expression: "8.000" in "fino a 8.000 soldati". */
  numberSpan: { start: number; end: number };
}

/** One number expression as read, before its context is weighed. */
export interface Amount {
  start: number;
  end: number;
  value: number;
  kind: 'digits' | 'words' | 'vague' | 'fraction';
  /** Vague words that give a floor ("migliaia"). */
  lower: boolean;
  /** The magnitude applied ("milioni" -> 1e6), 1 when none. */
  scale: number;
  /** Plain 4-digit integer between 1000 and 2100: a year unless a unit or noun follows. */
  yearLike: boolean;
  /** A lone "un"/"una": an article, not an amount. */
  lone: boolean;
}
