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
  },
});
