#!/usr/bin/env node
import { ConfigError, loadConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDb } from './db/open.ts';
import { startServer } from './start.ts';

const HELP = `machi-dx-server — the machi-dx reference HTTP API

Usage:
  machi-dx-server            migrate, seed (SAMPLE_DATA=1) and serve
  machi-dx-server migrate    apply pending migrations and exit
  machi-dx-server --help

Configuration is read from the environment: PORT, HOST, DATABASE_URL, DATA_DIR, PUBLIC_DIR,
SAMPLE_DATA, LOG_LEVEL, TRUST_PROXY, BODY_LIMIT_BYTES (see the package README).`;

async function main(argv: string[]) {
  const [command = 'serve'] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return;
  }
  if (command === 'migrate') {
    const config = loadConfig();
    const db = await openDb(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
    );
    try {
      const { applied } = await migrate(db);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    } finally {
      await db.close();
    }
    return;
  }
  if (command !== 'serve') throw new ConfigError(`unknown command "${command}"; try --help`);
  await startServer();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Operators get one line (the stack with LOG_LEVEL=debug); a config mistake names the variable.
  if (error instanceof ConfigError) console.error(`ConfigError: ${error.message}`);
  else if (/^(debug|trace)$/i.test(process.env.LOG_LEVEL ?? '')) console.error(error);
  else console.error(`machi-dx-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
