import { defineConfig } from 'vitest/config';

// Unit and process tests run under plain Node: nothing here may load the `electron` module
// (that starts a binary download that fails offline).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.ts', 'test/process/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // CI asks for a JSON report beside the console output; .ci/summary.mjs totals it.
    reporters: process.env.CI_OUT ? ['default', ['json', { outputFile: `${process.env.CI_OUT}/vitest.json` }]] : ['default'],
  },
});
