import type { App } from '../app.ts';
import { type Account, createAccount, type NewAccount } from '../auth/accounts.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import type { DbExecutor } from '../db/types.ts';

/** `app.request()` URLs are `http://localhost/…`: this Origin makes a request same-origin. */
export const SAME_ORIGIN = { Origin: 'http://localhost' } as const;

/** A passphrase long enough for {@link createAccount}. */
export const TEST_PASSPHRASE = 'correct horse battery staple';

/** Creates an account for a test (passphrase {@link TEST_PASSPHRASE} unless given). */
export function createTestAccount(
  db: DbExecutor,
  account: Partial<NewAccount> & Pick<NewAccount, 'username' | 'role'>,
): Promise<Account> {
  return createAccount(db, { password: TEST_PASSPHRASE, ...account });
}

/** The `name=value` part of the session cookie in a response, for a later `Cookie` header. */
export function sessionCookieFrom(response: Response): string | undefined {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    if (pair.startsWith(`${SESSION_COOKIE}=`)) return pair;
  }
  return undefined;
}

/**
 * Signs in through the API and returns headers for authenticated requests: the session `Cookie`
 * and a same-origin `Origin` (state-changing requests with a cookie need it, see CSRF).
 */
export async function signIn(
  app: App,
  username: string,
  password: string = TEST_PASSPHRASE,
): Promise<{ Cookie: string; Origin: string }> {
  const response = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...SAME_ORIGIN },
    body: JSON.stringify({ username, password }),
  });
  const cookie = sessionCookieFrom(response);
  if (response.status !== 200 || !cookie) {
    throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
  }
  return { Cookie: cookie, ...SAME_ORIGIN };
}
