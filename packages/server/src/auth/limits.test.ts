import { describe, expect, it } from 'vitest';
import { type ApiModule, createApp } from '../app.ts';
import { openDb } from '../db/open.ts';
import type { Db } from '../db/types.ts';
import {
  consumeRateLimit,
  deleteExpiredRateLimits,
  rateLimit,
  retryAfterSeconds,
} from '../http/rate-limit.ts';
import { createTestAccount, SAME_ORIGIN, TEST_PASSPHRASE } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb, testPostgresUrl } from '../testing/databases.ts';

const WINDOW = 15 * 60;

const attempt = (username: string, password: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...SAME_ORIGIN, ...headers },
  body: JSON.stringify({ username, password }),
});

/** A module with a rate-limited route, as a feature would add one. */
const limitedRoutes: ApiModule = (api) => {
  api.use(
    '/test/limited',
    rateLimit({
      key: (c) => (c.req.header('X-Skip') ? undefined : `test:${c.req.header('X-Client') ?? 'a'}`),
      limit: 3,
      windowSeconds: 60,
    }),
  );
  api.post('/test/limited', (c) => c.json({ ok: true }));
};

describeEachDb('rate limits', (db, kind) => {
  const app = (options: { trustProxy?: boolean; db?: Db } = {}) =>
    createApp({
      db: options.db ?? db(),
      logger: captureLogger().logger,
      modules: [limitedRoutes],
      ...(options.trustProxy ? { trustProxy: true } : {}),
    });

  it('sign-in: after 5 failures for one username, 429 with Retry-After — even with the right passphrase', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    for (let failure = 1; failure <= 5; failure += 1) {
      const response = await app().request(
        '/api/v1/auth/login',
        attempt('staff-a', `wrong guess no.${failure}`),
      );
      expect(response.status).toBe(401);
    }
    const refused = await app().request('/api/v1/auth/login', attempt('STAFF-A', TEST_PASSPHRASE));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // The sliding estimate weighs these 5 failures into the next window too: up to 1.2 windows.
    expect(retryAfter).toBeLessThanOrEqual(WINDOW * 1.2);
    expect(await refused.json()).toEqual({
      code: 'too_many_requests',
      message: { ja: expect.any(String), en: expect.stringContaining('Too many requests') },
    });
    expect(refused.headers.getSetCookie()).toEqual([]);
    // Another username is not affected, and an unknown one is limited alike (no enumeration).
    await createTestAccount(db(), { username: 'staff-b', role: 'staff' });
    expect(
      (await app().request('/api/v1/auth/login', attempt('staff-b', TEST_PASSPHRASE))).status,
    ).toBe(200);
  });

  it('sign-in: successes do not count, only failures', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    for (let round = 0; round < 4; round += 1) {
      expect(
        (await app().request('/api/v1/auth/login', attempt('staff-a', 'typo typo typo'))).status,
      ).toBe(401);
      expect(
        (await app().request('/api/v1/auth/login', attempt('staff-a', TEST_PASSPHRASE))).status,
      ).toBe(200);
    }
    expect(
      (await app().request('/api/v1/auth/login', attempt('staff-a', 'typo typo typo'))).status,
    ).toBe(401);
    expect(
      (await app().request('/api/v1/auth/login', attempt('staff-a', TEST_PASSPHRASE))).status,
    ).toBe(429);
  });

  it('sign-in: after 20 failures from one client address, 429 for any username from it', async () => {
    const trusted = app({ trustProxy: true });
    const from = (ip: string) => ({ 'X-Forwarded-For': `198.51.100.7, ${ip}` });
    for (let index = 0; index < 20; index += 1) {
      const response = await trusted.request(
        '/api/v1/auth/login',
        attempt(`guess-${index}`, 'password1234', from('203.0.113.9')),
      );
      expect(response.status).toBe(401);
    }
    const refused = await trusted.request(
      '/api/v1/auth/login',
      attempt('guess-new', 'password1234', from('203.0.113.9')),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Another address (the proxy appends the real one last; earlier entries are the client's word).
    const other = await trusted.request(
      '/api/v1/auth/login',
      attempt('guess-new', 'password1234', from('203.0.113.10')),
    );
    expect(other.status).toBe(401);
    // Only hashes are stored: no address, no typed username.
    const keys = JSON.stringify(await db().query('select key from rate_limits'));
    expect(keys).not.toMatch(/203\.0\.113|guess/);
  });

  it('sign-in: the count is shared by two app instances on one database', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    // On Postgres the second instance has its own connection pool, like a second server process.
    const postgresUrl = testPostgresUrl();
    const secondDb =
      kind === 'postgres' && postgresUrl
        ? await openDb({ databaseUrl: postgresUrl, maxConnections: 2 })
        : db();
    try {
      const [first, second] = [app(), app({ db: secondDb })];
      for (const instance of [first, second, first, second, first]) {
        expect(
          (await instance.request('/api/v1/auth/login', attempt('staff-a', 'wrong wrong wrong')))
            .status,
        ).toBe(401);
      }
      expect(
        (await second.request('/api/v1/auth/login', attempt('staff-a', TEST_PASSPHRASE))).status,
      ).toBe(429);
    } finally {
      if (secondDb !== db()) await secondDb.close();
    }
  });

  it('rateLimit middleware: 429 in the error shape with Retry-After past the limit, per key', async () => {
    const instance = app();
    const hit = (headers: Record<string, string> = {}) =>
      instance.request('/api/v1/test/limited', { method: 'POST', headers });
    for (let index = 0; index < 3; index += 1) expect((await hit()).status).toBe(200);
    const refused = await hit();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(120);
    expect(await refused.json()).toMatchObject({
      code: 'too_many_requests',
      message: { ja: expect.any(String) },
    });
    expect((await hit({ 'X-Client': 'b' })).status).toBe(200);
    expect((await hit({ 'X-Skip': '1' })).status).toBe(200); // key undefined: not limited
  });

  it('rateLimit middleware: of 12 concurrent requests exactly the limit pass', async () => {
    const instance = app();
    const statuses = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const response = await instance.request('/api/v1/test/limited', { method: 'POST' });
        return response.status;
      }),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(9);
    // Refused requests were not counted.
    const [row] = await db().query<{ total: number }>(
      'select sum(count)::int as total from rate_limits',
    );
    expect(row?.total).toBe(3);
  });

  it('slides: a full previous window still weighs on the current one', async () => {
    const rule = { key: 'test:sliding', limit: 1, windowSeconds: 3600 };
    const probe = await consumeRateLimit(db(), rule);
    await probe.refund();
    const [row] = await db().query<{ key: string; window_start: Date }>(
      'select key, window_start from rate_limits',
    );
    await db().query(
      `insert into rate_limits (key, window_start, count, expires_at)
       values ($1, $2::timestamptz - interval '1 hour', 1000000, $2::timestamptz + interval '1 hour')`,
      [row?.key, row?.window_start],
    );
    const decision = await consumeRateLimit(db(), rule);
    expect(decision.allowed).toBe(false);
    expect(decision.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('deletes counters no estimate needs any more', async () => {
    await consumeRateLimit(db(), { key: 'test:old', limit: 5, windowSeconds: 60 });
    await consumeRateLimit(db(), { key: 'test:new', limit: 5, windowSeconds: 60 });
    await db().query(
      `update rate_limits set expires_at = now() - interval '1 second' where count = 1 and key = (select min(key) from rate_limits)`,
    );
    expect(await deleteExpiredRateLimits(db())).toBe(1);
    expect(await db().query('select key from rate_limits')).toHaveLength(1);
  });
});

describe('retryAfterSeconds', () => {
  const base = { windowSeconds: 900, limit: 5 };

  it('is the rest of the window and the fading when the current window alone is full', () => {
    expect(retryAfterSeconds({ ...base, previous: 0, current: 5, elapsed: 300 })).toBe(600 + 180);
  });

  it('is the time until the previous window fades enough', () => {
    // previous 8 · (1 − t/900) + 2 + 1 ≤ 5 ⇔ t ≥ 675
    expect(retryAfterSeconds({ ...base, previous: 8, current: 2, elapsed: 100 })).toBe(575);
  });

  it('is at least 1 and at most two windows', () => {
    expect(retryAfterSeconds({ ...base, previous: 0, current: 0, elapsed: 10 })).toBe(1);
    expect(
      retryAfterSeconds({ ...base, previous: 0, current: 1000, elapsed: 0 }),
    ).toBeLessThanOrEqual(1800);
  });

  it('rejects rules that make no sense', async () => {
    expect(() => rateLimit({ key: () => 'x', limit: 0, windowSeconds: 60 })).toThrow(RangeError);
    expect(() => rateLimit({ key: () => 'x', limit: 1, windowSeconds: 0.5 })).toThrow(RangeError);
  });
});
