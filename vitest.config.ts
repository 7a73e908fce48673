import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'threads',
    testTimeout: 60_000,
    // The browser tests run after the others, not beside them: Chromium's CPU would skew the
    // timing tests (test/properties/linear-growth) that run in parallel.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
