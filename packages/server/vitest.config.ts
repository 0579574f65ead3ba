import { defineConfig } from 'vitest/config';
import { TEST_WORKERS } from './src/testing/workers.ts';

/**
 * Server tests run under plain Node. Each file opens at most one PGlite (~470 MB, seconds to
 * start), so only a few files run at once; each worker gets its own Postgres database
 * (global-setup.ts, `testPostgresUrl`).
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: TEST_WORKERS,
    hookTimeout: 60_000,
    // Generous: CI runs every package at once on two cores, and a sample-data start hashes passphrases.
    testTimeout: 120_000,
  },
});
