import type { ActorType } from '../schema/graph-schema.js';
import { contentHash } from '../text/content-hash.js';
import { nameKey, slugify } from '../text/slug.js';
import type { CorpusActor, CorpusMember } from './corpus-types.js';
import { linkPersons, type PersonCluster, type PersonLinkOptions } from './link-persons.js';

/** A member with the type of the article actor it comes from. */
export interface TypedMember {
  readonly type: ActorType;
  readonly member: CorpusMember;
}

const memberKey = (m: CorpusMember) => `${m.documentId}\u0000${m.actorId}`;
const byMember = (a: CorpusMember, b: CorpusMember) => (memberKey(a) < memberKey(b) ? -1 : memberKey(a) > memberKey(b) ? 1 : 0);
const wordCount = (name: string) => name.trim().split(/\s+/).length;

/** The fullest name: most words, then most characters, then the first in code-point order. */
function displayName(members: readonly CorpusMember[]): string {
  let best = members[0]!.name;
  for (const { name } of members) {
    const d = wordCount(name) - wordCount(best) || name.length - best.length;
    if (d > 0 || (d === 0 && name < best)) best = name;
  }
  return best;
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

function toActor(id: string, type: ActorType, members: CorpusMember[]): CorpusActor {
  const sorted = [...members].sort(byMember);
  const name = displayName(sorted);
  return {
    id,
    type,
    name,
    aliases: sortedUnique(sorted.flatMap((m) => [m.name, ...m.aliases])).filter((a) => a !== name),
    titles: sortedUnique(sorted.flatMap((m) => m.titles)),
    members: sorted,
  };
}

/** A short hash of a member: the id part of an actor that is not linked and has no name of its own. */
const memberHash = (m: CorpusMember) => contentHash(memberKey(m)).slice(0, 8);

function personId(cluster: PersonCluster): string {
  const base = `person:${cluster.key ? cluster.key : 'x'}`;
  return cluster.kind === 'single' ? `${base}~${memberHash(cluster.members[0]!)}` : base;
}

/**
 * The merged actors of a set of article actors: persons by `linkPersons`, organisations, places and
 * groups by type and accent- and case-free name. Ids are `<type>:<slug>`; see docs/knowledge-graph.md.
 */
export function clusterActors(typed: readonly TypedMember[], options: PersonLinkOptions): CorpusActor[] {
  const persons: CorpusMember[] = [];
  const others = new Map<string, { type: ActorType; key: string; members: CorpusMember[] }>();
  for (const { type, member } of typed) {
    if (type === 'person') { persons.push(member); continue; }
    const key = nameKey(member.name);
    const groupKey = `${type}\u0000${key}`;
    const group = others.get(groupKey);
    if (group) group.members.push(member);
    else others.set(groupKey, { type, key, members: [member] });
  }
  const actors: CorpusActor[] = [];
  for (const cluster of linkPersons([...persons].sort(byMember), options)) actors.push(toActor(personId(cluster), 'person', [...cluster.members]));
  for (const { type, key, members } of others.values()) actors.push(toActor(`${type}:${slugify(key)}`, type, members));
  // Two names may slug alike ("Sud-Est" and "Sud Est"): the later ones in member order get the
  // hash of their first member, so no two actors share an id.
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : byMember(a.members[0]!, b.members[0]!)));
  const seen = new Set<string>();
  return actors.map((a) => {
    if (!seen.has(a.id)) { seen.add(a.id); return a; }
    const id = `${a.id}~${memberHash(a.members[0]!)}`;
    seen.add(id);
    return { ...a, id };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
