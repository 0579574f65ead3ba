import { defineConfig, type Options } from 'tsup';

/**
 * The one build every library package shares: ESM + CJS + .d.ts for "." and "./core",
 * React and sibling packages kept external, `'use client'` kept on the component entry.
 */
export function libraryConfig(overrides: Partial<Options> = {}) {
  return defineConfig({
    entry: { index: 'src/index.ts', core: 'src/core/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    splitting: false,
    external: ['react', 'react-dom', 'react/jsx-runtime', /^@machi-dx\//],
    esbuildOptions(options) {
      options.jsx = 'automatic';
    },
    // esbuild drops module-level directives when bundling; put `'use client'` back on the React entry only.
    async onSuccess() {
      const { readFile, writeFile } = await import('node:fs/promises');
      for (const file of ['dist/index.js', 'dist/index.cjs']) {
        const code = await readFile(file, 'utf8');
        if (!code.startsWith("'use client'")) await writeFile(file, `'use client';\n${code}`);
      }
    },
    ...overrides,
  });
}
