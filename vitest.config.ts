import { defineConfig } from 'vitest/config';

// The timing tests (linear growth, the regular expression audit) compare how long one input takes
// against four times that input: anything running beside them in the other worker (the package
// test's four compilers, Chromium) skews one measurement and not the other. So they run in a
// group of their own, after the unit tests and before the browser tests, one file at a time.
const timing = ['test/properties/linear-growth.test.ts', 'test/properties/regex-audit.test.ts'];

export default defineConfig({
  test: {
    pool: 'threads',
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/browser/**', ...timing], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: timing, fileParallelism: false, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 2 } } },
    ],
  },
});
