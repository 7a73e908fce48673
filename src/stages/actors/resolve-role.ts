import type { NameMention } from '../../pipeline/article.js';
import { nameKey } from '../../text/slug.js';
import { countBefore } from '../../text/count-before.js';

/** How many earlier mentions a role description may reach back over. */
const LOOK_BACK = 60;

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
  titled: ReadonlyMap<string, ReadonlySet<number>>,
): RoleResolution | null {
  const title = nameKey(mention.role!.title);
  // `titled` indexes every actor's titles by key: no scan of all actors per role description.
  const sameTitle = [...(titled.get(title) ?? [])].filter((i) => actors[i]!.type === mention.type);
  if (sameTitle.length === 1) return { actor: sameTitle[0]!, rule: 'same-title' };
  // `recent` is in text order: search back from the mention, as far as a reader would look.
  const lo = countBefore(recent, (r) => r.start < mention.start);
  const head = mention.role!.head;
  const fits = mention.affiliation
    ? (a: ActorView) => a.affiliation === mention.affiliation
    : (a: ActorView) => a.titles.some((t) => nameKey(t).split(' ')[0] === head);
  for (let i = lo - 1; i >= 0 && lo - i <= LOOK_BACK; i--) {
    const actor = actors[recent[i]!.actor]!;
    if (actor.type === mention.type && fits(actor)) return { actor: recent[i]!.actor, rule: mention.affiliation ? 'recent-same-affiliation' : 'recent-same-role' };
  }
  return null;
}
