import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../http/security-headers.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { fakeDb } from '../testing/fake-db.ts';
import { resolveSdkAssets, sdkAssetsAt } from './assets.ts';
import { createVideoModule } from './module.ts';
import type { VideoModuleOptions } from './runtime.ts';
import { testCredentials } from './testing.ts';

const root = mkdtempSync(join(tmpdir(), 'machi-dx-video-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const publicDir = join(root, 'public');
mkdirSync(publicDir);
writeFileSync(join(publicDir, 'index.html'), '<!doctype html><title>portal</title>');

// A stand-in for node_modules/@zoom/videosdk: package.json and dist/lib with a few assets.
const sdkDir = join(root, 'videosdk');
const libDir = join(sdkDir, 'dist', 'lib');
mkdirSync(join(libDir, 'vb-resource'), { recursive: true });
writeFileSync(join(sdkDir, 'package.json'), JSON.stringify({ version: '2.5.0' }));
writeFileSync(join(sdkDir, 'dist', 'secret.js'), 'outside lib');
writeFileSync(join(libDir, 'js_media.min.js'), `/* media */${'x'.repeat(4000)}`);
writeFileSync(join(libDir, 'audio.simd.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
writeFileSync(join(libDir, 'vb-resource', 'model.bin'), 'model');
writeFileSync(join(libDir, '.hidden.js'), 'dotfile');
const assets = sdkAssetsAt(libDir)!;

function app(options: VideoModuleOptions = {}) {
  return createApp({
    db: fakeDb(),
    logger: captureLogger().logger,
    publicDir,
    modules: [createVideoModule(options)],
  });
}

const page = (path: string) => ({ path, init: { headers: { Accept: 'text/html' } } });
async function csp(target: ReturnType<typeof app>, path: string) {
  const { init } = page(path);
  const response = await target.request(path, init);
  return response.headers.get('Content-Security-Policy');
}

describe('the room pages’ Content-Security-Policy', () => {
  it('stays the strict default everywhere with the simulated engine', async () => {
    const simulated = app();
    for (const path of ['/', '/consultation/room/ABC-DEFG-H2', '/api/v1/health']) {
      expect(await csp(simulated, path)).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('with Zoom, widens the room pages only, and only by what the SDK needs', async () => {
    const zoom = app({ zoom: testCredentials() });
    const room = await csp(zoom, '/consultation/room/ABC-DEFG-H2');
    expect(room).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' blob: https://source.zoom.us; style-src 'self'; img-src 'self' data: blob:; connect-src 'self' https://zoom.us https://*.zoom.us wss://*.zoom.us https://source.zoom.us; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; worker-src 'self' blob:; media-src 'self' blob:",
    );
    expect(room).not.toContain("'unsafe-eval'");
    expect(room).not.toContain("'unsafe-inline'");
    for (const path of ['/', '/consultation/book', '/consultation/roomy', '/api/v1/health']) {
      expect(await csp(zoom, path)).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('leaves Zoom’s CDN out when the assets are self-hosted', async () => {
    const room = await csp(
      app({ zoom: testCredentials(), sdkAssets: assets }),
      '/consultation/room/X',
    );
    expect(room).toContain("script-src 'self' 'wasm-unsafe-eval' blob:;");
    expect(room).not.toContain('source.zoom.us');
  });

  it('follows VIDEO_CSP: all pages, none, or other room paths', async () => {
    const all = app({ zoom: testCredentials(), csp: 'all' });
    expect(await csp(all, '/')).toContain("'wasm-unsafe-eval'");
    const off = app({ zoom: testCredentials(), csp: 'off' });
    expect(await csp(off, '/consultation/room/X')).toBe(CONTENT_SECURITY_POLICY);
    const custom = app({ zoom: testCredentials(), roomPaths: ['/soudan/video/'] });
    expect(await csp(custom, '/soudan/video/1')).toContain("'wasm-unsafe-eval'");
    expect(await csp(custom, '/consultation/room/X')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('builds policies by adding sources, never by replacing the default’s', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicy({ 'script-src': ["'self'", 'https://a.example'] })).toContain(
      "script-src 'self' https://a.example;",
    );
    expect(() => contentSecurityPolicy({ 'script-src': ["'self'; img-src *"] })).toThrow(TypeError);
  });
});

describe('self-hosted SDK assets (ZOOM_SDK_ASSETS=self)', () => {
  const served = app({ sdkAssets: assets });

  it('serves dist/lib at /zoom-sdk/lib/ with a day’s cache and an ETag', async () => {
    const response = await served.request('/zoom-sdk/lib/js_media.min.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=86400');
    expect((await response.text()).startsWith('/* media */')).toBe(true);
    const etag = response.headers.get('ETag')!;
    expect(etag).toMatch(/^W\/"2\.5\.0-/);
    const again = await served.request('/zoom-sdk/lib/js_media.min.js', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);

    const wasm = await served.request('/zoom-sdk/lib/audio.simd.wasm');
    expect(wasm.headers.get('Content-Type')).toBe('application/wasm');
    expect((await served.request('/zoom-sdk/lib/vb-resource/model.bin')).status).toBe(200);
  });

  it('serves the versioned path immutable for a year, compressed when asked', async () => {
    const response = await served.request('/zoom-sdk/2.5.0/lib/js_media.min.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    expect(response.headers.get('Vary')).toBe('Accept-Encoding');
  });

  it.each([
    '/zoom-sdk/lib/../secret.js',
    '/zoom-sdk/lib/%2e%2e/secret.js',
    '/zoom-sdk/lib/..%2fsecret.js',
    '/zoom-sdk/lib/.hidden.js',
    '/zoom-sdk/lib/missing.js',
    '/zoom-sdk/lib/',
    '/zoom-sdk/9.9.9/lib/js_media.min.js',
  ])('answers 404 in the error shape for %s', async (path) => {
    const response = await served.request(path);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('not_found');
  });

  it('is off by default: nothing under /zoom-sdk/', async () => {
    const response = await app().request('/zoom-sdk/lib/js_media.min.js');
    expect(response.status).toBe(404);
  });

  it('finds the installed SDK, and says what to do when it is missing', () => {
    const found = resolveSdkAssets();
    expect(found.directory).toMatch(/@zoom[\\/]videosdk[\\/]dist[\\/]lib$/);
    expect(found.version).toMatch(/^2\.5\./);
    const nowhere = pathToFileURL(join(root, 'nowhere', 'index.js')).href;
    expect(() => resolveSdkAssets(nowhere)).toThrow(/npm install @zoom\/videosdk/);
  });
});
