import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { fakeDb } from '../testing/fake-db.ts';

// The portal's service worker (/sw.js, built by apps/portal) as the server must serve it: never
// cached by HTTP (or a new version would go unseen for as long as the cache lives), as
// JavaScript (browsers refuse other types), under a policy that lets the page register it.

const root = mkdtempSync(join(tmpdir(), 'machi-dx-sw-'));
const worker = `const manifest=${JSON.stringify({ version: 'v1', files: ['/index.html'] })};`;
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>portal</title>');
writeFileSync(join(root, 'sw.js'), worker);
writeFileSync(join(root, 'assets', 'index-3f9a1c.js'), 'export {};');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const app = createApp({ db: fakeDb(), publicDir: root, logger: captureLogger().logger });

/** The sources a directive effectively has, following CSP's fallback chain for workers. */
function effectiveSources(policy: string, chain: readonly string[]): string[] {
  const directives = new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  for (const name of chain) {
    const sources = directives.get(name);
    if (sources) return sources;
  }
  return [];
}

describe('the service worker script', () => {
  it('is served as JavaScript with no-cache, revalidated by ETag', async () => {
    const response = await app.request('/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(await response.text()).toBe(worker);
    const etag = response.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await app.request('/sw.js', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('may be registered by the pages: their policy allows same-origin workers, nothing else', async () => {
    for (const path of ['/', '/shelter', '/sw.js']) {
      const response = await app.request(path, { headers: { Accept: 'text/html' } });
      const policy = response.headers.get('Content-Security-Policy') ?? '';
      expect(
        effectiveSources(policy, ['worker-src', 'child-src', 'script-src', 'default-src']),
      ).toEqual(["'self'"]);
      // What the worker itself fetches (the shell, assets) is held to the same origin too.
      expect(effectiveSources(policy, ['connect-src', 'default-src'])).toEqual(["'self'"]);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });

  it('leaves hashed assets immutable and pages revalidated', async () => {
    const asset = await app.request('/assets/index-3f9a1c.js');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const page = await app.request('/shelter', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('is a real 404 when the build has none, never the SPA page (a browser would refuse it anyway)', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'machi-dx-nosw-'));
    writeFileSync(join(bare, 'index.html'), '<!doctype html><title>portal</title>');
    try {
      const noWorker = createApp({ db: fakeDb(), publicDir: bare, logger: captureLogger().logger });
      const response = await noWorker.request('/sw.js', { headers: { Accept: '*/*' } });
      expect(response.status).toBe(404);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
