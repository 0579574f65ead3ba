import { libraryConfig } from '../../tooling/tsup.ts';

export default libraryConfig({
  esbuildOptions(options) {
    options.jsx = 'automatic';
    // Japanese messages as UTF-8, not \u escapes: a third of the bytes before gzip, and smaller after.
    options.charset = 'utf8';
  },
});
