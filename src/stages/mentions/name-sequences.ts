import type { Token } from '../../pipeline/article.js';
import type { LanguagePack } from '../../lang/types.js';
import type { NameLexicon } from '../../lang/name-lexicon.js';
import { companyFormEnd } from './company-form.js';

export interface NameSequence {
  first: number;
  end: number;
  /** The sequence opens its sentence, where every word is capitalised. */
  sentenceInitial: boolean;
}

const INITIAL = /^\p{Lu}$/u;
const ROMAN = /^[IVX]+$/u;
const SHORT_LOWER = /^\p{Ll}{1,3}$/u;
const isNameWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.capitalized;
const QUOTE_OR_DASH = /^[«“„"'‘\-–—(]$/u;
const QUOTE_OPEN = /^[«“"]$/u;
const ALL_CAPITALS = /^[\p{Lu}\p{N}]+$/u;
const QUOTE_CLOSE = /^[»”"]$/u;
const glued = (a: Token, b: Token) => a.end === b.start;

/**
 * Runs of capitalised words, with what joins them inside names: particles ("Corea del Nord",
 * "Banca d'Italia"), initials ("George W. Bush", "J. K. Rowling"), hyphens ("Jean-Claude",
 * "al-Maliki"), digits ("G8", "Movimento 5 Stelle"), and in an organisation's name "per" and "e"
 * ("Movimento per l'Autonomia", "Commissione Finanze e Tesoro"), a company's legal form after it
 * ("Alfa S.p.A."). A particle joins only when a
 * capitalised word follows it. A capitalised function word ends a run: a caption run into the
 * text ("Veduta del porto di Livorno Nel dipinto ...").
 */
export function nameSequences(tokens: readonly Token[], first: number, end: number, pack: LanguagePack, names: NameLexicon): NameSequence[] {
  const sequences: NameSequence[] = [];
  const breaksRun = (t: Token) => names.runBreakers.has(t.lower);
  const startsWord = (k: number) => k < end && isNameWord(tokens[k]) && !breaksRun(tokens[k]!);
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    // "È Alinghi ad aggiudicarsi...", "Secondo Vibber": a run starts after a capitalised function word
    if (!isNameWord(token) || breaksRun(token)) continue;
    let organization = pack.organizationHeads.has(token.lower);
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next || j >= end) break;
      const previous = tokens[j - 1]!;
      // "Alfa S.p.A.", "Beta Inc.": a legal form ends a company's name
      const form = companyFormEnd(tokens, j, end, names.companyForms);
      if (form > j) { j = form; break; }
      if (isNameWord(next)) {
        // "Cirillo I", "Benedetto XVI": a numeral, not the article "I"
        if (breaksRun(next) && !ROMAN.test(next.text)) break;
        // "... Gabriele Neri Il giorno dopo": an article before a lowercase word opens a sentence
        // run into the name (a heading or a caption); "Ignazio La Russa" keeps its "La"
        const after = tokens[j + 1];
        // (or an acronym: "... su Marte La NASA ha annunciato")
        if (names.definiteArticles.has(next.lower) && !ROMAN.test(next.text) && (!after || j + 1 >= end || (after.kind === 'word' && (!after.capitalized || (after.text.length > 1 && ALL_CAPITALS.test(after.text)))))) break;
        organization ||= pack.organizationHeads.has(next.lower);
        j++;
        continue;
      }
      // "TG1", "G8": digits glued to the word before; "Movimento 5 Stelle": a number inside a name
      if (next.kind === 'number' && /^\p{N}+$/u.test(next.text) && (glued(previous, next) || startsWord(j + 1))) { j++; continue; }
      // "Giuseppe "Pippo" Calò": a nickname in quotes inside a name
      const nick = tokens[j + 1];
      const close = tokens[j + 2];
      const nickname = QUOTE_OPEN.test(next.text) && isNameWord(nick) && close !== undefined && QUOTE_CLOSE.test(close.text) && glued(next, nick!) && glued(nick!, close) &&
        (pack.isGivenName(previous.lower) || pack.isGivenName(nick!.lower));
      if (nickname && startsWord(j + 3)) { j += 4; continue; }
      // "W." in "George W. Bush": an initial's period
      // ... and an abbreviation's: "St. Petersburg", "Sig. Rossi" (the title is cut off later)
      // (not before an article: "-70 °C. I venti")
      if (next.text === '.' && (INITIAL.test(previous.text) || pack.abbreviations.has(previous.lower)) && glued(previous, next) && startsWord(j + 1) && !pack.stopwords.has(tokens[j + 1]!.lower)) { j += 2; continue; }
      // "Jean-Claude", "Kim Jong-un": a hyphen glued on both sides
      if (next.text === '-' && glued(previous, next) && j + 1 < end && glued(next, tokens[j + 1]!) && tokens[j + 1]!.kind === 'word') { j += 2; continue; }
      // "al-Maliki", "bin-Laden": a short particle hyphenated to the name
      const after = tokens[j + 1];
      if (SHORT_LOWER.test(next.text) && after?.text === '-' && glued(next, after) && j + 2 < end && glued(after, tokens[j + 2]!) && isNameWord(tokens[j + 2])) { j += 3; continue; }
      // "Banca d'Italia", "Óscar de la Hoya"
      // (not "del Paese": a capitalised common noun is no name)
      if (pack.nameParticles.has(next.lower)) {
        const second = tokens[j + 1];
        const k = second && !second.capitalized && (pack.nameParticles.has(second.lower) || pack.determiners.has(second.lower)) ? j + 2 : j + 1;
        if (startsWord(k) && !names.capitalisedCommonNouns.has(tokens[k]!.lower)) { j = k + 1; continue; }
      }
      // "Movimento per l'Autonomia", "Ufficio dei Cambi e delle Dogane"; not a second
      // body, place, company or person ("il Senato e la Camera", "la Lega e Forza Italia" stays two
      // when "Forza" is a head; "Università di Padova e Bologna")
      if (organization && names.organizationConnectors.has(next.lower)) {
        let k = j + 1;
        while (k < end && k < j + 3 && (pack.determiners.has(tokens[k]!.lower) || pack.nameParticles.has(tokens[k]!.lower)) && !tokens[k]!.capitalized) k++;
        if (startsWord(k) && !pack.isGivenName(tokens[k]!.lower)) { j = k + 1; continue; }
      }
      // "Commissione Finanze e Tesoro", "Istituto di Geofisica e Vulcanologia": one word that ends
      // the name after "e" (or "e dei"); not a second name ("il Nordic Council e Amnesty
      // International", "Radio Nacional ed ESPN", "Borsa Italiana e di BPU", "Rugby Roma e L'Aquila")
      if (organization && names.organizationConjunctions.has(next.lower)) {
        const k = j + 1 < end && names.definiteArticles.has(tokens[j + 1]!.lower) && !tokens[j + 1]!.capitalized ? j + 2 : j + 1;
        const word = tokens[k];
        const last = tokens[k + 1] === undefined || k + 1 >= end || !isNameWord(tokens[k + 1]);
        const another = word === undefined || ALL_CAPITALS.test(word.text) || pack.isGivenName(word.lower) || pack.organizationHeads.has(word.lower) ||
          pack.lookupPlace(word.text) !== null || names.isKnownOrganization(word.text) || names.definiteArticles.has(word.lower);
        if (startsWord(k) && last && !another) { j = k + 1; continue; }
      }
      break;
    }
    let lead = i - 1;
    while (lead >= first && QUOTE_OR_DASH.test(tokens[lead]!.text)) lead--;
    // "il sen. Bianchi": the period of an abbreviation ends no sentence
    const abbreviation = tokens[lead]?.text === '.' && lead - 1 >= first && pack.abbreviations.has(tokens[lead - 1]!.lower) && tokens[lead - 1]!.end === tokens[lead]!.start;
    const sentenceInitial = lead < first || tokens[lead]!.text === ':' || (tokens[lead]!.text === '.' && !abbreviation);
    sequences.push({ first: i, end: j, sentenceInitial });
    i = j - 1;
  }
  return sequences;
}
