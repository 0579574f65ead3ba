import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../tooling/vitest.ts';
import { serviceWorkerPlugin } from './src/sw/vitePlugin.ts';

const apiTarget = process.env.PORTAL_API_URL ?? 'http://127.0.0.1:3001';

/**
 * The production build consumes the packages' built `dist` exactly as a city's own app would;
 * the dev server resolves them to source so edits in any package hot-reload.
 */
export default defineConfig(({ command }) => ({
  // The service worker (/sw.js) is built with the app and precaches this build's shell.
  plugins: [react(), serviceWorkerPlugin({ entry: 'src/sw/sw.ts' })],
  resolve: command === 'serve' ? { alias: sourceAliases } : {},
  server: { port: 5173, proxy: { '/api': apiTarget } },
  build: { target: 'es2022', sourcemap: true, assetsInlineLimit: 0 },
}));
