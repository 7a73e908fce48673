import type { NameUnit, SplitContext } from './split-name-units.js';

/** How many adjectives an institution may take: "il Tribunale speciale iracheno". */
const MAX_ADJECTIVES = 2;

const institutionIndexes = new WeakMap<readonly string[], ReadonlyMap<string, readonly string[][]>>();

/**
 * The institutions by their first word, each split into words once, in list order: a token is
 * compared with the few phrases that start with it, not with the whole list (which cost a split
 * per phrase per lowercase word, an eighth of the pipeline's time on a long article).
 */
export function institutionsByFirstWord(institutions: readonly string[]): ReadonlyMap<string, readonly string[][]> {
  let index = institutionIndexes.get(institutions);
  if (!index) {
    const built = new Map<string, string[][]>();
    for (const phrase of institutions) {
      const parts = phrase.split(' ');
      (built.get(parts[0]!) ?? built.set(parts[0]!, []).get(parts[0]!)!).push(parts);
    }
    institutionIndexes.set(institutions, (index = built));
  }
  return index;
}

/**
 * Institutions named by a definite common noun, in lowercase ("il governo", "la polizia
 * tedesca", "i vigili del fuoco", "la procura"): Italian writes them capitalised or not by house
 * style, and they name one body as a proper name does. An adjective of nationality or of the
 * institution stays in the name ("il governo cinese" -> affiliation Cina later). Only lowercase
 * words: a capitalised "Governo" is a name run already.
 */
export function institutionUnits(c: SplitContext, first: number, end: number, taken: (token: number) => boolean): NameUnit[] {
  const { tokens, names, pack } = c;
  const units: NameUnit[] = [];
  const byFirstWord = institutionsByFirstWord(names.institutions);
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.capitalized || taken(i)) continue;
    const before = tokens[i - 1];
    // definite ("la polizia"), or the body a person serves: "un agente di polizia"
    const serves = before?.lower === 'di' && i - 2 >= first && pack.roleNouns.get(tokens[i - 2]!.lower)?.type === 'person';
    if (i === first || !before || !(names.definiteArticles.has(before.lower) || serves)) continue;
    const phrases = byFirstWord.get(t.lower);
    if (phrases === undefined) continue;
    let match = 0;
    for (const parts of phrases) {
      if (parts.length <= match || i + parts.length > end) continue;
      if (parts.every((p, k) => tokens[i + k]!.lower === p && !tokens[i + k]!.capitalized)) match = parts.length;
    }
    if (match === 0) continue;
    let e = i + match;
    let affiliation: string | undefined;
    for (let n = 0; n < MAX_ADJECTIVES && e < end; n++) {
      const a = tokens[e]!;
      const place = a.kind === 'word' && !a.capitalized ? pack.demonymPlace(a.lower) : null;
      if (a.kind !== 'word' || a.capitalized || !(names.organizationAdjectives.has(a.lower) || place)) break;
      affiliation ??= place ?? undefined;
      e++;
    }
    units.push({ first: i, end: e, type: 'organization', by: 'institution', ...(affiliation ? { affiliation } : {}) });
    i = e - 1;
  }
  return units;
}
