import type { Db } from '../db/types.ts';
import type { Logger } from '../logger.ts';

/** Values every request handler can read with `c.get(…)`. */
export interface AppVariables {
  /** The database (use `db.transaction` for multi-statement writes). */
  db: Db;
  /** A child logger carrying this request's id. */
  logger: Logger;
  /** This request's id, also sent back as `X-Request-Id`. */
  requestId: string;
  /** Whether the client connected over HTTPS (X-Forwarded-Proto counts only with `trustProxy`); for `Secure` cookies. */
  https: boolean;
  /** A label for the request log when there is no route pattern (e.g. `static`). */
  logRoute?: string;
}

/** The Hono environment of the app: see {@link AppVariables}. */
export interface AppEnv {
  Variables: AppVariables;
}
