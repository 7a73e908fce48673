import type { BoilerplateMarkers } from '../types.js';

/**
 * Lines a scraper leaves around an English article: they are no part of it, and their headlines
 * hold quotes and numbers that no one in the article said. Lowercase; matched at a line's start.
 */
export const englishBoilerplate: BoilerplateMarkers = {
  lines: [
    'all rights reserved', 'riproduzione riservata', 'read more', 'read also', 'see also', 'sign up for our newsletter',
    'subscribe to our newsletter', 'click here to',
  ],
  // "Related News :" heads a list of other articles' headlines that runs to the end of the text.
  blocks: [
    'related news', 'related articles', 'related stories', 'related coverage', 'you may also like', 'recommended for you',
    'most read', 'most popular',
  ],
};
