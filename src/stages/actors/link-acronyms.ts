import type { ActorDraft, NameMention } from '../../pipeline/article.js';
import { initialsOf, isAcronym, type InitialsWords } from '../mentions/initials.js';
import { mapPacked } from '../../text/map-packed.js';

export type { InitialsWords };

type Draft = Omit<ActorDraft, 'id'>;

const ALL_CAPITALS = /^[\p{Lu}\p{N}]+$/u;
const BRACKET_OPEN = /^\s*\(\s*$/u;
const BRACKET_CLOSE = /^\s*\)/u;

/**
 * Joins an acronym's actor to the organisation it abbreviates, so that every mention of either is
 * one actor and each name is the other's alias. Two ways an article tells: the acronym in brackets
 * right after the full name or before it ("la European Rowing League (ERL)", "l'OMS (Organizzazione mondiale della sanità)"), or the acronym spelling the initials of
 * an organisation the article names ("l'Enpa" and "l'Ente Nazionale Protezione Animali"), upper or
 * lower case. A bracketed acronym that spells the initials of a person's name before it makes that
 * name an organisation: a given name misled the words ("Robert Koch-Institut (RKI)"). An acronym whose
 * initials fit two organisations stays apart. Returns the index each actor was merged into.
 */
export function linkAcronyms(text: string, mentions: readonly NameMention[], actors: Draft[], actorOf: readonly (number | null)[], words: InitialsWords): number[] {
  const into = mapPacked(actors, (_, i) => i);
  const find = (i: number): number => (into[i] === i ? i : (into[i] = find(into[i]!)));
  const merge = (acronym: number, full: number) => {
    const a = find(acronym);
    const f = find(full);
    if (a === f) return;
    into[a] = f;
    const target = actors[f]!;
    for (const alias of [actors[a]!.name, ...actors[a]!.aliases]) if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    target.affiliation ??= actors[a]!.affiliation;
  };
  const named = mapPacked(mentions, (m, i) => (m.kind === 'name' && actorOf[i] !== null ? actorOf[i]! : -1));

  // "Full Name (ACR)" and "ACR (Full Name)": the text says they are one
  const names: number[] = [];
  for (let i = 0; i < mentions.length; i++) if (named[i]! >= 0) names.push(i);
  for (let k = 0; k + 1 < names.length; k++) {
    const [i, j] = [names[k]!, names[k + 1]!];
    const [m, n] = [mentions[i]!, mentions[j]!];
    if (!BRACKET_OPEN.test(text.slice(m.end, n.start)) || !BRACKET_CLOSE.test(text.slice(n.end))) continue;
    const [short, long] = isAcronym(n.text) && !isAcronym(m.text) ? [j, i] : isAcronym(m.text) && !isAcronym(n.text) ? [i, j] : [-1, -1];
    if (short < 0) continue;
    const longActor = actors[find(named[long]!)]!;
    // a person's given name misled the words: "Robert Koch-Institut (RKI)" (a place keeps its
    // type: "Roma-Lido (RL)" is a railway's name and its abbreviation, not a body's)
    if (longActor.type === 'person' && initialsOf(mentions[long]!.text, words).includes(mentions[short]!.text.toLowerCase())) longActor.type = 'organization';
    if (longActor.type === 'organization') merge(named[short]!, named[long]!);
  }

  // "l'Enpa" ... "l'Ente Nazionale Protezione Animali": the initials of an organisation named elsewhere
  const byInitials = new Map<string, Set<number>>();
  actors.forEach((actor, i) => {
    if (actor.type !== 'organization' || isAcronym(actor.name)) return;
    for (const initials of initialsOf(actor.name, words)) (byInitials.get(initials) ?? byInitials.set(initials, new Set()).get(initials)!).add(find(i));
  });
  // a title-case short word may be a given name: "Ali", "Eva" are no acronyms
  const spelled = (actor: Draft) => actor.type === 'organization' || ALL_CAPITALS.test(actor.name) || !words.isGivenName(actor.name.toLowerCase());
  actors.forEach((actor, i) => {
    if (!isAcronym(actor.name) || !spelled(actor) || find(i) !== i) return;
    const fits = byInitials.get(actor.name.toLowerCase());
    if (fits?.size === 1) merge(i, [...fits][0]!);
  });
  return actors.map((_, i) => find(i));
}
