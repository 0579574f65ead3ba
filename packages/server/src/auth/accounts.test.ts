import { PassThrough } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { expect, it } from 'vitest';
import { type ApiModule, createApp } from '../app.ts';
import { runCreateAccount } from '../cli/create-account.ts';
import { ConfigError } from '../config.ts';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import { ApiError } from '../errors.ts';
import { createTestAccount, SAME_ORIGIN, signIn, TEST_PASSPHRASE } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';
import { insertTestShelters } from '../testing/shelters.ts';
import { createAccount } from './accounts.ts';
import { verifyPassword } from './passwords.ts';
import { requireSession } from './require-session.ts';

/** Routes as later features guard them: any account, HQ only, and a write for staff. */
const guardedRoutes: ApiModule = (api) => {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/test/hq-only',
      middleware: [requireSession({ roles: ['hq'] })] as const,
      responses: {
        200: {
          description: 'ok',
          content: { 'application/json': { schema: z.object({ name: z.string() }) } },
        },
      },
    }),
    (c) => c.json({ name: c.get('account').displayName }, 200),
  );
  api.get('/test/anyone', requireSession(), (c) => c.json({ role: c.get('account').role }));
  api.post('/test/staff-write', requireSession({ roles: ['staff'] }), (c) =>
    c.json({ by: c.get('account').username }),
  );
};

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject({
    code,
    message: { ja: expect.any(String), en: expect.any(String) },
  });
}

async function expectRejected(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describeEachDb('accounts and requireSession', (db) => {
  const app = () =>
    createApp({ db: db(), logger: captureLogger().logger, modules: [guardedRoutes] });

  it('requireSession: 401 without a session, 403 for another role, 200 with c.get("account")', async () => {
    await createTestAccount(db(), { username: 'sample-hq', displayName: '本部', role: 'hq' });
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const hq = await signIn(app(), 'sample-hq');
    const staff = await signIn(app(), 'staff-a');

    await expectError(await app().request('/api/v1/test/hq-only'), 401, 'unauthorized');
    await expectError(
      await app().request('/api/v1/test/hq-only', { headers: staff }),
      403,
      'forbidden',
    );
    const ok = await app().request('/api/v1/test/hq-only', { headers: hq });
    expect(await ok.json()).toEqual({ name: '本部' });
    expect(await (await app().request('/api/v1/test/anyone', { headers: staff })).json()).toEqual({
      role: 'staff',
    });

    const write = (headers: Record<string, string>) =>
      app().request('/api/v1/test/staff-write', { method: 'POST', headers });
    await expectError(await write(SAME_ORIGIN), 401, 'unauthorized');
    await expectError(await write(hq), 403, 'forbidden');
    expect(await (await write(staff)).json()).toEqual({ by: 'staff-a' });
    // CSRF runs before the guard: a cross-origin write never reaches it.
    await expectError(
      await write({ Cookie: staff.Cookie, Origin: 'https://evil.example' }),
      403,
      'csrf_rejected',
    );
  });

  it('requireSession: a disabled account loses its sessions at once', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    const staff = await signIn(app(), 'staff-a');
    await db().query(`update accounts set disabled = true`);
    await expectError(
      await app().request('/api/v1/test/anyone', { headers: staff }),
      401,
      'unauthorized',
    );
  });

  it('createAccount stores a verifiable scrypt hash, never the passphrase', async () => {
    const account = await createAccount(db(), {
      username: 'ｈｑ-desk', // full-width input is normalised
      role: 'hq',
      password: TEST_PASSPHRASE,
    });
    expect(account).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      username: 'hq-desk',
      displayName: 'hq-desk',
      role: 'hq',
    });
    const [row] = await db().query<{ password_hash: string; sample: boolean }>(
      'select password_hash, sample from accounts',
    );
    expect(row?.sample).toBe(false);
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(await verifyPassword(TEST_PASSPHRASE, row?.password_hash ?? '')).toBe(true);
  });

  it('createAccount refuses a short passphrase, a bad username and a wrong shelter binding (422)', async () => {
    const error = await expectRejected(
      createAccount(db(), { username: 'x', role: 'shelter', password: 'short' }),
    );
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([
      expect.objectContaining({ path: 'username', code: 'invalid_format' }),
      expect.objectContaining({ path: 'shelterId', code: 'required' }),
      {
        path: 'password',
        code: 'too_small',
        message: {
          ja: expect.stringContaining('12文字以上'),
          en: expect.stringContaining('at least 12 characters'),
        },
      },
    ]);
    const staffWithShelter = await expectRejected(
      createAccount(db(), {
        username: 'staff-a',
        role: 'staff',
        shelterId: 'E3820390001111',
        password: TEST_PASSPHRASE,
      }),
    );
    expect(staffWithShelter.errors).toEqual([
      expect.objectContaining({ path: 'shelterId', code: 'not_allowed' }),
    ]);
    const badShelterId = await expectRejected(
      createAccount(db(), {
        username: 'shelter-a',
        role: 'shelter',
        shelterId: '38203000000001',
        password: TEST_PASSPHRASE,
      }),
    );
    expect(badShelterId.errors).toEqual([
      expect.objectContaining({ path: 'shelterId', code: 'invalid_format' }),
    ]);
    expect(await db().query('select * from accounts')).toEqual([]);
  });

  it('createAccount: usernames are unique regardless of case (409 username_taken)', async () => {
    await createTestAccount(db(), { username: 'Staff-A', role: 'staff' });
    const error = await expectRejected(
      createTestAccount(db(), { username: 'staff-a', role: 'hq' }),
    );
    expect(error.status).toBe(409);
    expect(error.code).toBe('username_taken');
  });

  it('the database itself refuses a shelter account without a shelter, or staff bound to one', async () => {
    const insert = (role: string, shelterId: string | null) =>
      db().query(
        `insert into accounts (username, display_name, role, shelter_id, password_hash)
         values ('direct', 'Direct', $1, $2, 'scrypt$16384$8$1$c2FsdA$aGFzaA')`,
        [role, shelterId],
      );
    for (const [role, shelterId] of [
      ['shelter', null],
      ['staff', 'E3820390001111'],
      ['admin', null],
      ['shelter', 'not-an-id'],
    ] as const) {
      const error = await insert(role, shelterId).catch((caught: unknown) => caught);
      expect(sqlErrorInfo(error).code).toBe(SqlState.checkViolation);
    }
    // The shelter must exist (0004_shelters.sql): import the master data before the accounts.
    const unknown = await insert('shelter', 'E3820390001111').catch((caught: unknown) => caught);
    expect(sqlErrorInfo(unknown)).toEqual({
      code: SqlState.foreignKeyViolation,
      constraint: 'accounts_shelter_exists',
    });
    await insertTestShelters(db(), ['E3820390001111']);
    await insert('shelter', 'E3820390001111');
  });

  it('createAccount refuses a shelter that is not imported (422 unknown_shelter)', async () => {
    const error = await expectRejected(
      createTestAccount(db(), {
        username: 'shelter-x',
        role: 'shelter',
        shelterId: 'E3820399999111',
      }),
    );
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([
      expect.objectContaining({ path: 'shelterId', code: 'unknown_shelter' }),
    ]);
    expect(await db().query('select * from accounts')).toEqual([]);
  });

  it('deleting an account deletes its sessions', async () => {
    await createTestAccount(db(), { username: 'staff-a', role: 'staff' });
    await signIn(app(), 'staff-a');
    await db().query('delete from accounts');
    expect(await db().query('select * from sessions')).toEqual([]);
  });

  it('CLI create-account: the passphrase comes from standard input, never an argument', async () => {
    const input = new PassThrough();
    input.end(`${TEST_PASSPHRASE}\nignored second line\n`);
    const output = new PassThrough();
    await insertTestShelters(db(), ['E3820390001111']);
    await runCreateAccount(
      ['--username', 'shelter-kita', '--role', 'shelter', '--shelter-id', 'E3820390001111'],
      db(),
      { input, output },
    );
    const printed = String(output.read());
    expect(printed).toMatch(
      /^created shelter account "shelter-kita" \(shelter-kita\) id [0-9a-f-]{36} for shelter E3820390001111\n$/,
    );
    expect(printed).not.toContain(TEST_PASSPHRASE);
    const response = await app().request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'shelter-kita', password: TEST_PASSPHRASE }),
    });
    expect(response.status).toBe(200);
  });

  it('CLI create-account: clear errors for bad options and a short passphrase', async () => {
    const run = (args: string[], stdin: string) => {
      const input = new PassThrough();
      input.end(stdin);
      return runCreateAccount(args, db(), { input, output: new PassThrough() });
    };
    await expect(run(['--username', 'a-b-c'], 'x')).rejects.toThrow(/--role are required/);
    await expect(run(['--username', 'abc', '--role', 'root'], 'x')).rejects.toThrow(
      /--role must be one of staff, hq, shelter/,
    );
    await expect(
      run(['--username', 'abc', '--role', 'hq', '--password', 'x'], 'x'),
    ).rejects.toThrow(ConfigError);
    await expect(run(['--username', 'abc', '--role', 'hq'], '')).rejects.toThrow(/no passphrase/);
    await expect(run(['--username', 'abc', '--role', 'hq'], 'too short\n')).rejects.toThrow(
      /password: The passphrase must be at least 12 characters/,
    );
    expect(await db().query('select * from accounts')).toEqual([]);
  });
});
