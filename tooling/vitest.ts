import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const setupFile = fileURLToPath(new URL('./vitest.setup.ts', import.meta.url));
const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
const emptyCss = fileURLToPath(new URL('./empty.css', import.meta.url));
const libraries = '(ui|booking|video-panel|shelter-forms)';

/**
 * Inside the repository every `@machi-dx/*` import resolves to source, so tests, Storybook and
 * the portal's dev server share one copy of each module (one React context, one i18n provider).
 * Source components import their own CSS, so the other packages' `styles.css` resolve to nothing here.
 */
export const sourceAliases = [
  // ui's global styles (tokens, themes, base) are imported by its entry, which bundlers may drop as
  // side-effect free; the explicit `@machi-dx/ui/styles.css` import must bring them in itself.
  { find: /^@machi-dx\/ui\/styles\.css$/, replacement: `${packagesDir}ui/src/styles/index.css` },
  { find: new RegExp(`^@machi-dx/${libraries}/styles\\.css$`), replacement: emptyCss },
  {
    find: new RegExp(`^@machi-dx/${libraries}/core$`),
    replacement: `${packagesDir}$1/src/core/index.ts`,
  },
  { find: new RegExp(`^@machi-dx/${libraries}$`), replacement: `${packagesDir}$1/src/index.ts` },
];

/** Unit and component tests: jsdom, globals (Testing Library cleans up between tests), jest-dom matchers. */
export function unitConfig(overrides: ViteUserConfig['test'] = {}) {
  return defineConfig({
    resolve: { alias: sourceAliases },
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
