import type { MiddlewareHandler } from 'hono';
import type { SessionEnv } from '../auth/require-session.ts';
import { apiError } from '../errors.ts';

/**
 * After `requireSession({ roles: ['shelter', 'hq'] })` on a `/shelters/{nationalShelterId}/…`
 * route: a shelter account may only reach its own shelter (403 `forbidden` otherwise, before the
 * body is even read); HQ may reach every shelter.
 */
export function ownShelterOrHq(): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const account = c.get('account');
    if (account.role === 'shelter' && c.req.param('nationalShelterId') !== account.shelterId) {
      throw apiError('forbidden');
    }
    await next();
  };
}
