import type { ActorDraft } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { nameKey, slugify } from '../../text/slug.js';
import type { LanguagePack } from '../../lang/types.js';
import { clusterNames } from './cluster-names.js';
import { linkAcronyms, type InitialsWords } from './link-acronyms.js';
import { resolveOrganization, type OrganizationWords } from './resolve-organization.js';
import { emptyNameLexicon } from '../../lang/name-lexicon.js';
import { resolveRole } from './resolve-role.js';
import { findAppositions } from './link-appositions.js';
import { canonicalTitle } from './canonical-title.js';
import { mapPacked } from '../../text/map-packed.js';

type Draft = Omit<ActorDraft, 'id'>;

/** Adds a title the actor does not hold yet, and indexes it by key for `resolveRole`. */
const addTitle = (actors: Draft[], titled: Map<string, Set<number>>, actor: number, title: string, synonyms?: ReadonlyMap<string, string>) => {
  if (actors[actor]!.titles.some((t) => nameKey(t) === nameKey(title))) return;
  // indexed by the office it names: "premier" and "presidente del Consiglio" under one key
  const key = canonicalTitle(title, synonyms);
  actors[actor]!.titles.push(title);
  (titled.get(key) ?? titled.set(key, new Set()).get(key)!).add(actor);
};

/**
 * Gives every draft a working id, unique in the article: the slug of its name, numbered after a
 * '#' (never in a slug) when two names slug alike. The graph's public ids are made apart
 * (stages/graph/public-ids.ts).
 */
export function assignIds(drafts: readonly Draft[]): ActorDraft[] {
  const used = new Map<string, number>();
  return mapPacked(drafts, (draft) => {
    const base = slugify(draft.name);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}#${n}`, ...draft };
  });
}

const initialsWords = new WeakMap<LanguagePack, InitialsWords>();
/** The words an acronym skips (the pack's list, or its particles and articles): built once per pack. */
function wordsOf(pack: LanguagePack): InitialsWords {
  let words = initialsWords.get(pack);
  if (!words) initialsWords.set(pack, (words = { skipped: pack.names?.acronymSkips ?? new Set([...pack.nameParticles, ...pack.determiners]), isGivenName: pack.isGivenName }));
  return words;
}

const organizationWords = new WeakMap<LanguagePack, OrganizationWords>();
/** The descriptors of bodies and the articles, from the pack's name lexicon: built once per pack. */
function organizationWordsOf(pack: LanguagePack): OrganizationWords {
  let words = organizationWords.get(pack);
  if (!words) {
    const names = pack.names ?? emptyNameLexicon;
    words = { kinds: names.organizationKinds, companies: names.companyDescriptors, definiteArticles: names.definiteArticles, isKnownOrganization: names.isKnownOrganization };
    organizationWords.set(pack, words);
  }
  return words;
}

/** Merges the actors `linkAcronyms` joined: mentions move to the actor they were joined to. */
function applyMerges(actors: Draft[], actorOf: (number | null)[], into: readonly number[]): Draft[] {
  const index: number[] = [];
  const kept: Draft[] = [];
  actors.forEach((actor, i) => {
    if (into[i] === i) index[i] = kept.push(actor) - 1;
  });
  actorOf.forEach((a, m) => {
    if (a !== null) actorOf[m] = index[into[a]!]!;
  });
  return kept;
}

/** Actors: names clustered into entities, acronyms joined to their names, roles attached by apposition or resolved, affiliations. */
export const actorsStage: Stage = {
  name: 'actors',
  needs: ['mentions', 'tokens'],
  provides: ['actors', 'mentionActor'],
  run(article) {
    const mentions = article.mentions!;
    const clustered = clusterNames(mentions);
    const { actorOf } = clustered;
    const actors = applyMerges(clustered.actors, actorOf, linkAcronyms(article.text, mentions, clustered.actors, actorOf, wordsOf(article.pack)));
    const rules: (string | undefined)[] = mapPacked(mentions, () => undefined);
    const titled = new Map<string, Set<number>>();
    // "il presidente della Regione, Anna Neri," and "Anna Neri, presidente della Regione,"
    for (const [role, name] of findAppositions(article.tokens!, mentions, article.pack)) mentions[role]!.appositionOf = name;
    mentions.forEach((m, i) => {
      if (m.kind !== 'nominal' || m.appositionOf === undefined) return;
      const actor = actorOf[m.appositionOf];
      if (actor === null || actor === undefined) return;
      actorOf[i] = actor;
      rules[i] = 'apposition';
      addTitle(actors, titled, actor, m.role!.title, article.pack.roleSynonyms);
      if (m.affiliation) actors[actor]!.affiliation ??= m.affiliation;
    });
    const recent: { actor: number; start: number }[] = [];
    mentions.forEach((m, i) => { if (actorOf[i] !== null && !m.insideQuote) recent.push({ actor: actorOf[i]!, start: m.start }); });
    const orgWords = organizationWordsOf(article.pack);
    mentions.forEach((m, i) => {
      if (m.kind !== 'nominal' || actorOf[i] !== null) return;
      const resolved = m.type === 'person' ? resolveRole(m, actors, recent, titled, article.pack.roleSynonyms) : m.type === 'organization' ? resolveOrganization(m, article.tokens!, actors, recent, orgWords) : null;
      if (!resolved) return;
      actorOf[i] = resolved.actor;
      rules[i] = resolved.rule;
      addTitle(actors, titled, resolved.actor, m.role!.title, article.pack.roleSynonyms);
    });
    // An affiliation names a place actor, created when the article names it only by its demonym.
    const placeKeys = new Set(actors.filter((a) => a.type === 'place').map((a) => nameKey(a.name)));
    for (const actor of [...actors]) {
      if (!actor.affiliation || actor.type === 'place') continue;
      if (placeKeys.has(nameKey(actor.affiliation))) continue;
      actors.push({ type: 'place', name: actor.affiliation, aliases: [], titles: [], affiliation: null, mentions: [] });
      placeKeys.add(nameKey(actor.affiliation));
    }
    mentions.forEach((_, i) => {
      const actor = actorOf[i];
      if (actor !== null && actor !== undefined) actors[actor]!.mentions.push(rules[i] ? { mention: i, rule: rules[i] } : { mention: i });
    });
    const withIds = assignIds(actors);
    return { actors: withIds, mentionActor: mapPacked(actorOf, (a) => (a === null || a === undefined ? null : withIds[a]!.id)) };
  },
};
