import type { NameUnit, SplitContext } from './split-name-units.js';

/** How many adjectives an institution may take: "il Tribunale speciale iracheno". */
const MAX_ADJECTIVES = 2;

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
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.capitalized || taken(i)) continue;
    const before = tokens[i - 1];
    if (i === first || !before || !names.definiteArticles.has(before.lower)) continue;
    let match = 0;
    for (const phrase of names.institutions) {
      const parts = phrase.split(' ');
      if (parts.length <= match || i + parts.length > end) continue;
      if (parts.every((p, k) => tokens[i + k]!.lower === p && !tokens[i + k]!.capitalized)) match = parts.length;
    }
    if (match === 0) continue;
    let e = i + match;
    for (let n = 0; n < MAX_ADJECTIVES && e < end; n++) {
      const a = tokens[e]!;
      if (a.kind !== 'word' || a.capitalized || !(names.organizationAdjectives.has(a.lower) || pack.demonymPlace(a.lower) !== null)) break;
      e++;
    }
    units.push({ first: i, end: e, type: 'organization', by: 'institution' });
    i = e - 1;
  }
  return units;
}
