import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/** The Content-Security-Policy on every response: same-origin only, no inline script or style. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
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
