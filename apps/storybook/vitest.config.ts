import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumExecutable } from '../../tooling/chromium.ts';
import { sourceAliases } from '../../tooling/vitest.ts';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/** Every story of every package, rendered in Debian's Chromium, with the a11y addon failing on violations. */
export default defineConfig({
  plugins: [storybookTest({ configDir })],
  resolve: { alias: sourceAliases },
  test: {
    name: 'storybook',
    testTimeout: 30_000,
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
