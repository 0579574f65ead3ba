import { defineConfig } from 'tsup';

/**
 * Node-only build: the library entry and the CLI, ESM + CJS. Dependencies stay external (the
 * default for `dependencies`); `shims` gives the CJS build an import.meta.url, which is how
 * the code finds the `migrations/` directory shipped beside `dist/`.
 */
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  platform: 'node',
  target: 'node20',
  shims: true,
  sourcemap: true,
  clean: true,
  splitting: false,
  treeshake: true,
});
