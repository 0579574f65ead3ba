import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/** The default policy's directives, in order. */
const DEFAULT_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['connect-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Sources to add to the default policy, per directive (`{ 'worker-src': ["'self'", 'blob:'] }`). */
export type CspAdditions = Readonly<Record<string, readonly string[]>>;

/**
 * The default policy with `additions`: sources are appended to a directive the default has
 * (without duplicates), and a directive it lacks is added with exactly the given sources — so
 * give its fallback's sources too (`'self'`), since a new directive replaces the fallback.
 */
export function contentSecurityPolicy(additions: CspAdditions = {}): string {
  const directives = new Map<string, string[]>(
    DEFAULT_DIRECTIVES.map(([name, sources]) => [name, [...sources]]),
  );
  for (const [name, sources] of Object.entries(additions)) {
    if (!/^[a-z-]+$/.test(name) || sources.some((source) => /[\s;,]/.test(source))) {
      throw new TypeError(`not a CSP directive and sources: ${name} ${sources.join(' ')}`);
    }
    const list = directives.get(name) ?? [];
    for (const source of sources) if (!list.includes(source)) list.push(source);
    directives.set(name, list);
  }
  return [...directives].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The Content-Security-Policy on every response: same-origin only, no inline script or style. A
 * middleware may widen it for one response with `c.set('contentSecurityPolicy', …)` (the video
 * room does, for the Zoom SDK); every other response keeps this one.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  // Manage tokens travel in URL fragments, which are never sent; the path still may identify a
  // booking, so other origins get the origin only.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  // Camera and microphone for the video consultation panel, location for shelter damage reports.
  'Permissions-Policy': 'camera=(self), microphone=(self), geolocation=(self), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response — API, static files and errors alike. HSTS only over HTTPS:
 * sent on plain HTTP it is ignored at best, and it would pin a LAN dev server to HTTPS at worst.
 */
export function securityHeaders(options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const https = isHttpsRequest(c, options.trustProxy);
    c.set('https', https);
    await next();
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(HEADERS)) headers.set(name, value);
    headers.set(
      'Content-Security-Policy',
      c.get('contentSecurityPolicy') ?? CONTENT_SECURITY_POLICY,
    );
    if (https) headers.set('Strict-Transport-Security', HSTS);
  };
}

/** Did the client use HTTPS? Behind a trusted proxy its X-Forwarded-Proto says; otherwise the URL does. */
export function isHttpsRequest(c: Context, trustProxy: boolean): boolean {
  const forwardedProto = trustProxy
    ? c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase()
    : undefined;
  return forwardedProto ? forwardedProto === 'https' : new URL(c.req.url).protocol === 'https:';
}
