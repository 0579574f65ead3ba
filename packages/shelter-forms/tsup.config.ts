import { libraryConfig } from '../../tooling/tsup.ts';

export default libraryConfig({
  // ESM is split (tsup's default for ESM; CommonJS stays one file per entry): the outbox loads its
  // photo queue and file export/import with `import()`, and those must stay separate chunks for an
  // app's bundler to load them only when needed.
  splitting: undefined,
  esbuildOptions(options) {
    options.jsx = 'automatic';
    // Japanese messages as UTF-8, not \u escapes: a third of the bytes before gzip, and smaller after.
    options.charset = 'utf8';
    // Lazy chunks named after their module (photo-queue-<hash>.js), so size-limit can name them.
    options.chunkNames = '[name]-[hash]';
  },
});
