import type { NameMention, Token } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import type { LanguagePack } from '../../lang/types.js';
import { RangeLookup } from '../../text/range-lookup.js';
import { nameSequences, type NameSequence } from './name-sequences.js';
import { roleMentions } from './role-mentions.js';
import { splitNameUnits, type NameUnit } from './split-name-units.js';
import { typeUnknownNames } from './type-unknown-names.js';
import { taggedUnits } from './tagged-units.js';

/**
 * A sentence-initial capital says nothing: drop a first word that is a function word, a verb
 * form, or a word the article never capitalises elsewhere ("Questa intervista tra Sergei Lavrov").
 */
function trimSentenceInitial(seq: NameSequence, tokens: readonly Token[], pack: LanguagePack, midCapitalized: ReadonlySet<string>): NameSequence | null {
  if (!seq.sentenceInitial) return seq;
  const head = tokens[seq.first]!;
  const known = pack.isGivenName(head.lower) || pack.lookupPlace(head.text) !== null || pack.organizationHeads.has(head.lower) || /^\p{Lu}{2,6}$/u.test(head.text) || pack.roleNouns.has(head.lower);
  const functional = pack.stopwords.has(head.lower) || pack.cueForms.has(head.lower) || pack.auxiliaries.has(head.lower);
  if (!functional && (known || midCapitalized.has(head.lower))) return seq;
  if (seq.end - seq.first === 1) return null;
  return { first: seq.first + 1, end: seq.end, sentenceInitial: false };
}

/** Proper-name mentions, typed where the words or their context tell, and role descriptions. */
export const mentionsStage: Stage = {
  name: 'mentions',
  needs: ['sentences', 'tokens', 'quoteSpans'],
  provides: ['mentions'],
  run(article) {
    const { text, pack } = article;
    const tokens = article.tokens!;
    const sentences = article.sentences!;
    const sequences: NameSequence[] = [];
    for (const s of sentences) sequences.push(...nameSequences(tokens, s.firstToken, s.endToken, pack));
    const midCapitalized = new Set<string>();
    for (const seq of sequences) for (let t = seq.sentenceInitial ? seq.first + 1 : seq.first; t < seq.end; t++) midCapitalized.add(tokens[t]!.lower);

    const units: NameUnit[] = pack.tagNames ? taggedUnits(pack.tagNames(text), tokens) : [];
    if (!pack.tagNames) {
      for (const seq of sequences) {
        const trimmed = trimSentenceInitial(seq, tokens, pack, midCapitalized);
        if (trimmed) units.push(...splitNameUnits(tokens, trimmed.first, trimmed.end, text, pack));
      }
    }
    const nominals: NameMention[] = [];
    for (const s of sentences) nominals.push(...roleMentions(text, tokens, s.firstToken, s.endToken, pack, pack.roleModifiers));
    // "il ministro Choe Son Hui": a person role right before a name makes it a person.
    const unitAt = new Map(units.map((u) => [u.first, u]));
    for (const nominal of nominals) {
      const unit = unitAt.get(nominal.endToken);
      if (unit && nominal.type === 'person' && unit.type !== 'place' && unit.type !== 'organization') unit.type = 'person';
    }
    typeUnknownNames(units, tokens, pack);

    const quotes = new RangeLookup(article.quoteSpans!.map((q) => [q.content, true] as const));
    const insideQuote = (start: number, end: number) => quotes.containing(start, end).length > 0;
    const mentions: NameMention[] = [];
    for (const unit of units) {
      if (!unit.type) continue;
      const start = tokens[unit.first]!.start;
      const end = tokens[unit.end - 1]!.end;
      mentions.push({
        start, end, text: text.slice(start, end), kind: 'name', type: unit.type,
        firstToken: unit.first, endToken: unit.end,
        ...(unit.canonical ? { canonical: unit.canonical } : {}),
        insideQuote: insideQuote(start, end),
      });
    }
    for (const nominal of nominals) mentions.push({ ...nominal, insideQuote: insideQuote(nominal.start, nominal.end) });
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const byFirstToken = new Map(mentions.map((m, i) => [m.firstToken, i]));
    mentions.forEach((m) => {
      if (m.kind !== 'nominal') return;
      const next = byFirstToken.get(m.endToken);
      if (next !== undefined && mentions[next]!.kind === 'name' && mentions[next]!.type === m.type) m.appositionOf = next;
    });
    return { mentions };
  },
};
