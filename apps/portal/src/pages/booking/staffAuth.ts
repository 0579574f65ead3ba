// Sign-in against the server's auth routes directly: `@machi-dx/booking`'s `staff.login`/`me`
// read `{ staff }` while `@machi-dx/server` answers `{ account: { id, username, displayName } }`
// (reported upstream); the schedule and availability still go through the booking client.

/** The signed-in staff member, as the portal shows it. */
export interface StaffAccount {
  id: string;
  username: string;
  name: string;
}

/** A failed auth request: its HTTP status (0 offline) and `Retry-After` seconds if any. */
export class StaffAuthError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(`staff auth failed with ${status}`);
  }
}

async function call(path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/auth/${path}`, { credentials: 'same-origin', ...init });
  } catch {
    throw new StaffAuthError(0);
  }
  if (!response.ok) {
    const retry = Number(response.headers.get('retry-after'));
    throw new StaffAuthError(
      response.status,
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  return response.status === 204 ? undefined : response.json().catch(() => undefined);
}

function accountOf(body: unknown): StaffAccount {
  const account = (body as { account?: Record<string, unknown> } | undefined)?.account;
  if (!account || typeof account.id !== 'string') throw new StaffAuthError(500);
  const username = String(account.username ?? '');
  return { id: account.id, username, name: String(account.displayName ?? username) };
}

/** Signs in; rejects with 401 for wrong credentials and 429 after too many attempts. */
export async function signIn(username: string, password: string): Promise<StaffAccount> {
  return accountOf(
    await call('login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }),
  );
}

/** The signed-in staff member; rejects 401 when signed out. */
export async function currentStaff(): Promise<StaffAccount> {
  return accountOf(await call('me'));
}

/** Signs out (succeeds when already signed out). */
export async function signOut(): Promise<void> {
  await call('logout', { method: 'POST' });
}
