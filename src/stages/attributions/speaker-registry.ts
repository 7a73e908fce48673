import { shapedMention, type Article, type ActorDraft, type NameMention } from '../../pipeline/article.js';
import { nameKey, slugify } from '../../text/slug.js';
import { mapPacked } from '../../text/map-packed.js';

/** The actors a speaker can be, growing as unnamed speakers and pronouns are met. */
export interface SpeakerRegistry {
  /** The actor a mention stands for; an unnamed speaker ("un giornale") becomes an actor of its own. */
  actorOfMention(mention: number): string;
  /** Records a pronoun that stands for `actor` ("lui ha detto", "he said") as one of its mentions. */
  addPronoun(token: number, actor: string, rule: string): void;
  /**
   * The person a run of capitalised words names when no mention covers it ("Rossi: «...»"): the one
   * person actor whose name holds those words, or a new person actor with a name mention.
   */
  personOfWords(first: number, end: number): string;
  /** The type of an actor ('person', 'organization', 'group', 'place'). */
  typeOf(actor: string): string | undefined;
  readonly actors: ActorDraft[];
  readonly mentions: NameMention[];
  readonly mentionActor: (string | null)[];
}

export function createSpeakerRegistry(article: Article): SpeakerRegistry {
  const actors: ActorDraft[] = mapPacked(article.actors!, (a) => ({ ...a, mentions: [...a.mentions] }));
  const mentions = [...article.mentions!];
  const mentionActor = [...article.mentionActor!];
  // One actor per description, and the first actor with each id: no scan of every actor per speaker.
  const described = new Map<string, string>();
  const actorById = new Map<string, ActorDraft>();
  for (const a of actors) if (!actorById.has(a.id)) actorById.set(a.id, a);

  const actorOfMention = (i: number): string => {
    const m = mentions[i]!;
    const known = mentionActor[i] ?? (m.appositionOf !== undefined ? mentionActor[m.appositionOf] : null);
    if (known) return known;
    const key = nameKey(m.text);
    let id = described.get(key);
    if (id === undefined) {
      id = actorById.has(slugify(m.text)) ? `${slugify(m.text)}#${actors.length}` : slugify(m.text);
      described.set(key, id);
      const actor: ActorDraft = { id, type: m.type, name: m.text, aliases: [], titles: [], affiliation: m.affiliation ?? null, mentions: [] };
      actors.push(actor);
      if (!actorById.has(id)) actorById.set(id, actor);
    }
    actorById.get(id)!.mentions.push({ mention: i, rule: 'described' });
    mentionActor[i] = id;
    return id;
  };

  const addPronoun = (token: number, actor: string, rule: string): void => {
    const t = article.tokens![token]!;
    const owner = actorById.get(actor);
    if (!owner) return;
    mentions.push(shapedMention({ start: t.start, end: t.end, text: t.text, kind: 'pronoun', type: owner.type, firstToken: token, endToken: token + 1, insideQuote: false }));
    mentionActor.push(actor);
    owner.mentions.push({ mention: mentions.length - 1, rule });
  };

  const typeOf = (actor: string) => actorById.get(actor)?.type;

  // Person actors by each word of their name, built at the first call: a lookup per colon, not a
  // scan of every actor.
  let personsByWord: Map<string, ActorDraft[]> | null = null;
  const indexPerson = (a: ActorDraft) => {
    for (const word of new Set(nameKey(a.name).split(' '))) (personsByWord!.get(word) ?? personsByWord!.set(word, []).get(word)!).push(a);
  };
  const personOfWords = (first: number, end: number): string => {
    const tokens = article.tokens!;
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    const text = article.text.slice(start, stop);
    const words = nameKey(text).split(' ');
    if (!personsByWord) {
      personsByWord = new Map();
      for (const a of actors) if (a.type === 'person') indexPerson(a);
    }
    const holders = (personsByWord.get(words[0]!) ?? []).filter((a) => isWordRun(words, nameKey(a.name).split(' ')));
    mentions.push(shapedMention({ start, end: stop, text, kind: 'name', type: 'person', firstToken: first, endToken: end, insideQuote: false }));
    mentionActor.push(null);
    const mention = mentions.length - 1;
    if (holders.length === 1) {
      mentionActor[mention] = holders[0]!.id;
      holders[0]!.mentions.push({ mention, rule: 'colon-name' });
      return holders[0]!.id;
    }
    const id = actorOfMention(mention);
    const created = actorById.get(id);
    if (created && created.mentions.length === 1) indexPerson(created);
    return id;
  };
  return { actorOfMention, addPronoun, personOfWords, typeOf, actors, mentions, mentionActor };
}

/** Whether `part` is a run of whole words of `whole` ("rossi" in "marco rossi"). */
function isWordRun(part: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}
