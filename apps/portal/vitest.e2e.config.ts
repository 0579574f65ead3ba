import { defineConfig } from 'vitest/config';

/** End-to-end: the built portal served as `npm start` serves it, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    hookTimeout: 120_000,
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
