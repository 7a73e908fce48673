import { slugify } from '../../text/slug.js';

/**
 * The prefixes of node ids (docs/ids.md): a kind's letters and an underscore, then its number in
 * text order. Actor ids are slugs, `[a-z0-9]` runs joined by single hyphens, which never hold an
 * underscore: no node id can equal an actor id, whatever an actor is named ("Q1", "A1", "C_1").
 */
export const NODE_ID_PREFIX = { quote: 'q_', claim: 'c_', time: 't_', attribution: 'at_' } as const;

export const nodeId = (kind: keyof typeof NODE_ID_PREFIX, index: number): string => `${NODE_ID_PREFIX[kind]}${index + 1}`;

/** What an actor's public id is made from. */
export interface ActorKey {
  name: string;
  type: string;
  /** Where the actor is first mentioned: the last tie-break, for two actors of one name and type. */
  firstSeen: number;
}

/**
 * Public actor ids, one per actor, in the order given. An actor's id is the slug of its
 * canonical name, so one name has one id in every article. Actors of one article whose names
 * slug alike (the city and the club "Napoli") all get their type after a double hyphen
 * ('napoli--place', 'napoli--organization'): not a number by text order. A double hyphen never
 * occurs in a slug, so these cannot meet a plain slug. Two of one slug and one type (names
 * alike but for case or punctuation) are numbered by name, then by first mention:
 * 'ac-milan--organization', 'ac-milan--organization-2'.
 */
export function actorIds(actors: readonly ActorKey[]): string[] {
  const slugs = actors.map((a) => slugify(a.name));
  const bySlug = new Map<string, number[]>();
  slugs.forEach((slug, i) => (bySlug.get(slug) ?? bySlug.set(slug, []).get(slug)!).push(i));
  const ids = [...slugs];
  for (const [slug, members] of bySlug) {
    if (members.length === 1) continue;
    const byType = new Map<string, number[]>();
    for (const i of members) (byType.get(actors[i]!.type) ?? byType.set(actors[i]!.type, []).get(actors[i]!.type)!).push(i);
    for (const [type, same] of byType) {
      same.sort((x, y) => compareCodeUnits(actors[x]!.name, actors[y]!.name) || actors[x]!.firstSeen - actors[y]!.firstSeen);
      same.forEach((i, n) => { ids[i] = n === 0 ? `${slug}--${type}` : `${slug}--${type}-${n + 1}`; });
    }
  }
  return ids;
}

const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
