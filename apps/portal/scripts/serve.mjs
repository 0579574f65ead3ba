// `npm start`: serve the built portal with the reference server. With no settings at all this is a
// working city: embedded PGlite in .data/, sample data, http://localhost:3000. Every setting of
// @machi-dx/server (PORT, HOST, DATABASE_URL, DATA_DIR, PUBLIC_DIR, SAMPLE_DATA) still applies.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '@machi-dx/server';

const publicDir = process.env.PUBLIC_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(`${publicDir}/index.html`)) {
  console.error(
    `The portal is not built (${publicDir}/index.html is missing). Run \`npm start\` from the repository root.`,
  );
  process.exit(1);
}

await startServer({
  env: {
    ...process.env,
    PUBLIC_DIR: publicDir,
    SAMPLE_DATA: process.env.SAMPLE_DATA ?? '1',
  },
});
