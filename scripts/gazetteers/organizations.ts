// Hand-written part of the organisation list: brand titles of simple-icons left out because in
// Italian news they are mostly something else. Written from general usage, not from any
// annotated corpus.

/**
 * Titles left out, `|`-separated on lines: English words that Italian text quotes in titles and
 * slogans, and names of things more than of bodies.
 */
export const excludedOrganizationNames = `
`;
