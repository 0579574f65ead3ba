import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';
import type { AppEnv, AppVariables } from '../http/env.ts';
import type { Account, Role } from './accounts.ts';
import { clearSessionCookie, findSession, type Session, sessionToken } from './sessions.ts';

/** The Hono environment inside routes guarded by {@link requireSession}: `account` is always set. */
export interface SessionEnv extends AppEnv {
  Variables: AppVariables & { account: Account; session: Session };
}

/** Options for {@link requireSession}. */
export interface RequireSessionOptions {
  /** Roles allowed through; any signed-in account when absent. Others get 403 `forbidden`. */
  roles?: readonly Role[];
}

// One lookup per request, however many guards and helpers ask.
const lookups = new WeakMap<Request, Promise<Session | undefined>>();

/**
 * The request's valid session, or undefined (no cookie, unknown, expired or disabled account).
 * For routes that accept a session **or** something else (a booking's manage token); routes that
 * need a session use {@link requireSession}.
 */
export function getSession(c: Context<AppEnv>): Promise<Session | undefined> {
  let lookup = lookups.get(c.req.raw);
  if (!lookup) {
    const token = sessionToken(c);
    lookup = token ? findSession(c.get('db'), token) : Promise.resolve(undefined);
    lookups.set(c.req.raw, lookup);
  }
  return lookup;
}

/**
 * Middleware for routes that need a signed-in account: 401 `unauthorized` without a valid session
 * (and a stale cookie is cleared), 403 `forbidden` when the role is not in `roles`. Sets
 * `c.get('account')` and `c.get('session')`. Works in `createRoute({ middleware })` and `api.use`.
 *
 * ```ts
 * api.openapi(createRoute({ …, middleware: [requireSession({ roles: ['hq'] })] as const }), (c) =>
 *   c.json({ hello: c.get('account').displayName }, 200));
 * ```
 */
export function requireSession(options: RequireSessionOptions = {}): MiddlewareHandler<SessionEnv> {
  const roles = options.roles ? new Set<Role>(options.roles) : undefined;
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const session = await getSession(c);
    if (!session) {
      // The error response is built on this context, so it carries the Set-Cookie that forgets
      // a dead cookie (the SPA then stops sending it).
      if (sessionToken(c) !== undefined) clearSessionCookie(c);
      throw apiError('unauthorized');
    }
    if (roles && !roles.has(session.account.role)) throw apiError('forbidden');
    c.set('session', session);
    c.set('account', session.account);
    await next();
  };
  // Typed for the routes after it, where `account` is set; it runs on the plain app context.
  return middleware as unknown as MiddlewareHandler<SessionEnv>;
}
