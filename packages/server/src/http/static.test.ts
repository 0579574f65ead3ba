import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { fakeDb } from '../testing/fake-db.ts';
import { chooseEncoding } from './static-compression.ts';

const root = mkdtempSync(join(tmpdir(), 'machi-dx-public-'));
const script = `export const greeting = ${JSON.stringify('こんにちは、'.repeat(400))};\n`;
const indexHtml = `<!doctype html><html lang="ja"><head><title>宇和島市</title><script type="module" src="/assets/index-3f9a1c.js"></script></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;
mkdirSync(join(root, 'assets'));
mkdirSync(join(root, 'docs'));
writeFileSync(join(root, 'index.html'), indexHtml);
writeFileSync(join(root, 'assets', 'index-3f9a1c.js'), script);
writeFileSync(join(root, 'assets', 'logo-77aa.png'), Buffer.alloc(4096, 1));
writeFileSync(join(root, 'assets', 'vendor-1b2c.js'), 'x'.repeat(5000));
writeFileSync(join(root, 'assets', 'vendor-1b2c.js.gz'), gzipSync('precompressed marker'));
writeFileSync(join(root, 'robots.txt'), 'User-agent: *\n');
writeFileSync(join(root, 'docs', 'index.html'), '<p>docs</p>');
writeFileSync(join(root, '.env'), 'SECRET=1');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const app = createApp({ db: fakeDb(), publicDir: root, logger: captureLogger().logger });
const html = { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };

async function expectNotFound(response: Response) {
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ code: 'not_found' });
}

describe('static SPA serving', () => {
  it('serves index.html at / with no-cache', async () => {
    const response = await app.request('/', html);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(await response.text()).toBe(indexHtml);
  });

  it('serves hashed assets as immutable for a year, compressed with br or gzip', async () => {
    const plain = await app.request('/assets/index-3f9a1c.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(script);

    const br = await app.request('/assets/index-3f9a1c.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('Content-Length'))).toBe(brBytes.length);
    expect(brBytes.length).toBeLessThan(Buffer.byteLength(script) / 5);
    expect(brotliDecompressSync(brBytes).toString()).toBe(script);

    const gzip = await app.request('/assets/index-3f9a1c.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);
  });

  it('compresses index.html too, and leaves images alone', async () => {
    const page = await app.request('/', { headers: { ...html.headers, 'Accept-Encoding': 'br' } });
    expect(page.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await page.arrayBuffer())).toString()).toBe(indexHtml);
    const image = await app.request('/assets/logo-77aa.png', {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(image.headers.get('Content-Type')).toBe('image/png');
    expect(image.headers.get('Content-Encoding')).toBeNull();
    expect((await image.arrayBuffer()).byteLength).toBe(4096);
  });

  it('prefers a precompressed sibling written by the build', async () => {
    const response = await app.request('/assets/vendor-1b2c.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(
      'precompressed marker',
    );
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await app.request('/robots.txt');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await app.request('/robots.txt', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('falls back to index.html for unknown page paths when the client accepts HTML', async () => {
    const response = await app.request('/consultation/manage/ABC123', html);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(await response.text()).toBe(indexHtml);
    expect(await (await app.request('/docs/', html)).text()).toBe('<p>docs</p>');
  });

  it('answers 404 (not index.html) for missing files, non-HTML clients and API paths', async () => {
    await expectNotFound(await app.request('/assets/missing-123.js', html));
    await expectNotFound(await app.request('/assets/chunk', html));
    await expectNotFound(await app.request('/favicon.ico', html));
    await expectNotFound(await app.request('/consultation', { headers: { Accept: '*/*' } }));
    await expectNotFound(
      await app.request('/consultation', { headers: { Accept: 'application/json' } }),
    );
    await expectNotFound(await app.request('/api/v1/unknown', html));
    await expectNotFound(await app.request('/api', html));
  });

  it('never serves dotfiles or anything outside the public directory', async () => {
    for (const path of [
      '/.env',
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/%E0%A4%A',
    ]) {
      const response = await app.request(path, { headers: { Accept: 'application/json' } });
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('SECRET');
    }
  });

  it('answers HEAD with headers and no body, and only GET/HEAD are served', async () => {
    const head = await app.request('/assets/index-3f9a1c.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe(String(Buffer.byteLength(script)));
    expect(await head.text()).toBe('');
    expect((await app.request('/index.html', { method: 'POST' })).status).toBe(404);
  });
});

describe('chooseEncoding', () => {
  it('prefers br, honours q-values and refusals', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
