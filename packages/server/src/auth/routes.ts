import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiModule } from '../app.ts';
import { apiError } from '../errors.ts';
import { rateLimitAddress } from '../http/client-ip.ts';
import { requestOrigin } from '../http/csrf.ts';
import type { AppEnv } from '../http/env.ts';
import {
  consumeRateLimit,
  deleteExpiredRateLimits,
  type RateLimitDecision,
  tooManyRequests,
} from '../http/rate-limit.ts';
import { errorResponses } from '../routes/schemas.ts';
import { findAccountForLogin, normalizeUsername, ROLES } from './accounts.ts';
import {
  hashPassword,
  passwordNeedsRehash,
  prepareDummyPassword,
  verifyDummyPassword,
  verifyPassword,
} from './passwords.ts';
import { requireSession } from './require-session.ts';
import {
  clearSessionCookie,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  SESSION_COOKIE,
  sessionToken,
  setSessionCookie,
} from './sessions.ts';

/** Failed sign-ins allowed per username and per client address in {@link LOGIN_WINDOW_SECONDS}. */
export const LOGIN_LIMITS = Object.freeze({ perUsername: 5, perClientAddress: 20 });

/** The sliding window the sign-in limits count failures in (15 minutes). */
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/** Name of the OpenAPI security scheme for the session cookie; use it in `security` of a route. */
export const SESSION_SECURITY_SCHEME = 'sessionCookie';

const AccountSchema = z
  .object({
    id: z.uuid(),
    username: z.string().openapi({ example: 'sample-welfare' }),
    displayName: z.string().openapi({ example: '生活保護相談 担当（サンプル）' }),
    role: z.enum(ROLES),
    shelterId: z
      .string()
      .optional()
      .openapi({ description: 'Only for `shelter` accounts.', example: 'E3820390001111' }),
  })
  .openapi('Account');

const AccountResponseSchema = z.object({ account: AccountSchema }).openapi('AccountResponse');

const LoginSchema = z
  .strictObject({
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(1024),
  })
  .openapi('LoginRequest');

const security = [{ [SESSION_SECURITY_SCHEME]: [] }];

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in',
  description: `Starts a session and sets the \`${SESSION_COOKIE}\` cookie (HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS). Unknown usernames and wrong passphrases get the same 401. After ${LOGIN_LIMITS.perUsername} failures for one username or ${LOGIN_LIMITS.perClientAddress} from one client address within ${LOGIN_WINDOW_SECONDS / 60} minutes: 429 with \`Retry-After\`.`,
  request: {
    body: { required: true, content: { 'application/json': { schema: LoginSchema } } },
  },
  responses: {
    200: {
      description: 'Signed in; the session cookie is set',
      headers: { 'Set-Cookie': { schema: { type: 'string' }, description: 'The session cookie' } },
      content: { 'application/json': { schema: AccountResponseSchema } },
    },
    ...errorResponses(400, 401, 403, 415, 422, 429),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'Sign out',
  description:
    'Ends the session on the server and clears the cookie. Answers 204 even without a session.',
  security,
  responses: { 204: { description: 'Signed out' }, ...errorResponses(403) },
});

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The signed-in account',
  security,
  middleware: [requireSession()] as const,
  responses: {
    200: {
      description: 'The account of the current session',
      content: { 'application/json': { schema: AccountResponseSchema } },
    },
    ...errorResponses(401),
  },
});

/**
 * `POST /auth/login`, `POST /auth/logout`, `GET /auth/me` and the `sessionCookie` security scheme.
 * {@link createApp} adds it by default.
 */
export const authModule: ApiModule = (api) => {
  void prepareDummyPassword();
  api.openAPIRegistry.registerComponent('securitySchemes', SESSION_SECURITY_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Session cookie set by `POST /api/v1/auth/login`.',
  });

  api.openapi(loginRoute, async (c) => {
    // Login CSRF: another site must not sign a browser into an account of its choosing. Requests
    // without Origin and Sec-Fetch-Site (not from a browser) pass; they cannot ride a victim.
    if (requestOrigin(c, c.get('trustProxy')) === 'cross') throw apiError('csrf_rejected');
    const db = c.get('db');
    const { username, password } = c.req.valid('json');
    const limits = await consumeLoginLimits(c, username);

    const account = await findAccountForLogin(db, username);
    const valid = account
      ? (await verifyPassword(password, account.password_hash)) && !account.disabled
      : await verifyDummyPassword(password);
    if (!account || !valid) {
      c.get('logger').info({ event: 'login_failed' }, 'sign-in failed');
      throw apiError('invalid_credentials');
    }

    // Only failures count: give back what this attempt consumed.
    await Promise.all(limits.map((limit) => limit.refund()));
    if (passwordNeedsRehash(account.password_hash)) {
      await db.query('update accounts set password_hash = $2, updated_at = now() where id = $1', [
        account.id,
        await hashPassword(password),
      ]);
    }
    await deleteExpiredSessions(db);
    await deleteExpiredRateLimits(db);
    // A fresh token on every sign-in; the browser's previous session, if any, ends here.
    const previous = sessionToken(c);
    if (previous) await deleteSession(db, previous);
    const session = await createSession(db, account.id);
    setSessionCookie(c, session.token);
    c.get('logger').info({ event: 'login', accountId: account.id }, 'signed in');
    return c.json(
      {
        account: {
          id: account.id,
          username: account.username,
          displayName: account.display_name,
          role: account.role,
          ...(account.shelter_id ? { shelterId: account.shelter_id } : {}),
        },
      },
      200,
    );
  });

  api.openapi(logoutRoute, async (c) => {
    const token = sessionToken(c);
    if (token) await deleteSession(c.get('db'), token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  api.openapi(meRoute, (c) => c.json({ account: c.get('account') }, 200));
};

/**
 * Counts this attempt against the per-address and per-username limits before the passphrase is
 * checked, so parallel guesses cannot all slip through; 429 when either is exhausted. The
 * username limit counts unknown usernames too, so a 429 reveals nothing about which exist.
 */
async function consumeLoginLimits(
  c: Context<AppEnv>,
  username: string,
): Promise<RateLimitDecision[]> {
  const db = c.get('db');
  const window = LOGIN_WINDOW_SECONDS;
  const decisions: RateLimitDecision[] = [];
  const ip = c.get('clientIp');
  // Without a known address (in-process requests) a per-address limit would throttle everyone.
  if (ip) {
    const key = `login:ip:${rateLimitAddress(ip)}`;
    decisions.push(
      await consumeRateLimit(db, {
        key,
        limit: LOGIN_LIMITS.perClientAddress,
        windowSeconds: window,
      }),
    );
  }
  const user = normalizeUsername(username).toLowerCase();
  decisions.push(
    await consumeRateLimit(db, {
      key: `login:user:${user}`,
      limit: LOGIN_LIMITS.perUsername,
      windowSeconds: window,
    }),
  );
  const refused = decisions.filter((decision) => !decision.allowed);
  if (refused.length > 0) {
    await Promise.all(decisions.map((decision) => decision.refund()));
    c.get('logger').warn({ event: 'login_rate_limited' }, 'sign-in rate limit reached');
    throw tooManyRequests(Math.max(...refused.map((decision) => decision.retryAfterSeconds)));
  }
  return decisions;
}
