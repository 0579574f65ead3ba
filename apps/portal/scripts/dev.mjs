// `npm run dev`: the API on :3001 (PGlite in .data-dev/, sample data) and Vite with HMR on :5173,
// which proxies /api to it. Packages resolve to source, so edits anywhere hot-reload.
import { startServer } from '@machi-dx/server';
import { createServer } from 'vite';

const apiPort = process.env.PORTAL_API_PORT ?? '3001';
await startServer({
  env: {
    ...process.env,
    PORT: apiPort,
    HOST: '127.0.0.1',
    DATA_DIR: process.env.DATA_DIR ?? '.data-dev',
    SAMPLE_DATA: process.env.SAMPLE_DATA ?? '1',
  },
});

process.env.PORTAL_API_URL = `http://127.0.0.1:${apiPort}`;
const vite = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
});
await vite.listen();
vite.printUrls();
