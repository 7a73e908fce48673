import type { Article, NameMention } from '../../pipeline/article.js';
import { emptyNameLexicon } from '../../lang/name-lexicon.js';
import { mapPacked } from '../../text/map-packed.js';
import { extendNameUnits } from './extend-name-units.js';
import { institutionUnits } from './institution-units.js';
import { nameSequences, type NameSequence } from './name-sequences.js';
import { roleMentions } from './role-mentions.js';
import { shapedUnit, splitNameUnits, type NameUnit, type SplitContext } from './split-name-units.js';
import { taggedUnits } from './tagged-units.js';
import { trimSentenceInitial } from './trim-sentence-initial.js';
import { typeMetonymy } from './type-metonymy.js';
import { typeUnknownNames } from './type-unknown-names.js';

/** Name units with their types (null: not a mention), the role descriptions, and which units are lowercase institutions. */
export interface FoundNames {
  units: NameUnit[];
  nominals: NameMention[];
  institutionAt: ReadonlySet<number>;
}

/**
 * The name units of an article, in steps: capitalised runs, sentence-initial words dropped, runs
 * cut into entities and typed by their words, lowercase heads and adjectives taken in, role
 * descriptions found, open types settled by context, places read for the bodies they stand for,
 * lowercase institutions added. A pack with its own tagger gives the units directly.
 */
export function findNameUnits(article: Article): FoundNames {
  const { text, pack } = article;
  const tokens = article.tokens!;
  const sentences = article.sentences!;
  const names = pack.names ?? emptyNameLexicon;
  const context: SplitContext = { tokens, text, pack, names };

  // the words the article writes in lowercase somewhere
  const lowercase = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !t.capitalized) lowercase.add(t.lower);
  let units: NameUnit[];
  if (pack.tagNames) units = taggedUnits(pack.tagNames(text), tokens);
  else {
    const sequences: NameSequence[] = [];
    for (const s of sentences) sequences.push(...nameSequences(tokens, s.firstToken, s.endToken, pack, names));
    const midCapitalized = new Set<string>();
    for (const seq of sequences) for (let t = seq.sentenceInitial ? seq.first + 1 : seq.first; t < seq.end; t++) midCapitalized.add(tokens[t]!.lower);
    units = [];
    for (const seq of sequences) {
      const trimmed = trimSentenceInitial(seq, tokens, pack, names, { midCapitalized, lowercase });
      if (trimmed) units.push(...splitNameUnits(context, trimmed.first, trimmed.end));
    }
    extendNameUnits(units, context);
  }
  units = mapPacked(units, shapedUnit);

  const nominals: NameMention[] = [];
  for (const s of sentences) nominals.push(...roleMentions(text, tokens, s.firstToken, s.endToken, pack, pack.roleModifiers));
  // the unit starting at each token, by a flat index: a map of a hundred thousand numbers cost a
  // quarter of this function on a long list of names
  const unitStarting = new Int32Array(tokens.length + 1).fill(-1);
  units.forEach((u, i) => { unitStarting[u.first] = i; });
  const unitAt = (token: number) => (unitStarting[token]! >= 0 ? units[unitStarting[token]!] : undefined);
  // "il ministro Choe Son Hui": a person role right before a name makes it a person, and so does
  // a role and a comma before an unknown name ("il sindaco di Lione, Ada Ferrand"). Not a
  // word the article writes in lowercase ("il Pontefice Cattolico").
  for (const nominal of nominals) {
    if (nominal.type !== 'person') continue;
    const unit = unitAt(nominal.endToken);
    const adjective = unit !== undefined && unit.end - unit.first === 1 && lowercase.has(tokens[unit.first]!.lower);
    if (unit && !unit.rejected && !adjective && unit.type !== 'place' && unit.type !== 'organization') Object.assign(unit, { type: 'person', by: 'role-before' });
    const apposed = tokens[nominal.endToken]?.text === ',' ? unitAt(nominal.endToken + 1) : undefined;
    if (apposed && !apposed.rejected && (!apposed.type || apposed.hint === 'person')) Object.assign(apposed, { type: 'person', by: 'role-apposition' });
  }
  typeUnknownNames(units, context);
  typeMetonymy(units, context);

  // Lowercase institutions ("il governo", "la polizia") where no name run already stands.
  // A flag per token, not a set of token numbers: a 10 MB article has a million of them.
  const covered = new Uint8Array(tokens.length);
  for (const unit of units) covered.fill(1, unit.first, unit.end);
  const institutions: NameUnit[] = [];
  if (!pack.tagNames) for (const s of sentences) institutions.push(...institutionUnits(context, s.firstToken, s.endToken, (t) => covered[t] === 1));
  // One by one, not push(...all): a few hundred thousand as call arguments overflow the stack.
  for (const unit of institutions) units.push(shapedUnit(unit));
  return { units, nominals, institutionAt: new Set(institutions.map((u) => u.first)) };
}
