import type { NameMention } from '../../pipeline/article.js';
import { canonicalTitle } from './canonical-title.js';
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
  synonyms?: ReadonlyMap<string, string>,
): RoleResolution | null {
  // titles compare by the office they name ("la prima cittadina" and "la sindaca")
  const title = canonicalTitle(mention.role!.title, synonyms);
  // `titled` indexes every actor's titles by key: no scan of all actors per role description.
  const sameTitle = [...(titled.get(title) ?? [])].filter((i) => actors[i]!.type === mention.type);
  if (sameTitle.length === 1) return { actor: sameTitle[0]!, rule: 'same-title' };
  // `recent` is in text order: search back from the mention, as far as a reader would look.
  const lo = countBefore(recent, (r) => r.start < mention.start);
  const head = title.split(' ')[0];
  // a title said in other words must name the whole office: "il premier" is a "presidente del
  // Consiglio", not any "presidente"; "il titolare dell'inchiesta" is no minister
  const swapped = title !== nameKey(mention.role!.title);
  const sameOffice = (t: string) => (swapped ? `${canonicalTitle(t, synonyms)} `.startsWith(`${title} `) : canonicalTitle(t, synonyms).split(' ')[0] === head);
  const fits = mention.affiliation
    ? (a: ActorView) => a.affiliation === mention.affiliation
    : (a: ActorView) => a.titles.some(sameOffice);
  for (let i = lo - 1; i >= 0 && lo - i <= LOOK_BACK; i--) {
    const actor = actors[recent[i]!.actor]!;
    if (actor.type === mention.type && fits(actor)) return { actor: recent[i]!.actor, rule: mention.affiliation ? 'recent-same-affiliation' : 'recent-same-role' };
  }
  return null;
}
