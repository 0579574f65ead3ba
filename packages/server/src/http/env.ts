import type { Account } from '../auth/accounts.ts';
import type { Session } from '../auth/sessions.ts';
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
  /** Whether headers from a reverse proxy (X-Forwarded-*) are trusted (the app's `trustProxy`). */
  trustProxy: boolean;
  /** Whether the client connected over HTTPS (X-Forwarded-Proto counts only with `trustProxy`); for `Secure` cookies. */
  https: boolean;
  /**
   * A Content-Security-Policy replacing the default on this response, set by a middleware before
   * the response is made (see `contentSecurityPolicy`); the default when unset.
   */
  contentSecurityPolicy?: string;
  /** A label for the request log when there is no route pattern (e.g. `static`). */
  logRoute?: string;
  /**
   * The client's IP address: the socket's, or the last `X-Forwarded-For` entry with `trustProxy`;
   * undefined when unknown (e.g. `app.request()` in tests). For rate-limit keys, never for logs.
   */
  clientIp: string | undefined;
  /** The signed-in account, set by `requireSession` (always present in routes it guards). */
  account?: Account;
  /** The current session, set by `requireSession`. */
  session?: Session;
}

/** The Hono environment of the app: see {@link AppVariables}. */
export interface AppEnv {
  Variables: AppVariables;
}
