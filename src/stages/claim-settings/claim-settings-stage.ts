import type { ClaimSetting } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { countBefore } from '../../text/count-before.js';
import { mapPacked } from '../../text/map-packed.js';
import { findClause } from './find-clause.js';
import { isLocatedAfter } from './is-located-after.js';
import { pickNearest } from './pick-nearest.js';

// First index whose range ends after `at`, in ranges sorted by start that rarely nest.
function firstEndingAfter(ranges: readonly { start: number; end: number }[], at: number): number {
  let lo = countBefore(ranges, (r) => r.start < at);
  while (lo > 0 && ranges[lo - 1]!.end > at) lo--;
  return lo;
}

/**
 * When and where each claim holds, as its sentence says it, conservatively:
 * - time: the time expression nearest the claim in its clause, else in its sentence;
 * - place: the nearest place actor named after a preposition of place ("nella regione di Kursk",
 *   "a Mosca"), in the claim's clause first, else in its sentence. A place named otherwise
 *   ("secondo Washington", "l'Ucraina denuncia") says who, not where, and is not taken.
 * Nothing is carried across sentences: a claim whose sentence names no time or place gets null.
 */
export const claimSettingsStage: Stage = {
  name: 'claim-settings',
  needs: ['sentences', 'times', 'mentions', 'mentionActor', 'actors', 'quantities'],
  provides: ['claimSettings'],
  run(article) {
    const { text } = article;
    const sentences = article.sentences!;
    const times = article.times!;
    const actorType = new Map(article.actors!.map((a) => [a.id, a.type]));
    const mentionActor = article.mentionActor!;
    const places = mapPacked(article.mentions!, (mention, index) => ({ start: mention.start, end: mention.end, kind: mention.kind, actor: mentionActor[index] ?? null }))
      .filter((m) => m.kind === 'name' && m.actor !== null && actorType.get(m.actor) === 'place')
      .sort((a, b) => a.start - b.start);
    const locatives = article.pack.locatives;
    const claimSettings: ClaimSetting[] = mapPacked(article.quantities!, (claim) => {
      const index = firstEndingAfter(sentences, claim.start);
      const sentence = sentences[index];
      if (!sentence || sentence.start > claim.start) return { time: null, place: null };
      const clause = findClause(text, sentence, claim);
      const time = pickNearest(claim, clause, sentence, times, firstEndingAfter(times, sentence.start), () => true);
      const place = locatives
        ? pickNearest(claim, clause, sentence, places, firstEndingAfter(places, sentence.start), (m) => isLocatedAfter(text, m.start, sentence.start, locatives))
        : null;
      return { time, place: place === null ? null : places[place]!.actor };
    });
    return { claimSettings };
  },
};
