import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../tooling/vitest.ts';

/**
 * Real-media tests in Debian's Chromium: a fake camera (a moving test pattern) and a fake
 * microphone (a beep), granted without a prompt. `npm run test:browser`.
 */
export default defineConfig({
  resolve: { alias: sourceAliases },
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'axe-core'] },
  test: {
    name: 'video-panel (chromium)',
    include: ['src/**/*.browser.test.{ts,tsx}'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--use-fake-device-for-media-stream',
            '--use-fake-ui-for-media-stream',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
