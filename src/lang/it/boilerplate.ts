import type { BoilerplateMarkers } from '../types.js';

/**
 * Lines a scraper leaves around an Italian article: they are no part of it, and their headlines
 * hold quotes and numbers that no one in the article said. Lowercase; matched at a line's start.
 */
export const italianBoilerplate: BoilerplateMarkers = {
  // "Leggi anche: Ucraina, Zelensky: «...»" may stand between two paragraphs: that line only.
  lines: [
    'riproduzione riservata', 'tutti i diritti riservati', 'all rights reserved', 'leggi anche', 'leggi pure', 'leggi l\'articolo',
    'potrebbe interessarti', 'ti potrebbe interessare', 'iscriviti alla newsletter', 'iscriviti alla nostra newsletter',
  ],
  // "Related News :" heads a list of other articles' headlines that runs to the end of the text.
  blocks: [
    'related news', 'related articles', 'articoli correlati', 'notizie correlate', 'potrebbero interessarti',
    'ti potrebbero interessare', 'gli articoli più letti', 'i più letti', 'più letti',
  ],
};
