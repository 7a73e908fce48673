/**
 * compromise's full English model, loaded the first time English text is tagged.
 *
 * Why `require` and not `import`: importing compromise's English build evaluates its lexicon and
 * plugins (~358 KB of code, tens of milliseconds on 2 cores) in every process that imports the
 * library, Italian users included. esbuild (tsup) bundles a `require()`d module inside a lazy
 * initialiser (`__commonJS`) that runs on the first call, in the ESM build as in the CJS one, so
 * the synchronous API stays synchronous and only English documents pay for the model. The
 * `require` condition of compromise's exports resolves to its self-contained CJS build: a private
 * instance, never shared with a host's `compromise` or with `compromise/one`.
 */

/** The few compromise term fields the tagger reads (compromise 14.17.0, pinned). */
export interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

export interface CompromiseView {
  docs: CompromiseTerm[][];
  compute(method: string): CompromiseView;
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
}

export type Compromise = (text: string) => CompromiseView;

let english: Compromise | undefined;

/**
 * The English `nlp` function, built on first use.
 * @example
 * const doc = loadCompromise()('Hillary Clinton spoke.');
 */
export function loadCompromise(): Compromise {
  if (english) return english;
  if (typeof require !== 'function') {
    throw new Error('claimgraph: the English tagger needs the bundled build (dist/) or a CommonJS-capable runner; `require` is not defined here');
  }
  const loaded = require('compromise') as Compromise | { default: Compromise };
  english = typeof loaded === 'function' ? loaded : loaded.default;
  return english;
}
