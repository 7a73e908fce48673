// Clitics glued to gerunds and infinitives: "gridandole", "dichiararsi", "dicendoglielo".
const CLITIC_SUFFIX = /(?:glielo|gliela|glieli|gliele|gliene|mene|tene|sene|cene|vene|lo|la|li|le|gli|ne|si|ci|mi|ti|vi)$/u;

/** The forms a word may be once its clitic is removed: "lamentarsi" -> "lamentare", "gridandole" -> "gridando". */
export function withoutClitic(word: string): string[] {
  const bare = word.replace(CLITIC_SUFFIX, '');
  if (bare === word || bare.length < 4) return [];
  if (/(?:and|end)o$/u.test(bare)) return [bare];
  if (/(?:ar|er|ir)$/u.test(bare)) return [`${bare}e`];
  if (/rr$/u.test(bare)) return [`${bare}e`]; // "porsi" is rare; "dirsi" -> "dir" -> "dire"
  return [];
}
