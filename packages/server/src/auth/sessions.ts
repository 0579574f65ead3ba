import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { DbExecutor } from '../db/types.ts';
import type { AppEnv } from '../http/env.ts';
import { type Account, type AccountRow, accountFromRow } from './accounts.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'machi_session';

/** A session ends this long after sign-in, however active (12 hours: one working day). */
export const SESSION_ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

/** A session ends after this long without a request (2 hours: a shared counter PC left signed in). */
export const SESSION_IDLE_TIMEOUT_SECONDS = 2 * 60 * 60;

/** last_seen_at is written at most once a minute, so reading pages is not a write per request. */
const TOUCH_INTERVAL_SECONDS = 60;

/** A session cookie's token: 32 random bytes, base64url (43 characters). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A valid session and the account it belongs to. */
export interface Session {
  /** SHA-256 (hex) of the token: the row id, safe to log or compare. */
  id: string;
  account: Account;
  /** The absolute expiry. */
  expiresAt: Date;
}

/** SHA-256 (hex) of a session token: only this is stored, never the token. */
export function sessionIdForToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session for an account and returns the token for the cookie (256 random bits). */
export async function createSession(
  db: DbExecutor,
  accountId: string,
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdForToken(token);
  const [row] = await db.query<{ expires_at: Date }>(
    `insert into sessions (id, account_id, expires_at)
     values ($1, $2, now() + make_interval(secs => $3))
     returning expires_at`,
    [id, accountId, SESSION_ABSOLUTE_TIMEOUT_SECONDS],
  );
  if (!row) throw new Error('insert into sessions returned no row');
  return { token, id, expiresAt: row.expires_at };
}

/**
 * The session a token opens, or undefined when it is unknown, past its absolute or idle expiry,
 * or its account is disabled. Refreshes last_seen_at (at most once a minute).
 */
export async function findSession(db: DbExecutor, token: string): Promise<Session | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const id = sessionIdForToken(token);
  const [row] = await db.query<AccountRow & { expires_at: Date; stale: boolean }>(
    `select a.id, a.username, a.display_name, a.role, a.shelter_id, s.expires_at,
            s.last_seen_at < now() - make_interval(secs => $3) as stale
     from sessions s join accounts a on a.id = s.account_id
     where s.id = $1 and s.expires_at > now()
       and s.last_seen_at > now() - make_interval(secs => $2)
       and not a.disabled`,
    [id, SESSION_IDLE_TIMEOUT_SECONDS, TOUCH_INTERVAL_SECONDS],
  );
  if (!row) return undefined;
  if (row.stale) await db.query('update sessions set last_seen_at = now() where id = $1', [id]);
  return { id, account: accountFromRow(row), expiresAt: row.expires_at };
}

/** Deletes a session (sign-out); a token that opens nothing is ignored. */
export async function deleteSession(db: DbExecutor, token: string): Promise<void> {
  if (!TOKEN_PATTERN.test(token)) return;
  await db.query('delete from sessions where id = $1', [sessionIdForToken(token)]);
}

/** Deletes every session of an account (after a passphrase change or when disabling it). */
export async function deleteSessionsOfAccount(db: DbExecutor, accountId: string): Promise<number> {
  const rows = await db.query('delete from sessions where account_id = $1 returning id', [
    accountId,
  ]);
  return rows.length;
}

/** Deletes sessions past their absolute or idle expiry; run opportunistically (at sign-in). */
export async function deleteExpiredSessions(db: DbExecutor): Promise<number> {
  const rows = await db.query(
    `delete from sessions
     where expires_at <= now() or last_seen_at <= now() - make_interval(secs => $1)
     returning id`,
    [SESSION_IDLE_TIMEOUT_SECONDS],
  );
  return rows.length;
}

/** The session token the request carries, if any (not yet checked). */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

/**
 * Sets the session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on
 * cross-site POSTs), Path=/, Secure when the request came over HTTPS, and Max-Age = the absolute
 * timeout so the browser drops it when the server would refuse it anyway.
 */
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('https'),
    maxAge: SESSION_ABSOLUTE_TIMEOUT_SECONDS,
  });
}

/** Tells the browser to forget the session cookie (same attributes, Max-Age=0). */
export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('https'),
  });
}
