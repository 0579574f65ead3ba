import { afterAll, beforeAll, beforeEach, describe, inject } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open.ts';
import type { Db, DbKind } from '../db/types.ts';

/** A database driver the shared suites run against. */
export interface DriverUnderTest {
  kind: DbKind;
  /** Opens an empty database: in-memory PGlite, or this run's Postgres database with a fresh schema. */
  open(): Promise<Db>;
}

/**
 * This test worker's own Postgres database when DATABASE_URL was set for the run: files run in
 * parallel, and each suite drops and recreates the schema, so workers must not share one.
 */
export function testPostgresUrl(): string | undefined {
  const urls = inject('postgresWorkerUrls');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  return urls[(worker - 1) % Math.max(urls.length, 1)] ?? inject('postgresUrl');
}

/** PGlite always; Postgres too when DATABASE_URL was set for the run. */
export function driversUnderTest(): DriverUnderTest[] {
  const drivers: DriverUnderTest[] = [{ kind: 'pglite', open: () => openDb() }];
  const postgresUrl = testPostgresUrl();
  if (postgresUrl) {
    drivers.push({
      kind: 'postgres',
      open: async () => {
        const db = await openDb({ databaseUrl: postgresUrl, maxConnections: 5 });
        await db.exec('drop schema if exists public cascade; create schema public;');
        return db;
      },
    });
  }
  return drivers;
}

/** Options for {@link describeEachDb}. */
export interface EachDbOptions {
  /** Apply the package migrations once before the tests (default true). */
  migrated?: boolean;
  /** Empty every table (except schema_migrations) before each test (default true). */
  resetBetweenTests?: boolean;
}

/**
 * Runs one suite per driver, sharing one database per suite (PGlite is slow to start and large),
 * with every table emptied before each test so tests stay independent.
 */
export function describeEachDb(
  title: string,
  body: (db: () => Db, kind: DbKind) => void,
  options: EachDbOptions = {},
) {
  for (const driver of driversUnderTest()) {
    describe(`${title} [${driver.kind}]`, () => {
      let db: Db | undefined;
      beforeAll(async () => {
        db = await driver.open();
        if (options.migrated ?? true) await migrate(db);
      });
      afterAll(async () => {
        await db?.close();
      });
      if (options.resetBetweenTests ?? true) {
        beforeEach(async () => {
          if (db) await truncateAll(db);
        });
      }
      body(() => {
        if (!db) throw new Error('database not open yet');
        return db;
      }, driver.kind);
    });
  }
}

/** Empties every table in the current schema except the migration record. */
export async function truncateAll(db: Db) {
  const tables = await db.query<{ tablename: string }>(
    `select tablename from pg_tables
     where schemaname = current_schema() and tablename <> 'schema_migrations'`,
  );
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"${tablename}"`).join(', ');
  await db.exec(`truncate ${list} restart identity cascade`);
}
