import type { CorpusMember } from './corpus-types.js';
import { givenNamesAlike, givenNamesShorten } from './given-names.js';
import { readPersonName, type PersonName } from './person-name.js';
import { foldWord } from './romanise.js';

/** How person actors of different articles are linked; see docs/knowledge-graph.md. */
export interface PersonLinkOptions {
  /** Jaro–Winkler between given names of one surname ("Piero" / "Pietro"), behind the romanisation key. */
  readonly tieBreaker: boolean;
}

/** A group of person members taken for one real person, and what its id is made of. */
export interface PersonCluster {
  readonly members: readonly CorpusMember[];
  /** The romanised key the id is made of. */
  readonly key: string;
  /**
   * 'name': a full name (or several spellings of one), its key names it alone;
   * 'lone': a surname (or short form) no full name claims, its key may be shared by later clusters;
   * 'single': one member that is not linked (a description, or a surname several full names claim).
   */
  readonly kind: 'name' | 'lone' | 'single';
}

interface Read { readonly member: CorpusMember; readonly name: PersonName }

/** Words of six letters or more in a member's titles: enough to tell "ministro" from "del". */
function titleWords(titles: readonly string[]): string[] {
  return titles.flatMap((t) => foldWord(t).split(/[^\p{L}]+/u)).filter((w) => w.length >= 6);
}

const affiliationKey = (m: CorpusMember) => (m.affiliation === null ? null : foldWord(m.affiliation).replace(/\s+/g, ' ').trim());

/** Two sets of affiliations veto a link when both are known and share none. */
function affiliationsClash(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    // The smaller key is the root: the components do not depend on the order of the unions.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
}

interface FullCluster {
  readonly key: string;
  readonly members: CorpusMember[];
  readonly surnames: Set<string>;
  /** Distinct given names as written, by their joined form. */
  readonly givens: Map<string, readonly string[]>;
  readonly affiliations: Set<string>;
  readonly titleWords: Set<string>;
}

/**
 * Links person members of many articles. Everything here is a function of the set of members (not
 * of their order): full names are grouped by their romanised key, spellings of one surname with
 * alike given names are joined, and a lone surname, initial or shorter form joins the one full
 * name that claims it; when several do, its titles must point to exactly one, otherwise it stays
 * alone. Affiliations that clash veto a link.
 */
export function linkPersons(members: readonly CorpusMember[], options: PersonLinkOptions): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  // One reading per distinct name: a corpus repeats the same names thousands of times.
  const readings = new Map<string, PersonName>();
  const read = (name: string) => {
    let r = readings.get(name);
    if (!r) readings.set(name, r = readPersonName(name));
    return r;
  };
  const reads: Read[] = members.map((member) => ({ member, name: read(member.name) }));
  const full: Read[] = [];
  const partial: Read[] = [];
  for (const r of reads) {
    if (!r.name.proper) clusters.push({ members: [r.member], key: r.name.key, kind: 'single' });
    else if (r.name.given.length > 0 && !r.name.initials[0]) full.push(r);
    else partial.push(r);
  }

  // Full names by key, each class with its distinct readings and affiliations.
  const classes = new Map<string, { reads: Read[]; names: Map<string, PersonName>; affiliations: Set<string> }>();
  for (const r of full) {
    let c = classes.get(r.name.key);
    if (!c) classes.set(r.name.key, c = { reads: [], names: new Map(), affiliations: new Set() });
    c.reads.push(r);
    c.names.set(r.member.name, r.name);
    const aff = affiliationKey(r.member);
    if (aff !== null) c.affiliations.add(aff);
  }
  const bySurname = new Map<string, string[]>();
  for (const [key, c] of classes) {
    for (const s of new Set([...c.names.values()].map((n) => n.surname))) {
      const keys = bySurname.get(s);
      if (keys) keys.push(key);
      else bySurname.set(s, [key]);
    }
  }
  // A class whose given names only shorten another's of one surname ("George Bush" beside
  // "George Walker Bush") is read as a short form.
  const shortClasses = new Set<string>();
  for (const [key, c] of classes) {
    const longer = [...c.names.values()].some((n) => (bySurname.get(n.surname) ?? []).some((other) => other !== key
      && [...classes.get(other)!.names.values()].some((o) => o.surname === n.surname && o.given.length > n.given.length
        && givenNamesShorten(n.givenWritten, n.initials, o.givenWritten))));
    if (longer) {
      shortClasses.add(key);
      partial.push(...c.reads);
    }
  }

  const links = new UnionFind();
  for (const keys of bySurname.values()) {
    const open = keys.filter((k) => !shortClasses.has(k));
    for (let i = 0; i < open.length; i++) for (let j = i + 1; j < open.length; j++) {
      const a = classes.get(open[i]!)!, b = classes.get(open[j]!)!;
      const alike = [...a.names.values()].some((x) => [...b.names.values()].some((y) => x.surname === y.surname && x.given.length === y.given.length
        && x.given.every((g, k) => givenNamesAlike(g, y.given[k]!, options.tieBreaker))));
      if (alike && !affiliationsClash(a.affiliations, b.affiliations)) links.union(open[i]!, open[j]!);
    }
  }
  const fullClusters = new Map<string, FullCluster>();
  for (const [key, { reads: list }] of classes) {
    if (shortClasses.has(key)) continue;
    const root = links.find(key);
    let c = fullClusters.get(root);
    if (!c) fullClusters.set(root, c = { key: root, members: [], surnames: new Set(), givens: new Map(), affiliations: new Set(), titleWords: new Set() });
    for (const r of list) {
      c.members.push(r.member);
      c.surnames.add(r.name.surname);
      c.givens.set(r.name.givenWritten.join(' '), r.name.givenWritten);
      const aff = affiliationKey(r.member);
      if (aff !== null) c.affiliations.add(aff);
      for (const w of titleWords(r.member.titles)) c.titleWords.add(w);
    }
  }
  const candidatesBySurname = new Map<string, FullCluster[]>();
  for (const c of fullClusters.values()) for (const s of c.surnames) {
    const list = candidatesBySurname.get(s);
    if (list) list.push(c);
    else candidatesBySurname.set(s, [c]);
  }

  // Short forms join the one full name that claims them.
  const orphans = new Map<string, CorpusMember[]>();
  for (const r of partial) {
    const aff = affiliationKey(r.member);
    const own = new Set(aff === null ? [] : [aff]);
    const candidates = (candidatesBySurname.get(r.name.surname) ?? []).filter((c) => (r.name.given.length === 0
      || [...c.givens.values()].some((g) => (g.length > r.name.given.length || r.name.initials.some(Boolean)) && givenNamesShorten(r.name.givenWritten, r.name.initials, g)))
      && !affiliationsClash(own, c.affiliations));
    let chosen = candidates.length === 1 ? candidates[0] : undefined;
    if (candidates.length > 1) {
      const words = titleWords(r.member.titles);
      const confirmed = candidates.filter((c) => words.some((w) => c.titleWords.has(w)));
      if (confirmed.length === 1) chosen = confirmed[0];
    }
    if (chosen) chosen.members.push(r.member);
    else if (candidates.length > 1) clusters.push({ members: [r.member], key: r.name.key, kind: 'single' });
    else {
      const list = orphans.get(r.name.key);
      if (list) list.push(r.member);
      else orphans.set(r.name.key, [r.member]);
    }
  }
  for (const c of fullClusters.values()) clusters.push({ members: c.members, key: c.key, kind: 'name' });
  for (const [key, list] of orphans) clusters.push({ members: list, key, kind: 'lone' });
  return clusters;
}
