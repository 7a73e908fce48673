import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';

export interface NameUnit {
  first: number;
  end: number;
  type: 'person' | 'organization' | 'place' | null;
  canonical?: string;
  affiliation?: string;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const MAX_PLACE_TOKENS = 5;

function longestPlace(tokens: readonly Token[], at: number, end: number, text: string, pack: LanguagePack) {
  for (let e = Math.min(end, at + MAX_PLACE_TOKENS); e > at; e--) {
    const place = pack.lookupPlace(text.slice(tokens[at]!.start, tokens[e - 1]!.end));
    if (place) return { end: e, place };
  }
  return null;
}

/**
 * Cuts a run of capitalised words into the entities it holds and types what it can from the
 * words alone: "Presidente del Venezuela Hugo Chávez" -> role, place Venezuela, Hugo Chávez; a
 * run with an organisation head word ("Banca d'Italia", "Nordic Council") stays one organisation.
 */
export function splitNameUnits(tokens: readonly Token[], first: number, end: number, text: string, pack: LanguagePack): NameUnit[] {
  const words = tokens.slice(first, end);
  if (words.some((t) => pack.organizationHeads.has(t.lower))) {
    let s = first;
    while (s < end && (pack.nameParticles.has(tokens[s]!.lower) || pack.stopwords.has(tokens[s]!.lower))) s++;
    return s < end ? [{ first: s, end, type: 'organization' }] : [];
  }
  const units: NameUnit[] = [];
  let pending = -1;
  const flush = (upTo: number) => {
    if (pending < 0) return;
    let e = upTo;
    while (e > pending && (pack.nameParticles.has(tokens[e - 1]!.lower) || tokens[e - 1]!.kind === 'punct')) e--;
    if (e > pending) units.push({ first: pending, end: e, type: null });
    pending = -1;
  };
  for (let i = first; i < end; ) {
    const token = tokens[i]!;
    const startsName = pending < 0;
    if (startsName && (pack.nameParticles.has(token.lower) || token.kind === 'punct')) { i++; continue; }
    if (startsName && pack.roleNouns.get(token.lower)?.type === 'person') { i++; continue; }
    // A known place starts a new unit, except: after a particle inside a name ("Giorno della
    // Vittoria", "Muro di Berlino"), inside a person opened by a given name ("Hugo Chávez"), or as
    // a given name that a surname follows ("Vladimir Putin", not the city of Vladimir).
    const afterParticle = !startsName && pack.nameParticles.has(tokens[i - 1]!.lower);
    const insidePerson = !startsName && pack.isGivenName(tokens[pending]!.lower);
    const givenNameFirst = pack.isGivenName(token.lower) && i + 1 < end && tokens[i + 1]!.capitalized && !longestPlace(tokens, i + 1, end, text, pack);
    const place = afterParticle || insidePerson || givenNameFirst ? null : longestPlace(tokens, i, end, text, pack);
    if (place) {
      flush(i);
      units.push({ first: i, end: place.end, type: 'place', canonical: place.place.name });
      i = place.end;
      continue;
    }
    if (pending < 0) pending = i;
    i++;
  }
  flush(end);
  for (const unit of units) {
    if (unit.type) continue;
    const head = tokens[unit.first]!;
    if (unit.end - unit.first === 1 && ACRONYM.test(head.text)) unit.type = 'organization';
    else if (pack.isGivenName(head.lower) && !(unit.end - unit.first === 1 && pack.lookupPlace(head.text))) unit.type = 'person';
  }
  return units;
}
