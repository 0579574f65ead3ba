// The shelter's session: the server's auth routes, plus the last known shelter kept on this device
// so the page and its outbox keep working when `/auth/me` cannot be reached (no signal at the
// shelter). The session cookie stays the only credential; what is stored here is not secret.

/** A signed-in account as `/api/v1/auth/me` answers it. */
export interface ShelterAccount {
  id: string;
  username: string;
  displayName: string;
  role: string;
  shelterId?: string;
}

/** The shelter this device reports for, as last confirmed by the server. */
export interface KnownShelter {
  account: ShelterAccount & { shelterId: string };
  /** The shelter's name from `GET /api/v1/shelters`, once known. */
  shelterName?: string;
  /** The data of the shelter's latest status report on the server, for 第n報 while offline. */
  lastStatus?: Record<string, unknown>;
  /** When the server last confirmed the session, ms since the epoch. */
  confirmedAt: number;
}

/** A failed auth request: its HTTP status (0 when the server could not be reached). */
export class ShelterAuthError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(`shelter auth failed with ${status}`);
  }
}

const storageKey = 'machi-dx:shelter-session';

async function call(path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/${path}`, { credentials: 'same-origin', ...init });
  } catch {
    throw new ShelterAuthError(0);
  }
  if (!response.ok) {
    const retry = Number(response.headers.get('retry-after'));
    throw new ShelterAuthError(
      response.status,
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  return response.status === 204 ? undefined : response.json().catch(() => undefined);
}

function accountOf(body: unknown): ShelterAccount {
  const account = (body as { account?: Record<string, unknown> } | undefined)?.account;
  if (!account || typeof account.id !== 'string') throw new ShelterAuthError(500);
  const username = String(account.username ?? '');
  return {
    id: account.id,
    username,
    displayName: String(account.displayName ?? username),
    role: String(account.role ?? ''),
    ...(typeof account.shelterId === 'string' ? { shelterId: account.shelterId } : {}),
  };
}

/** Whether an account may report for a shelter (role `shelter`, bound to one). */
export function isShelterAccount(
  account: ShelterAccount,
): account is ShelterAccount & { shelterId: string } {
  return account.role === 'shelter' && typeof account.shelterId === 'string';
}

/** Signs in with the shelter's code and passphrase; rejects 401 (wrong) or 429 (too many). */
export async function signIn(code: string, passphrase: string): Promise<ShelterAccount> {
  return accountOf(
    await call('auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: code, password: passphrase }),
    }),
  );
}

/** The signed-in account; rejects 401 when signed out and 0 when the server is unreachable. */
export async function currentAccount(): Promise<ShelterAccount> {
  return accountOf(await call('auth/me'));
}

/** Signs out (succeeds when already signed out). */
export async function signOut(): Promise<void> {
  await call('auth/logout', { method: 'POST' });
}

/** The shelter's name from the list the server gives a shelter account (its own shelter). */
export async function fetchShelterName(shelterId: string): Promise<string | undefined> {
  const body = (await call('shelters')) as
    | { shelters?: { nationalShelterId?: string; name?: string }[] }
    | undefined;
  return body?.shelters?.find((shelter) => shelter.nationalShelterId === shelterId)?.name;
}

/** The data of the shelter's latest status report on the server (for 第n報), if any. */
export async function fetchLatestStatus(
  shelterId: string,
): Promise<Record<string, unknown> | undefined> {
  const body = (await call(
    `shelters/${encodeURIComponent(shelterId)}/reports?kind=status&limit=1`,
  )) as { reports?: { data?: Record<string, unknown> }[] } | undefined;
  return body?.reports?.[0]?.data;
}

/** The last shelter confirmed on this device, if any. */
export function loadKnownShelter(): KnownShelter | undefined {
  try {
    const value = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as unknown;
    const known = value as KnownShelter | null;
    return known && typeof known.account?.shelterId === 'string' && known.account.role === 'shelter'
      ? known
      : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the shelter (after the server confirmed the session). */
export function saveKnownShelter(known: KnownShelter): void {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(known));
  } catch {
    // Storage blocked or full: the page still works while online.
  }
}

/** Forgets the shelter (after signing out, or when the server says the session is gone). */
export function forgetKnownShelter(): void {
  try {
    window.localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
}

/** The shelter of a freshly confirmed account, keeping what was known of the same shelter. */
export function confirmShelter(
  account: ShelterAccount & { shelterId: string },
  previous: KnownShelter | undefined = loadKnownShelter(),
): KnownShelter {
  const same = previous?.account.shelterId === account.shelterId ? previous : undefined;
  const known: KnownShelter = {
    ...(same?.shelterName ? { shelterName: same.shelterName } : {}),
    ...(same?.lastStatus ? { lastStatus: same.lastStatus } : {}),
    account,
    confirmedAt: Date.now(),
  };
  saveKnownShelter(known);
  return known;
}

/**
 * The session on page load: the server's answer when it can be reached; the last known shelter
 * when it cannot (offline, or a 5xx from a proxy while the server is down); signed out on a 401.
 */
export async function resolveSession(): Promise<
  | { status: 'signedIn'; known: KnownShelter; offline: boolean }
  | { status: 'wrongRole'; account: ShelterAccount }
  | { status: 'signedOut'; expired: boolean }
> {
  const stored = loadKnownShelter();
  try {
    const account = await currentAccount();
    if (!isShelterAccount(account)) return { status: 'wrongRole', account };
    const known = confirmShelter(account, stored);
    return { status: 'signedIn', known, offline: false };
  } catch (error) {
    if (!(error instanceof ShelterAuthError)) throw error;
    if (error.status === 401) {
      forgetKnownShelter();
      return { status: 'signedOut', expired: stored !== undefined };
    }
    if (stored) return { status: 'signedIn', known: stored, offline: true };
    return { status: 'signedOut', expired: false };
  }
}
