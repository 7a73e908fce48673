import type { ActorDraft, NameMention } from '../../pipeline/article.js';
import { nameKey } from '../../text/slug.js';

const wordsOf = (name: string) => nameKey(name).split(/[\s'-]+/).filter(Boolean);

/** Whether `part` is a run of whole words inside `whole` ("Lavrov" in "Sergei Lavrov"). */
function isWordRun(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

/**
 * One actor per entity named: places and organisations by their canonical name, persons by the
 * fullest name, with surnames and first names ("Lavrov", "Sergei") joined to the one full name
 * that contains them. A short name that fits two full names stays apart.
 */
export function clusterNames(mentions: readonly NameMention[]): { actors: Omit<ActorDraft, 'id'>[]; actorOf: (number | null)[] } {
  const actors: Omit<ActorDraft, 'id'>[] = [];
  const actorOf: (number | null)[] = mentions.map(() => null);
  const order = mentions
    .map((m, i) => i)
    .filter((i) => mentions[i]!.kind === 'name')
    .sort((a, b) => wordsOf(mentions[b]!.text).length - wordsOf(mentions[a]!.text).length || a - b);
  const byKey = new Map<string, number>();
  for (const i of order) {
    const m = mentions[i]!;
    const name = m.canonical ?? m.text;
    const key = `${m.type}:${nameKey(name)}`;
    let actor = byKey.get(key);
    if (actor === undefined && m.type === 'person') {
      const words = wordsOf(name);
      const fits = actors.flatMap((a, k) => (a.type === 'person' && isWordRun(words, wordsOf(a.name)) ? [k] : []));
      if (fits.length === 1) actor = fits[0];
    }
    if (actor === undefined) {
      actor = actors.length;
      actors.push({ type: m.type, name, aliases: [], titles: [], affiliation: null, mentions: [] });
    }
    byKey.set(key, actor);
    const draft = actors[actor]!;
    if (m.text !== draft.name && !draft.aliases.includes(m.text)) draft.aliases.push(m.text);
    actorOf[i] = actor;
  }
  return { actors, actorOf };
}
