#!/usr/bin/env node
import { CREATE_ACCOUNT_HELP, runCreateAccount } from './cli/create-account.ts';
import { ConfigError, loadConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDb } from './db/open.ts';
import type { Db } from './db/types.ts';
import { startServer } from './start.ts';

const HELP = `machi-dx-server — the machi-dx reference HTTP API

Usage:
  machi-dx-server            migrate, seed (SAMPLE_DATA=1) and serve
  machi-dx-server migrate    apply pending migrations and exit
  machi-dx-server create-account --username NAME --role staff|hq|shelter [--shelter-id ID]
                             [--display-name NAME]   (passphrase from standard input)
  machi-dx-server --help

Configuration is read from the environment: PORT, HOST, DATABASE_URL, DATA_DIR, PUBLIC_DIR,
SAMPLE_DATA, LOG_LEVEL, TRUST_PROXY, BODY_LIMIT_BYTES (see the package README).`;

async function main(argv: string[]) {
  const [command = 'serve', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return;
  }
  if (command === 'migrate') {
    await withMigratedDb(async (_db, applied) => {
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    });
    return;
  }
  if (command === 'create-account') {
    if (rest.includes('--help') || rest.includes('-h')) {
      console.log(CREATE_ACCOUNT_HELP);
      return;
    }
    // Migrate first, so a city can create its first accounts before the first start.
    await withMigratedDb((db) =>
      runCreateAccount(rest, db, { input: process.stdin, output: process.stdout }),
    );
    return;
  }
  if (command !== 'serve') throw new ConfigError(`unknown command "${command}"; try --help`);
  await startServer();
}

/** Opens the configured database (PGlite: the server must not be running), migrates, runs `fn`. */
async function withMigratedDb(fn: (db: Db, applied: string[]) => Promise<void>) {
  const config = loadConfig();
  const db = await openDb(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    const { applied } = await migrate(db);
    await fn(db, applied);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Operators get one line (the stack with LOG_LEVEL=debug); a config mistake names the variable.
  if (error instanceof ConfigError) console.error(`ConfigError: ${error.message}`);
  else if (/^(debug|trace)$/i.test(process.env.LOG_LEVEL ?? '')) console.error(error);
  else console.error(`machi-dx-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
