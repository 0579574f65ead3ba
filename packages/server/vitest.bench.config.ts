import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`: the benchmarks in bench/ (booking, …), run as plain test files so they can use
 * the server's own modules and print p50/p95 tables. They report numbers and never fail on time.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 600_000,
  },
});
