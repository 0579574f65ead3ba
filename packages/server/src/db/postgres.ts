import { type DriverOperations, guardedDb } from './guarded-db.ts';
import type { Db, Row } from './types.ts';

/** Options for the postgres.js driver. */
export interface PostgresOptions {
  /** Connection pool size per server instance (default 10). */
  maxConnections?: number;
}

const INT8_OID = 20;
const DATE_OID = 1082;

/** Connects to Postgres with postgres.js, with the same value types PGlite returns; fails fast if unreachable. */
export async function openPostgres(
  databaseUrl: string,
  options: PostgresOptions = {},
): Promise<Db> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(databaseUrl, {
    max: options.maxConnections ?? 10,
    onnotice: () => {}, // "already exists, skipping" from idempotent DDL is not news
    connection: { application_name: 'machi-dx-server' },
    types: {
      // PGlite returns int8 (count(*), bigserial) as a number; match it so SQL behaves alike on both.
      int8: { to: INT8_OID, from: [INT8_OID], serialize: String, parse: Number },
      // Calendar dates stay 'YYYY-MM-DD' strings: a Date at UTC midnight is a time-zone trap in Tokyo.
      date: {
        to: DATE_OID,
        from: [DATE_OID],
        serialize: (value: unknown) =>
          value instanceof Date ? value.toISOString().slice(0, 10) : String(value),
        parse: (value: string) => value,
      },
    },
  });
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({ timeout: 0 }).catch(() => {});
    throw new Error(
      `could not connect to Postgres at ${describeTarget(databaseUrl)}: ${(error as Error).message}`,
      { cause: error },
    );
  }

  type Executor = Pick<typeof sql, 'unsafe'>;
  const run = (executor: Executor): Pick<DriverOperations, 'query' | 'exec'> => ({
    // biome-ignore lint/suspicious/noExplicitAny: postgres.js types parameters as its own value union
    query: async (text, params) => [...(await executor.unsafe<Row[]>(text, params as any[]))],
    exec: async (text) => {
      await executor.unsafe(text).simple(); // simple protocol: several statements in one string
    },
  });

  const driver: DriverOperations = {
    ...run(sql),
    transaction: (fn) => sql.begin((tx) => fn(run(tx))) as Promise<Awaited<ReturnType<typeof fn>>>,
    listen: async (channel, handler) => {
      const { unlisten } = await sql.listen(channel, handler);
      return unlisten;
    },
    notify: async (channel, payload) => {
      await sql.notify(channel, payload);
    },
    close: () => sql.end({ timeout: 5 }),
  };
  return guardedDb('postgres', driver);
}

/** host:port/database, never the user or password. */
function describeTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname || url.searchParams.get('host') || 'localhost'}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
