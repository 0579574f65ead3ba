import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const setupFile = fileURLToPath(new URL('./vitest.setup.ts', import.meta.url));

/** Unit and component tests: jsdom, globals (Testing Library cleans up between tests), jest-dom matchers. */
export function unitConfig(overrides: ViteUserConfig['test'] = {}) {
  return defineConfig({
    esbuild: { jsx: 'automatic' },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: [setupFile],
      include: ['src/**/*.test.{ts,tsx}'],
      exclude: ['**/node_modules/**', '**/*.browser.test.{ts,tsx}'],
      hookTimeout: 60_000,
      testTimeout: 20_000,
      ...overrides,
    },
  });
}
