import { defineConfig } from 'vitest/config';

/**
 * Server tests run under plain Node. Each file opens at most one PGlite (~470 MB, seconds to
 * start), so files run one at a time; a Postgres database per run is set up in global-setup.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    fileParallelism: false,
    hookTimeout: 60_000,
    // Generous: CI runs every package at once on two cores, and a sample-data start hashes passphrases.
    testTimeout: 120_000,
  },
});
