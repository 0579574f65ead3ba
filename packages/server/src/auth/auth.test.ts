import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import {
  createTestAccount,
  SAME_ORIGIN,
  sessionCookieFrom,
  signIn,
  TEST_PASSPHRASE,
} from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';
import { insertTestShelters } from '../testing/shelters.ts';
import { hashPassword } from './passwords.ts';
import { sessionIdForToken } from './sessions.ts';

const login = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...SAME_ORIGIN, ...headers },
  body: JSON.stringify(body),
});

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code, message: { ja: expect.any(String), en: expect.any(String) } });
  return body;
}

describeEachDb('sign-in and sessions', (db) => {
  const log = captureLogger();
  const app = (options: { trustProxy?: boolean } = {}) =>
    createApp({ db: db(), logger: log.logger, ...options });

  it('signs in: 200 with the account, an HttpOnly SameSite=Lax cookie, only its hash stored', async () => {
    const created = await createTestAccount(db(), {
      username: 'Sample-Welfare',
      displayName: '生活保護の相談 担当',
      role: 'staff',
    });
    const response = await app().request(
      '/api/v1/auth/login',
      login({ username: 'sample-welfare', password: TEST_PASSPHRASE }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      account: {
        id: created.id,
        username: 'Sample-Welfare',
        displayName: '生活保護の相談 担当',
        role: 'staff',
      },
    });
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(/^machi_session=[A-Za-z0-9_-]{43}; /);
    const attributes = setCookie?.split('; ').slice(1) ?? [];
    expect(attributes).toEqual(
      expect.arrayContaining(['Max-Age=43200', 'Path=/', 'HttpOnly', 'SameSite=Lax']),
    );
    expect(attributes).not.toContain('Secure');
    expect(response.headers.get('Cache-Control')).toBe('no-store');

    const token = sessionCookieFrom(response)?.split('=')[1] ?? '';
    const rows = await db().query<{ id: string; account_id: string }>(
      'select id, account_id from sessions',
    );
    expect(rows).toEqual([{ id: sessionIdForToken(token), account_id: created.id }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('marks the cookie Secure over HTTPS, and behind a trusted proxy that says so', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const body = { username: 'staff-a', password: TEST_PASSPHRASE };
    const direct = await app().request(
      'https://city.example/api/v1/auth/login',
      login(body, { Origin: 'https://city.example' }),
    );
    expect(direct.headers.getSetCookie()[0]).toMatch(/; Secure/);

    const proxied = await app({ trustProxy: true }).request(
      '/api/v1/auth/login',
      login(body, { 'X-Forwarded-Proto': 'https' }),
    );
    expect(proxied.headers.getSetCookie()[0]).toMatch(/; Secure/);
    // An untrusted X-Forwarded-Proto is anybody's header.
    const spoofed = await app().request(
      '/api/v1/auth/login',
      login(body, { 'X-Forwarded-Proto': 'https' }),
    );
    expect(spoofed.status).toBe(200);
    expect(spoofed.headers.getSetCookie()[0]).not.toMatch(/Secure/);
  });

  it('answers a wrong passphrase, an unknown user and a disabled account with the identical 401', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    await createTestAccount(db(), { username: 'staff-off', role: 'staff' });
    await db().query(`update accounts set disabled = true where username = 'staff-off'`);
    const answers = await Promise.all(
      [
        { username: 'staff-a', password: 'wrong passphrase here' },
        { username: 'nobody-here', password: TEST_PASSPHRASE },
        { username: 'staff-off', password: TEST_PASSPHRASE },
      ].map(async (body) => {
        const response = await app().request('/api/v1/auth/login', login(body));
        expect(response.headers.getSetCookie()).toEqual([]);
        return { status: response.status, body: await response.text() };
      }),
    );
    expect(answers[0]).toEqual({ status: 401, body: answers[1]?.body });
    expect(answers[2]).toEqual(answers[0]);
    expect(JSON.parse(answers[0]?.body ?? '')).toEqual({
      code: 'invalid_credentials',
      message: { ja: expect.any(String), en: 'The username or passphrase is not correct.' },
    });
    expect(await db().query('select * from sessions')).toEqual([]);
  });

  it('matches usernames regardless of case and full-width input (a Japanese IME left on)', async () => {
    await createTestAccount(db(), { username: 'sample-hq', role: 'hq' });
    for (const username of ['SAMPLE-HQ', 'ｓａｍｐｌｅ－ｈｑ', '  sample-hq ']) {
      const response = await app().request(
        '/api/v1/auth/login',
        login({ username, password: 'ｃｏｒｒｅｃｔ horse battery staple' }),
      );
      expect(response.status).toBe(200);
    }
  });

  it('422 validation_failed for a malformed body, in the error shape', async () => {
    const body = await expectError(
      await app().request('/api/v1/auth/login', login({ username: '', extra: 1 })),
      422,
      'validation_failed',
    );
    expect((body.errors as { path: string }[]).map(({ path }) => path)).toEqual([
      'username',
      'password',
      'extra',
    ]);
  });

  it('GET /auth/me: 401 without a session, 200 with the account; a bad cookie is cleared', async () => {
    await insertTestShelters(db(), ['E3820390001111']);
    const account = await createTestAccount(db(), {
      username: 'shelter-01',
      role: 'shelter',
      shelterId: 'E3820390001111',
    });
    await expectError(await app().request('/api/v1/auth/me'), 401, 'unauthorized');

    const stale = await app().request('/api/v1/auth/me', {
      headers: { Cookie: `machi_session=${'A'.repeat(43)}` },
    });
    await expectError(stale, 401, 'unauthorized');
    expect(stale.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^machi_session=;.*Max-Age=0/),
    ]);

    const headers = await signIn(app(), 'shelter-01');
    const me = await app().request('/api/v1/auth/me', { headers });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ account: { ...account, shelterId: 'E3820390001111' } });
  });

  it('logout deletes the session on the server, so the old cookie no longer works', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const headers = await signIn(app(), 'staff-a');
    const response = await app().request('/api/v1/auth/logout', { method: 'POST', headers });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(/^machi_session=;.*Max-Age=0/);
    expect(await db().query('select * from sessions')).toEqual([]);
    // A copy of the cookie kept elsewhere (another tab, an attacker) is dead too.
    await expectError(await app().request('/api/v1/auth/me', { headers }), 401, 'unauthorized');
    // Signing out twice, or without a session, is fine.
    expect((await app().request('/api/v1/auth/logout', { method: 'POST' })).status).toBe(204);
  });

  it('rejects a session past its absolute expiry or idle for two hours, and refreshes activity', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const headers = await signIn(app(), 'staff-a');
    const me = () => app().request('/api/v1/auth/me', { headers });

    await db().query(`update sessions set last_seen_at = now() - interval '119 minutes'`);
    expect((await me()).status).toBe(200);
    const [touched] = await db().query<{ recent: boolean }>(
      `select last_seen_at > now() - interval '1 minute' as recent from sessions`,
    );
    expect(touched?.recent).toBe(true);

    await db().query(`update sessions set last_seen_at = now() - interval '121 minutes'`);
    await expectError(await me(), 401, 'unauthorized');

    await db().query(
      `update sessions set last_seen_at = now(), created_at = now() - interval '13 hours',
                           expires_at = now() - interval '1 hour'`,
    );
    await expectError(await me(), 401, 'unauthorized');
  });

  it('cleans expired sessions at the next sign-in, and replaces the browser’s previous session', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    await createTestAccount(db(), { username: 'staff-b', role: 'staff' });
    const first = await signIn(app(), 'staff-a');
    const second = await signIn(app(), 'staff-b');
    await db().query(
      `update sessions set created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour'
       where id <> $1`,
      [sessionIdForToken(second.Cookie.split('=')[1] ?? '')],
    );
    const response = await app().request(
      '/api/v1/auth/login',
      login({ username: 'staff-b', password: TEST_PASSPHRASE }, { Cookie: second.Cookie }),
    );
    expect(response.status).toBe(200);
    const rows = await db().query<{ id: string }>('select id from sessions');
    expect(rows).toEqual([
      { id: sessionIdForToken(sessionCookieFrom(response)?.split('=')[1] ?? '') },
    ]);
    expect((await app().request('/api/v1/auth/me', { headers: first })).status).toBe(401);
  });

  it('rehashes a passphrase stored with older scrypt parameters at sign-in', async () => {
    const account = await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const old = await hashPassword(TEST_PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 });
    await db().query('update accounts set password_hash = $1 where id = $2', [old, account.id]);
    await signIn(app(), 'staff-a');
    const [row] = await db().query<{ password_hash: string }>('select password_hash from accounts');
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await signIn(app(), 'staff-a');
  });

  it('CSRF: a state-changing request with a session cookie must be same-origin', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const { Cookie } = await signIn(app(), 'staff-a');
    const logout = (headers: Record<string, string>, instance = app()) =>
      instance.request('/api/v1/auth/logout', { method: 'POST', headers: { Cookie, ...headers } });

    const crossOrigin: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Origin: 'http://localhost.evil.example' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://localhost' },
      { 'Sec-Fetch-Site': 'same-site' },
      {}, // no Origin, no Sec-Fetch-Site: fail closed
    ];
    for (const headers of crossOrigin) {
      const body = await expectError(await logout(headers), 403, 'csrf_rejected');
      expect(body.message).toMatchObject({ en: expect.stringContaining('other sites') });
    }
    // Nothing happened: the session is still alive.
    expect((await app().request('/api/v1/auth/me', { headers: { Cookie } })).status).toBe(200);
    // Behind a trusted proxy the public host comes from X-Forwarded-Host.
    const proxied = await logout(
      { Origin: 'https://city.example', 'X-Forwarded-Host': 'city.example' },
      app({ trustProxy: true }),
    );
    expect(proxied.status).toBe(204);
  });

  it('CSRF: same-origin requests pass, by Origin or by Sec-Fetch-Site', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const sameOrigin: Record<string, string>[] = [
      { Origin: 'http://localhost' },
      { 'Sec-Fetch-Site': 'same-origin' },
    ];
    for (const headers of sameOrigin) {
      const { Cookie } = await signIn(app(), 'staff-a');
      const response = await app().request('/api/v1/auth/logout', {
        method: 'POST',
        headers: { Cookie, ...headers },
      });
      expect(response.status).toBe(204);
    }
  });

  it('CSRF: another site cannot sign a browser in (login CSRF)', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const body = { username: 'staff-a', password: TEST_PASSPHRASE };
    const crossSite: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const response = await app().request('/api/v1/auth/login', login(body, headers));
      await expectError(response, 403, 'csrf_rejected');
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    // A client that is not a browser (no Origin, no Sec-Fetch-Site, no cookie) may sign in.
    const script = await app().request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(script.status).toBe(200);
  });

  it('logs sign-ins without usernames, passphrases or tokens', async () => {
    await createTestAccount(db(), { username: 'staff-secret', role: 'staff' });
    const before = log.text().length;
    const ok = await app().request(
      '/api/v1/auth/login',
      login({ username: 'staff-secret', password: TEST_PASSPHRASE }),
    );
    await app().request(
      '/api/v1/auth/login',
      login({ username: 'staff-secret', password: 'a wrong passphrase' }),
    );
    const text = log.text().slice(before);
    const token = sessionCookieFrom(ok)?.split('=')[1] ?? 'missing';
    expect(text).toContain('signed in');
    expect(text).toContain('sign-in failed');
    for (const secret of ['staff-secret', TEST_PASSPHRASE, 'a wrong passphrase', token]) {
      expect(text).not.toContain(secret);
    }
  });
});
