/**
 * How many test files run at once. Each may open one PGlite (~470 MB) and, with DATABASE_URL, its
 * worker's own Postgres database (see global-setup.ts and `testPostgresUrl`).
 */
export const TEST_WORKERS = 2;
