import type { ActorDraft, NameMention } from '../../pipeline/article.js';
import { nameKey } from '../../text/slug.js';
import { mapPacked } from '../../text/map-packed.js';

const wordsOf = (name: string) => nameKey(name).split(/[\s'-]+/).filter(Boolean);

/** Whether `part` is a run of whole words inside `whole` ("Ferraris" in "Nadia Ferraris"). */
function isWordRun(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

function indexUnder(index: Map<string, number[]>, key: string, actor: number): void {
  const list = index.get(key);
  if (list) list.push(actor);
  else index.set(key, [actor]);
}

/**
 * One actor per entity named: places and organisations by their canonical name, persons by the
 * fullest name, with surnames and first names ("Ferraris", "Nadia") joined to the one full name
 * that contains them. A short name that fits two full names stays apart.
 */
export function clusterNames(mentions: readonly NameMention[]): { actors: Omit<ActorDraft, 'id'>[]; actorOf: (number | null)[] } {
  const actors: Omit<ActorDraft, 'id'>[] = [];
  const actorOf: (number | null)[] = mapPacked(mentions, () => null);
  // Word counts once per mention, not once per comparison of the sort.
  const wordCount = mapPacked(mentions, (m) => (m.kind === 'name' ? wordsOf(m.text).length : 0));
  const order: number[] = [];
  mentions.forEach((m, i) => { if (m.kind === 'name') order.push(i); });
  order.sort((a, b) => wordCount[b]! - wordCount[a]! || a - b);
  // Actors by type, then by name key: the key is the cached key string itself, not a new string
  // of type and key made (and hashed) for every mention.
  const byKey = new Map<string, Map<string, number>>();
  // Person actors by each word of their name and each pair of words in a row, in creation order:
  // a one-word name is compared with the actors that share its word, a longer one with those that
  // share its first two words, not with every actor of a long article (a list of names drawn from
  // a few thousand words shares first words by the dozen). Pairs by first word, then second.
  const personsWith = new Map<string, number[]>();
  const personsWithPair = new Map<string, Map<string, number[]>>();
  const nameWords: string[][] = [];
  for (const i of order) {
    const m = mentions[i]!;
    const name = m.canonical ?? m.text;
    const key = nameKey(name);
    const sameType = byKey.get(m.type) ?? byKey.set(m.type, new Map()).get(m.type)!;
    let actor = sameType.get(key);
    const words = m.type === 'person' && actor === undefined ? wordsOf(name) : null;
    if (words) {
      const candidates = words.length >= 2 ? personsWithPair.get(words[0]!)?.get(words[1]!) : personsWith.get(words[0]!);
      const fits = (candidates ?? []).filter((k) => isWordRun(words, nameWords[k]!));
      if (fits.length === 1) actor = fits[0];
    }
    if (actor === undefined) {
      actor = actors.length;
      actors.push({ type: m.type, name, aliases: [], titles: [], affiliation: null, mentions: [] });
      if (words) {
        nameWords[actor] = words;
        // each distinct word and pair of adjacent words once (a name has two or three: no set)
        for (let k = 0; k < words.length; k++) if (words.indexOf(words[k]!) === k) indexUnder(personsWith, words[k]!, actor);
        for (let k = 1; k < words.length; k++) {
          let seen = false;
          for (let j = 1; j < k && !seen; j++) seen = words[j - 1] === words[k - 1] && words[j] === words[k];
          if (seen) continue;
          const second = personsWithPair.get(words[k - 1]!) ?? personsWithPair.set(words[k - 1]!, new Map()).get(words[k - 1]!)!;
          indexUnder(second, words[k]!, actor);
        }
      }
    }
    sameType.set(key, actor);
    const draft = actors[actor]!;
    if (m.text !== draft.name && !draft.aliases.includes(m.text)) draft.aliases.push(m.text);
    if (m.affiliation && m.affiliation !== name) draft.affiliation ??= m.affiliation;
    actorOf[i] = actor;
  }
  return { actors, actorOf };
}
