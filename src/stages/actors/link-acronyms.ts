import type { ActorDraft, NameMention } from '../../pipeline/article.js';

type Draft = Omit<ActorDraft, 'id'>;

/** An acronym as news writes it: capitals, or title case for a pronounceable one ("Enpa", "PdL", "M5S"). */
const ACRONYM = /^\p{Lu}[\p{L}\p{N}]{1,6}$/u;
const LOWERCASE_RUN = /\p{Ll}{4,}/u;
const ALL_CAPITALS = /^[\p{Lu}\p{N}]+$/u;
const BRACKET_OPEN = /^\s*\(\s*$/u;
const BRACKET_CLOSE = /^\s*\)/u;

/** What the initials are read from: the words a name's letters stand for. */
export interface InitialsWords {
  /** Words whose initial an acronym leaves out ("of", "della", "e"), lowercased. */
  skipped: ReadonlySet<string>;
  /** Whether a lowercased word is a given name: "Ali", "Eva" are no acronyms. */
  isGivenName(word: string): boolean;
}

const isAcronym = (name: string) => ACRONYM.test(name) && !name.includes(' ') && !LOWERCASE_RUN.test(name.slice(1));

/**
 * The initials of a name, in two readings: of every word ("Popolo della Libertà" -> "pdl") and of
 * the words that carry meaning ("Ente Nazionale Protezione Animali" -> "enpa", "Parliamentary
 * Assembly of the Council of Europe" -> "pace"). Digits stand for themselves ("Movimento 5 Stelle"
 * -> "m5s"). Lowercased: "Enpa", "ENPA" and "EnPA" are one acronym.
 */
export function initialsOf(name: string, words: InitialsWords): string[] {
  const parts = name.split(/[\s'’-]+/u).filter(Boolean);
  if (parts.length < 2) return [];
  const initial = (w: string) => (/^\p{N}+$/u.test(w) ? w : w[0]!.toLowerCase());
  const all = parts.map(initial).join('');
  const meaningful = parts.filter((w) => !words.skipped.has(w.toLowerCase()) && !words.skipped.has(`${w.toLowerCase()}'`)).map(initial).join('');
  return meaningful.length >= 2 && meaningful !== all ? [meaningful, all] : [all];
}

/**
 * Joins an acronym's actor to the organisation it abbreviates, so that every mention of either is
 * one actor and each name is the other's alias. Two ways an article tells: the acronym in brackets
 * right after the full name or before it ("la Parliamentary Assembly of the Council of Europe
 * (PACE)", "l'OMS (Organizzazione mondiale della sanità)"), or the acronym spelling the initials of
 * an organisation the article names ("l'Enpa" and "l'Ente Nazionale Protezione Animali"), upper or
 * lower case. A bracketed acronym that spells the initials of the name before it makes that name
 * an organisation, whatever its words suggested ("Robert Koch-Institut (RKI)"). An acronym whose
 * initials fit two organisations stays apart. Returns the index each actor was merged into.
 */
export function linkAcronyms(text: string, mentions: readonly NameMention[], actors: Draft[], actorOf: readonly (number | null)[], words: InitialsWords): number[] {
  const into = actors.map((_, i) => i);
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
  const named = mentions.map((m, i) => (m.kind === 'name' && actorOf[i] !== null ? actorOf[i]! : -1));

  // "Full Name (ACR)" and "ACR (Full Name)": the text says they are one
  const names = mentions.flatMap((m, i) => (named[i]! >= 0 ? [i] : []));
  for (let k = 0; k + 1 < names.length; k++) {
    const [i, j] = [names[k]!, names[k + 1]!];
    const [m, n] = [mentions[i]!, mentions[j]!];
    if (!BRACKET_OPEN.test(text.slice(m.end, n.start)) || !BRACKET_CLOSE.test(text.slice(n.end))) continue;
    const [short, long] = isAcronym(n.text) && !isAcronym(m.text) ? [j, i] : isAcronym(m.text) && !isAcronym(n.text) ? [i, j] : [-1, -1];
    if (short < 0) continue;
    const longActor = actors[find(named[long]!)]!;
    if (initialsOf(mentions[long]!.text, words).includes(mentions[short]!.text.toLowerCase())) longActor.type = 'organization';
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
