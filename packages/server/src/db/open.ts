import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Db } from './types.ts';

/** Where {@link openDb} opens the database. */
export interface OpenDbOptions {
  /** Postgres connection string; when set, postgres.js is used. */
  databaseUrl?: string;
  /** Directory for the embedded PGlite database (in `<dataDir>/pglite`); in memory when absent. */
  dataDir?: string;
  /** Postgres connection pool size per server instance (default 10). */
  maxConnections?: number;
}

/** Opens Postgres when `databaseUrl` is set, embedded PGlite otherwise. */
export function openDb(options: OpenDbOptions = {}): Promise<Db> {
  if (options.databaseUrl) {
    return openPostgres(
      options.databaseUrl,
      options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections },
    );
  }
  return openPglite(options.dataDir);
}
