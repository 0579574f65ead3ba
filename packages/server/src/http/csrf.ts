import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { apiError } from '../errors.ts';
import type { AppEnv } from './env.ts';

/** Methods that only read; everything else (POST, PUT, PATCH, DELETE, …) changes state. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Where a request came from, as far as the browser tells: same origin, another site, or unknown. */
export type RequestOrigin = 'same' | 'cross' | 'unknown';

/**
 * Classifies a request by `Sec-Fetch-Site` (every current browser sends it) or else `Origin`.
 * `same-origin` and `none` (typed or bookmarked by the user) count as same; a `null` Origin or one
 * whose host differs from the request's host (`X-Forwarded-Host` with `trustProxy`) as cross.
 * Only the host is compared: a TLS-terminating proxy without `X-Forwarded-Proto` must not turn
 * every same-site request into a cross-origin one.
 */
export function requestOrigin(c: Context, trustProxy: boolean): RequestOrigin {
  const fetchSite = c.req.header('Sec-Fetch-Site')?.trim().toLowerCase();
  if (fetchSite) return fetchSite === 'same-origin' || fetchSite === 'none' ? 'same' : 'cross';
  const origin = c.req.header('Origin')?.trim();
  if (!origin) return 'unknown';
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return 'cross'; // "null" (sandboxed frames, some redirects) and garbage
  }
  return originHost === requestHost(c, trustProxy) ? 'same' : 'cross';
}

/**
 * CSRF protection for cookie sessions: a state-changing request (any method but GET, HEAD,
 * OPTIONS) that carries a session cookie must come from this origin, or it gets 403
 * `csrf_rejected` before any handler runs. Fails closed: without `Sec-Fetch-Site` and `Origin`
 * (which browsers always send on such requests) it is refused too, so a script using a cookie
 * must send `Origin`. Requests without the cookie (Bearer manage tokens) are not affected.
 * SameSite=Lax already stops most cross-site posts; this also covers sibling subdomains and old
 * browsers.
 */
export function csrfProtection(options: {
  cookieName: string;
  trustProxy: boolean;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method) && getCookie(c, options.cookieName) !== undefined) {
      if (requestOrigin(c, options.trustProxy) !== 'same') throw apiError('csrf_rejected');
    }
    await next();
  };
}

function requestHost(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim()
    : undefined;
  // Under @hono/node-server the URL is built from the Host header.
  return (forwarded || new URL(c.req.url).host).toLowerCase();
}
