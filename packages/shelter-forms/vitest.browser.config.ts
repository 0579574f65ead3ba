import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumExecutable } from '../../tooling/chromium.ts';
import { sourceAliases } from '../../tooling/vitest.ts';

const realIndexedDb = fileURLToPath(
  new URL('./src/core/testing/real-indexeddb.ts', import.meta.url),
);

/**
 * The outbox on Chromium's real IndexedDB (`npm run test:browser`): strict durability, reloads (a
 * new outbox over the same database), two outboxes in one page as two tabs (Web Locks and
 * BroadcastChannel), photos as stored bytes, and the hostile-network property with fewer runs.
 * The helpers' `fake-indexeddb/auto` import resolves to nothing here.
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^fake-indexeddb\/auto$/, replacement: realIndexedDb }, ...sourceAliases],
  },
  optimizeDeps: { include: ['idb', 'fast-check'] },
  test: {
    name: 'shelter-forms (chromium)',
    include: ['src/**/*.browser.test.{ts,tsx}'],
    globals: true,
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
