import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { fakeDb } from '../testing/fake-db.ts';
import { jsonOf } from '../testing/shelters.ts';
import { MemoryRateLimiter } from './memory-rate-limit.ts';
import { createShelterModule, isShelterModule, shelterModule } from './module.ts';
import { shelterRuntime } from './runtime.ts';

// No database needed: a Db that fails every query proves these routes never touch one.
const noDb = () => fakeDb({ failWith: new Error('the database was used') });

describe('shelter module', () => {
  it('GET /ping: tiny, uncached, no session, no database, rate-limited per address in memory', async () => {
    const app = createApp({
      db: noDb(),
      logger: captureLogger().logger,
      modules: [createShelterModule({ pingLimitPerMinute: 3 })],
    });
    const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
    const first = await app.request('/api/v1/ping?t=1', {}, from('203.0.113.5'));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: 'ok' });
    expect(first.headers.get('cache-control')).toMatch(/no-store/);
    expect(first.headers.get('cache-control')).toMatch(/no-cache/);
    await app.request('/api/v1/ping', {}, from('203.0.113.5'));
    await app.request('/api/v1/ping', {}, from('203.0.113.5'));
    const limited = await app.request('/api/v1/ping', {}, from('203.0.113.5'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await app.request('/api/v1/ping', {}, from('203.0.113.6'))).status).toBe(200);
    // IPv6 counts per /64: another address of the same network shares the count.
    for (let i = 0; i < 3; i++) await app.request('/api/v1/ping', {}, from('2001:db8::1'));
    expect((await app.request('/api/v1/ping', {}, from('2001:db8::2'))).status).toBe(429);
  });

  it('the memory limiter counts per window and forgets at its turn', () => {
    const limiter = new MemoryRateLimiter(2, 60_000);
    expect([limiter.hit('a', 0), limiter.hit('a', 1), limiter.hit('a', 30_000)]).toEqual([
      0, 0, 30,
    ]);
    expect(limiter.hit('b', 30_000)).toBe(0);
    expect(limiter.hit('a', 60_000)).toBe(0);
  });

  it('is registered by default, and a configured one replaces it', async () => {
    expect(isShelterModule(shelterModule)).toBe(true);
    const defaults = createApp({ db: noDb(), logger: captureLogger().logger });
    expect((await defaults.request('/api/v1/ping')).status).toBe(200);
    expect(() => shelterRuntime({ staleAfterMinutes: 0 })).toThrow(RangeError);
  });

  it('openapi.json documents the shelter routes and the report of each kind', async () => {
    const app = createApp({ db: noDb(), logger: captureLogger().logger });
    const document = await jsonOf(await app.request('/api/v1/openapi.json'));
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/shelters/{nationalShelterId}/reports',
        '/api/v1/shelters',
        '/api/v1/hq/overview',
        '/api/v1/hq/events',
        '/api/v1/hq/export.csv',
        '/api/v1/hq/export.json',
        '/api/v1/hq/shelters/import',
        '/api/v1/supply-requests',
        '/api/v1/supply-requests/{id}',
        '/api/v1/ping',
      ]),
    );
    const post = document.paths['/api/v1/shelters/{nationalShelterId}/reports'].post;
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(['200', '201', '401', '403', '404', '409', '422']),
    );
    expect(post.security).toEqual([{ sessionCookie: [] }]);
    for (const kind of ['Opening', 'Status', 'SupplyRequest', 'Damage', 'Closing']) {
      expect(document.components.schemas[`Shelter${kind}Report`]).toMatchObject({ type: 'object' });
    }
  });
});
