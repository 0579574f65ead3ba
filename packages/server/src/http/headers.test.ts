import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { fakeDb } from '../testing/fake-db.ts';

const publicDir = mkdtempSync(join(tmpdir(), 'machi-dx-headers-'));
writeFileSync(join(publicDir, 'index.html'), '<!doctype html><title>portal</title>');
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

const EXPECTED = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': expect.stringContaining(
    'camera=(self), microphone=(self), geolocation=(self)',
  ),
  'cross-origin-opener-policy': 'same-origin',
};

describe('security headers', () => {
  const app = createApp({ db: fakeDb(), publicDir, logger: captureLogger().logger });

  it.each([
    ['an API response', '/api/v1/health', 200],
    ['the OpenAPI document', '/api/v1/openapi.json', 200],
    ['a static file', '/index.html', 200],
    ['the SPA fallback', '/consultation', 200],
    ['an API error', '/api/v1/missing', 404],
    ['a missing asset', '/assets/missing.js', 404],
    ['a 405', '/api/v1/city', 405, 'DELETE'],
  ])('are on %s', async (_what, path, status, method = 'GET') => {
    const response = await app.request(path, { method, headers: { Accept: 'text/html' } });
    expect(response.status).toBe(status);
    expect(Object.fromEntries(response.headers)).toMatchObject(EXPECTED);
    expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('add HSTS over HTTPS, and behind a trusted proxy that says so', async () => {
    const direct = await app.request('https://city.example/api/v1/health');
    expect(direct.headers.get('Strict-Transport-Security')).toBe(
      'max-age=31536000; includeSubDomains',
    );

    const forwarded = { headers: { 'X-Forwarded-Proto': 'https' } };
    expect(
      (await app.request('/api/v1/health', forwarded)).headers.get('Strict-Transport-Security'),
    ).toBeNull();
    const proxied = createApp({ db: fakeDb(), logger: captureLogger().logger, trustProxy: true });
    expect(
      (await proxied.request('/api/v1/health', forwarded)).headers.get('Strict-Transport-Security'),
    ).toBe('max-age=31536000; includeSubDomains');
  });

  it('compress larger API responses for clients that accept gzip', async () => {
    const response = await app.request('/api/v1/openapi.json', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const document = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString());
    expect(document.openapi).toBe('3.1.0');
  });

  it('use no-store on API responses only', async () => {
    expect((await app.request('/api/v1/openapi.json')).headers.get('Cache-Control')).toBe(
      'no-store',
    );
    expect((await app.request('/api/v1/missing')).headers.get('Cache-Control')).toBe('no-store');
    expect((await app.request('/index.html')).headers.get('Cache-Control')).toBe('no-cache');
  });
});

describe('request log', () => {
  it('logs method, route pattern, status and duration — no path values, query, cookies or addresses', async () => {
    const log = captureLogger();
    const app = createApp({ db: fakeDb(), publicDir, logger: log.logger });
    await app.request('/api/v1/health?token=secret-token-123', {
      headers: {
        Cookie: 'session=cookie-value-456',
        'X-Forwarded-For': '203.0.113.9',
        Authorization: 'Bearer abc789',
      },
    });
    await app.request('/consultation/manage/REF7QX?token=secret-token-123', {
      headers: { Accept: 'text/html' },
    });
    await app.request('/api/v1/booking/bookings/REF7QX', {
      method: 'POST',
      body: '{"name":"宇和島 花子"}',
    });

    const requests = log.lines().filter((line) => line.msg === 'request');
    expect(requests.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'GET', route: '/api/v1/health', status: 200 },
      { method: 'GET', route: 'spa-fallback', status: 200 },
      // The booking path exists for GET only: 405, still logged without its values.
      { method: 'POST', route: '(unmatched)', status: 405 },
    ]);
    for (const line of requests) {
      expect(line.reqId).toEqual(expect.any(String));
      expect(line.durationMs).toEqual(expect.any(Number));
    }
    expect(log.text()).not.toMatch(/secret-token|cookie-value|203\.0\.113|abc789|REF7QX|花子/);
  });

  it('keeps a proxy request id only when the proxy is trusted, and only if it is safe', async () => {
    const trusted = createApp({ db: fakeDb(), logger: captureLogger().logger, trustProxy: true });
    const untrusted = createApp({ db: fakeDb(), logger: captureLogger().logger });
    const header = (id: string) => ({ headers: { 'X-Request-Id': id } });
    expect(
      (await trusted.request('/api/v1/health', header('lb-123'))).headers.get('X-Request-Id'),
    ).toBe('lb-123');
    expect(
      (await untrusted.request('/api/v1/health', header('lb-123'))).headers.get('X-Request-Id'),
    ).not.toBe('lb-123');
    expect(
      (await trusted.request('/api/v1/health', header('"quoted" id with spaces'))).headers.get(
        'X-Request-Id',
      ),
    ).toMatch(/^[0-9a-f-]{36}$/);
  });
});
