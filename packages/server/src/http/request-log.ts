import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './env.ts';

const SAFE_REQUEST_ID = /^[\w-]{1,128}$/;

/**
 * Gives each request an id (`X-Request-Id`; a proxy's own id is kept only when trusted) and a
 * child logger, then logs one line per response: method, route pattern, status, duration. Never
 * the raw path (references, tokens), query string, body, cookies, headers or client address.
 */
export function requestLog(options: {
  logger: Logger;
  trustProxy: boolean;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = options.trustProxy ? c.req.header('X-Request-Id') : undefined;
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const logger = options.logger.child({ reqId: requestId });
    c.set('requestId', requestId);
    c.set('logger', logger);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const status = c.res.status;
    const line = {
      method: c.req.method,
      route: c.get('logRoute') ?? routePattern(c.req.routePath),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request');
  };
}

/** Wildcard patterns only match middleware, i.e. no route handled the request. */
function routePattern(pattern: string): string {
  return pattern === '*' || pattern === '/*' || pattern.endsWith('/*') ? '(unmatched)' : pattern;
}
