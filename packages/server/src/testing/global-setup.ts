import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { TEST_WORKERS } from './workers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A fresh database for this run when DATABASE_URL is set; undefined otherwise. */
    postgresUrl: string | undefined;
    /** One more fresh database per test worker (files run in parallel); empty without DATABASE_URL. */
    postgresWorkerUrls: string[];
  }
}

/**
 * When DATABASE_URL is set (CI), creates uniquely named databases for this run from it — one
 * shared, one per test worker — and drops them afterwards, so runs (and files running at the same
 * time) never see each other's tables. Without it, the Postgres suites are not defined.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    project.provide('postgresUrl', undefined);
    project.provide('postgresWorkerUrls', []);
    return;
  }
  const name = `machi_dx_server_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const names = [name, ...Array.from({ length: TEST_WORKERS }, (_, i) => `${name}_w${i + 1}`)];
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  for (const database of names) await admin.unsafe(`create database ${database}`);
  await admin.end();
  const urlOf = (database: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  project.provide('postgresUrl', urlOf(name));
  project.provide('postgresWorkerUrls', names.slice(1).map(urlOf));

  return async () => {
    const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
    for (const database of names) {
      await cleanup.unsafe(`drop database if exists ${database} with (force)`);
    }
    await cleanup.end();
  };
}
