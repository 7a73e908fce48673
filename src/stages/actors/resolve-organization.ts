import type { NameMention, Token } from '../../pipeline/article.js';
import { nameKey } from '../../text/slug.js';
import { countBefore } from '../../text/count-before.js';

/** How many earlier mentions with an actor an organisation description may reach back over. */
const LOOK_BACK = 30;

/** What the resolution reads of an actor. */
interface ActorView {
  type: string;
  name: string;
  titles: string[];
}

/** The language data the resolution needs (from the pack's name lexicon). */
export interface OrganizationWords {
  /** Descriptor nouns that stand for a named body, by kind: "società" and "azienda" name one kind of body, "partito" and "movimento" another. */
  kinds: readonly (readonly string[])[];
  /** Descriptors of companies: a well-known company fits them though the article never calls it one. */
  companies: ReadonlySet<string>;
  /** Articles that make a description definite: "la", "il", "l'", "della". */
  definiteArticles: ReadonlySet<string>;
  /** Whether a name is a well-known company (a company is an "azienda" though the article never says so). */
  isKnownOrganization(name: string): boolean;
}

/** The kinds a descriptor belongs to, by the words of each kind: "azienda" -> the kind of "società". */
function kindsOf(word: string, words: OrganizationWords): (readonly string[])[] {
  return words.kinds.filter((kind) => kind.includes(word));
}

/**
 * Whether an actor is of the kind a descriptor names: its name holds the descriptor or a word of
 * its kind ("Partito Democratico" for "il partito", "Università di Padova" for "l'ateneo"), a title
 * given by apposition does ("la società Alfa" for "l'azienda"), or it is a known company and the
 * descriptor names companies.
 */
function fits(actor: ActorView, head: string, words: OrganizationWords): boolean {
  if (actor.type !== 'organization') return false;
  // names and titles are compared by their keys, accents dropped: "società" is "societa"
  const fitting = new Set([head, ...kindsOf(head, words).flat()].map(nameKey));
  const same = (word: string) => fitting.has(word);
  const nameWords = nameKey(actor.name).split(/[\s']+/);
  if (nameWords.some(same)) return true;
  if (actor.titles.some((title) => same(nameKey(title).split(' ')[0]!))) return true;
  return words.companies.has(head) && words.isKnownOrganization(actor.name);
}

/**
 * The named organisation a definite description stands for: "l'associazione", "la società", "il
 * partito", with no name after it, is the most recent organisation of a fitting kind the article
 * named, within a reader's reach (30 mentions back). Rule: `recent-same-kind`. A description with
 * no such organisation before it stays unresolved.
 */
export function resolveOrganization(
  mention: NameMention,
  tokens: readonly Token[],
  actors: readonly ActorView[],
  recent: readonly { actor: number; start: number }[],
  words: OrganizationWords,
): { actor: number; rule: string } | null {
  const head = mention.role?.head;
  const article = tokens[mention.firstToken - 1];
  // a capitalised head opens a name ("l'Associazione Nazionale ..."): no description
  if (!head || tokens[mention.firstToken]!.capitalized || !words.kinds.some((kind) => kind.includes(head)) || !article || !words.definiteArticles.has(article.lower)) return null;
  // `recent` is in text order: search back from the mention
  const lo = countBefore(recent, (r) => r.start < mention.start);
  for (let i = lo - 1; i >= 0 && lo - i <= LOOK_BACK; i--) {
    if (fits(actors[recent[i]!.actor]!, head, words)) return { actor: recent[i]!.actor, rule: 'recent-same-kind' };
  }
  return null;
}
