import type { NameMention } from '../../pipeline/article.js';
import { nameKey } from '../../text/slug.js';

export interface RoleResolution {
  actor: number;
  rule: string;
}

interface ActorView {
  type: string;
  titles: string[];
  affiliation: string | null;
}

/**
 * The actor a role description stands for when no name follows it. In order: the actor the
 * article gives that exact title anywhere ("il suo omologo russo" before "il suo omologo russo
 * Sergei"); the most recent actor of that type with the role's affiliation ("il ministro russo");
 * the most recent actor with the same role head.
 */
export function resolveRole(
  mention: NameMention,
  actors: readonly ActorView[],
  recent: readonly { actor: number; start: number }[],
): RoleResolution | null {
  const title = nameKey(mention.role!.title);
  const sameTitle = actors.flatMap((a, i) => (a.type === mention.type && a.titles.some((t) => nameKey(t) === title) ? [i] : []));
  if (sameTitle.length === 1) return { actor: sameTitle[0]!, rule: 'same-title' };
  const before = recent.filter((r) => r.start < mention.start).reverse();
  if (mention.affiliation) {
    const hit = before.find((r) => actors[r.actor]!.type === mention.type && actors[r.actor]!.affiliation === mention.affiliation);
    if (hit) return { actor: hit.actor, rule: 'recent-same-affiliation' };
    return null;
  }
  const head = mention.role!.head;
  const byHead = before.find((r) => actors[r.actor]!.type === mention.type && actors[r.actor]!.titles.some((t) => nameKey(t).split(' ')[0] === head));
  if (byHead) return { actor: byHead.actor, rule: 'recent-same-role' };
  return null;
}
