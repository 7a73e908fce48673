/**
 * Words that belong to the surname that follows them in European names ("Di Maio", "van Gogh",
 * "de la Cruz", "bin Salman"): a name's surname is its last word with the particles before it.
 * Data, not a rule: kept apart from the stage that reads it.
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'bin', 'ben', 'da', 'dal', 'dalla', 'de', 'degli', 'dei', 'del', 'della', 'der', 'des', 'di', 'do', 'dos', 'das',
  'du', 'el', 'ibn', 'la', 'le', 'lo', 'ten', 'ter', 'van', 'von', 'y', 'zu',
]);
