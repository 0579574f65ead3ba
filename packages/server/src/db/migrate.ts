import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './types.ts';

/** One schema change: an ordered, plain SQL file. */
export interface Migration {
  /** File name, e.g. `0001_init.sql`; the order key and the record in `schema_migrations`. */
  name: string;
  /** The SQL, run in one transaction. */
  sql: string;
}

/** Where {@link migrate} takes its migrations from. */
export interface MigrateOptions {
  /** Directory of `NNNN_name.sql` files (default: this package's `migrations/`). */
  directory?: string;
  /** The migrations themselves, instead of a directory (tests, embedding). */
  migrations?: Migration[];
}

/** What {@link migrate} did. */
export interface MigrateResult {
  /** Names applied by this run, in order; empty when the schema was already current. */
  applied: string[];
}

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;
// Any constant works; it only has to be the same in every server instance sharing a database.
const MIGRATION_LOCK = 734_110_901;

const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

/**
 * Applies pending migrations in order, each in its own transaction, and records them in
 * `schema_migrations`. Safe to run from several instances at once: every step holds a
 * transaction-scoped advisory lock and re-checks what is applied. Throws if an applied file changed.
 */
export async function migrate(db: Db, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = options.migrations
    ? checkOrder(options.migrations)
    : readMigrations(options.directory ?? defaultMigrationsDirectory());
  const applied: string[] = [];
  for (const migration of migrations) {
    const checksum = checksumOf(migration.sql);
    const didApply = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(CREATE_TABLE);
      const [existing] = await tx.query<{ checksum: string }>(
        'select checksum from schema_migrations where name = $1',
        [migration.name],
      );
      if (existing) {
        if (existing.checksum !== checksum) {
          throw new Error(
            `migration ${migration.name} was changed after it was applied; put the change in a new migration (on a throwaway dev database, delete DATA_DIR instead)`,
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (name, checksum) values ($1, $2)', [
        migration.name,
        checksum,
      ]);
      return true;
    });
    if (didApply) applied.push(migration.name);
  }
  return { applied };
}

/** Reads `NNNN_name.sql` files from a directory, ordered; other file types are ignored. */
export function readMigrations(directory: string): Migration[] {
  const names = readdirSync(directory).filter((name) => name.endsWith('.sql'));
  return checkOrder(
    names.map((name) => ({ name, sql: readFileSync(join(directory, name), 'utf8') })),
  );
}

/** The `migrations/` directory shipped with this package, found from this module's location (src or dist). */
export function defaultMigrationsDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'migrations');
    if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) throw new Error('@machi-dx/server: migrations directory not found');
    directory = parent;
  }
}

function checkOrder(migrations: Migration[]): Migration[] {
  const seen = new Map<string, string>();
  for (const { name } of migrations) {
    const version = FILE_NAME.exec(name)?.[1];
    if (!version) {
      throw new Error(`migration file ${name} must be named NNNN_lower_snake_case.sql`);
    }
    const other = seen.get(version);
    if (other) throw new Error(`migrations ${other} and ${name} share the number ${version}`);
    seen.set(version, name);
  }
  return [...migrations].sort((a, b) => a.name.localeCompare(b.name));
}

/** Line endings normalised, so a Windows checkout (autocrlf) does not look like an edited migration. */
function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}
