import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { DbExecutor } from '../db/types.ts';
import { type ApiError, apiError } from '../errors.ts';
import type { AppEnv } from './env.ts';

/** One limit: at most `limit` counted requests per `windowSeconds`, per key. */
export interface RateLimitRule {
  /**
   * What is counted, namespaced by its purpose (`video-token:ip:203.0.113.5`). Stored only as
   * its SHA-256, so an IP address or a mistyped username never lands in the database.
   */
  key: string;
  /** Requests allowed in any window of `windowSeconds` (at least 1). */
  limit: number;
  /** Window length in seconds (at least 1). */
  windowSeconds: number;
}

/** The answer of {@link consumeRateLimit}. */
export interface RateLimitDecision {
  /** False when this request would exceed the limit; it was then not counted. */
  allowed: boolean;
  /** When refused: seconds until a request would be allowed again (for `Retry-After`); else 0. */
  retryAfterSeconds: number;
  /** Takes back an allowed request (e.g. a sign-in that succeeded, when only failures count). */
  refund(): Promise<void>;
}

/** Options for the {@link rateLimit} middleware. */
export interface RateLimitOptions {
  /** The key of a request (namespace it, e.g. `bookings:ip:${ip}`); undefined skips the limit. */
  key: (c: Context<AppEnv>) => string | undefined | Promise<string | undefined>;
  /** Requests allowed per window. */
  limit: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

/** Deleting rows past their last use is opportunistic: about one request in this many does it. */
const CLEANUP_EVERY = 100;

/**
 * Counts one request against a limit, in the database so every server instance shares the count.
 * The estimate slides: the previous fixed window's count is weighted by how much of it still
 * overlaps the last `windowSeconds`, so a burst at a window boundary cannot double the limit.
 * Concurrent requests are counted atomically (an upsert), so N parallel requests let at most
 * `limit` through. A refused request is not counted, so `retryAfterSeconds` stays true.
 */
export async function consumeRateLimit(
  db: DbExecutor,
  rule: RateLimitRule,
): Promise<RateLimitDecision> {
  checkRule(rule);
  const key = hashKey(rule.key);
  const [row] = await db.query<{
    current: number;
    previous: number;
    elapsed: number;
    window_start: Date;
  }>(
    `with clock as (
       select extract(epoch from statement_timestamp())::float8 as now_s
     ), win as (
       select to_timestamp(floor(now_s / $2::float8) * $2::float8) as start,
              now_s - floor(now_s / $2::float8) * $2::float8 as elapsed
       from clock
     ), hit as (
       insert into rate_limits (key, window_start, count, expires_at)
       select $1, start, 1, start + make_interval(secs => 2 * $2::float8) from win
       on conflict (key, window_start) do update set count = rate_limits.count + 1
       returning count, window_start
     )
     select hit.count as current, hit.window_start, win.elapsed,
            coalesce(previous.count, 0) as previous
     from hit cross join win
     left join rate_limits previous
       on previous.key = $1 and previous.window_start = win.start - make_interval(secs => $2::float8)`,
    [key, rule.windowSeconds],
  );
  if (!row) throw new Error('rate limit upsert returned no row');
  const windowStart = row.window_start;
  let refunded = false;
  const refund = async () => {
    if (refunded) return;
    refunded = true;
    await db.query(
      'update rate_limits set count = count - 1 where key = $1 and window_start = $2 and count > 0',
      [key, windowStart],
    );
  };
  const current = Number(row.current);
  const previous = Number(row.previous);
  const elapsed = Number(row.elapsed);
  const estimate = previous * (1 - elapsed / rule.windowSeconds) + current;
  if (estimate <= rule.limit) return { allowed: true, retryAfterSeconds: 0, refund };
  await refund();
  return {
    allowed: false,
    retryAfterSeconds: retryAfterSeconds({
      previous,
      current: current - 1,
      elapsed,
      windowSeconds: rule.windowSeconds,
      limit: rule.limit,
    }),
    refund: async () => {},
  };
}

/**
 * Seconds until one more request fits under the sliding estimate, given the counts without it:
 * first within the current window as the previous window's weight fades, else in the next window
 * as the current window's count fades. At least 1, at most two windows.
 */
export function retryAfterSeconds(input: {
  previous: number;
  current: number;
  elapsed: number;
  windowSeconds: number;
  limit: number;
}): number {
  const { previous, current, elapsed, windowSeconds: w, limit } = input;
  const room = limit - 1 - current; // what the faded previous window may still weigh
  let wait: number;
  if (room < 0) {
    // The current window alone is full: wait for it to end, then for its weight to fade.
    wait = w - elapsed + Math.max(0, w * (1 - (limit - 1) / current));
  } else if (previous > 0) {
    // previous·(1 − t/w) ≤ room from t = w·(1 − room/previous) on, within this window.
    wait = w * (1 - room / previous) - elapsed;
  } else {
    wait = 0;
  }
  return Math.min(2 * w, Math.max(1, Math.ceil(wait)));
}

/** Deletes counters no estimate looks at any more; run opportunistically. */
export async function deleteExpiredRateLimits(db: DbExecutor): Promise<number> {
  const rows = await db.query('delete from rate_limits where expires_at <= now() returning key');
  return rows.length;
}

/**
 * Middleware limiting requests per key, counted in the database (shared by every instance):
 * over the limit it answers 429 `too_many_requests` in the error shape with `Retry-After`.
 *
 * ```ts
 * // Before the route: Hono runs handlers in the order they were added.
 * api.use('/video/token', rateLimit({
 *   key: (c) => { const ip = c.get('clientIp'); return ip && `video-token:ip:${rateLimitAddress(ip)}`; },
 *   limit: 30,
 *   windowSeconds: 60,
 * }));
 * ```
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  checkRule({ key: '', limit: options.limit, windowSeconds: options.windowSeconds });
  return async (c, next) => {
    const key = await options.key(c);
    if (key === undefined) return next();
    const db = c.get('db');
    const decision = await consumeRateLimit(db, {
      key,
      limit: options.limit,
      windowSeconds: options.windowSeconds,
    });
    if (Math.random() * CLEANUP_EVERY < 1) {
      // Housekeeping must never fail the request it rides on.
      await deleteExpiredRateLimits(db).catch((error: unknown) =>
        c.get('logger').warn({ err: error }, 'rate limit cleanup failed'),
      );
    }
    if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds);
    await next();
  };
}

/** A 429 `too_many_requests` error with `Retry-After` in seconds. */
export function tooManyRequests(retryAfterSeconds: number): ApiError {
  return apiError('too_many_requests', {
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function checkRule(rule: RateLimitRule) {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) {
    throw new RangeError(`rate limit must be an integer ≥ 1 (got ${rule.limit})`);
  }
  if (!Number.isInteger(rule.windowSeconds) || rule.windowSeconds < 1) {
    throw new RangeError(`rate limit window must be whole seconds ≥ 1 (got ${rule.windowSeconds})`);
  }
}
