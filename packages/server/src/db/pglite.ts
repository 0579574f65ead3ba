import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lockFile } from './directory-lock.ts';
import { type DriverOperations, guardedDb } from './guarded-db.ts';
import type { Db } from './types.ts';

const DATE_OID = 1082;

/** Opens embedded PGlite with btree_gist: on disk under `<dataDir>/pglite`, or in memory without a dataDir. */
export async function openPglite(dataDir?: string): Promise<Db> {
  // Loaded on demand so a Postgres deployment never pays for the WebAssembly build.
  const [{ PGlite }, { btree_gist }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
  ]);
  let releaseLock = () => {};
  let location = 'memory://';
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    location = join(dataDir, 'pglite');
    releaseLock = lockFile(`${location}.lock`, `the PGlite database in ${dataDir}`);
  }
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = await PGlite.create(location, {
      extensions: { btree_gist },
      // Calendar dates stay 'YYYY-MM-DD' strings: a Date at UTC midnight is a time-zone trap in Tokyo.
      parsers: { [DATE_OID]: (value: string) => value },
    });
  } catch (error) {
    releaseLock();
    throw error;
  }

  const driver: DriverOperations = {
    query: async (sql, params) => (await pg.query<Record<string, unknown>>(sql, params)).rows,
    exec: async (sql) => {
      await pg.exec(sql);
    },
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          query: async (sql, params) => (await tx.query<Record<string, unknown>>(sql, params)).rows,
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    listen: async (channel, handler) => {
      const unsubscribe = await pg.listen(channel, handler);
      return () => unsubscribe();
    },
    notify: async (channel, payload) => {
      await pg.query('select pg_notify($1, $2)', [channel, payload]);
    },
    close: async () => {
      try {
        await pg.close();
      } finally {
        releaseLock();
      }
    },
  };
  return guardedDb('pglite', driver);
}
