import {
  createReport,
  exampleReportData,
  parseNationalShelterId,
  type ReportKind,
} from '@machi-dx/shelter-forms/core';
import { type App, createApp } from '../app.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import { createShelterModule } from '../shelters/module.ts';
import type { ShelterModuleOptions } from '../shelters/runtime.ts';
import { createTestAccount, signIn } from './auth.ts';
import { captureLogger } from './capture-logger.ts';

/** Shelter A of the tests (the sample shelter account's id). */
export const SHELTER_A = 'E3820390001111';
/** Shelter B of the tests. */
export const SHELTER_B = 'E3820390002111';

/** Inserts minimal shelter rows (name = id) so accounts and reports can refer to them. */
export async function insertTestShelters(db: DbExecutor, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const parts = parseNationalShelterId(id);
    if (!parts) throw new Error(`not a national shelter id: ${id}`);
    await db.query(
      `insert into shelters (id, local_government_code, name, kind, shelter_type)
       values ($1, $2, $3, $4, $5) on conflict (id) do nothing`,
      [id, parts.localGovernmentCode, `テスト避難所 ${id}`, parts.designation, parts.shelterType],
    );
  }
}

/** A valid report body of `kind` (the core's example data), with overrides on the envelope. */
export function reportBody(
  kind: ReportKind,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...createReport(kind, exampleReportData[kind] as never), ...overrides };
}

/** Headers of a signed-in account for `app.request` (cookie + same-origin Origin). */
export type AuthHeaders = { Cookie: string; Origin: string };

/** An app with shelters A and B, a shelter account for each, HQ and staff accounts, signed in. */
export interface ShelterFixture {
  app: App;
  logs: ReturnType<typeof captureLogger>;
  shelterA: AuthHeaders;
  shelterB: AuthHeaders;
  hq: AuthHeaders;
  staff: AuthHeaders;
}

/** Builds a {@link ShelterFixture} on an empty, migrated database. */
export async function shelterFixture(
  db: Db,
  options: ShelterModuleOptions = {},
): Promise<ShelterFixture> {
  await insertTestShelters(db, [SHELTER_A, SHELTER_B]);
  await createTestAccount(db, { username: 'shelter-a', role: 'shelter', shelterId: SHELTER_A });
  await createTestAccount(db, { username: 'shelter-b', role: 'shelter', shelterId: SHELTER_B });
  await createTestAccount(db, { username: 'hq-desk', role: 'hq' });
  await createTestAccount(db, { username: 'staff-one', role: 'staff' });
  const logs = captureLogger();
  const app = createApp({
    db,
    logger: logs.logger,
    modules: [createShelterModule({ pingLimitPerMinute: false, ...options })],
  });
  const [shelterA, shelterB, hq, staff] = await Promise.all(
    ['shelter-a', 'shelter-b', 'hq-desk', 'staff-one'].map((name) => signIn(app, name)),
  );
  return {
    app,
    logs,
    shelterA: shelterA as AuthHeaders,
    shelterB: shelterB as AuthHeaders,
    hq: hq as AuthHeaders,
    staff: staff as AuthHeaders,
  };
}

/** POSTs a report as JSON. */
export function postReport(
  app: App,
  shelterId: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(`/api/v1/shelters/${shelterId}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Row counts of every table the shelter API writes, to prove a refusal wrote nothing. */
export async function shelterRowCounts(db: DbExecutor): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, number>>(
    `select (select count(*) from shelters) as shelters,
            (select count(*) from shelter_reports) as reports,
            (select count(*) from supply_requests) as supply_requests,
            (select count(*) from hq_events) as events`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
}

/** A JSON body as tests read it: field by field, checked by the assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
export type JsonBody = any;

/** The JSON body of a response, typed for reading in assertions. */
export function jsonOf(response: Response): Promise<JsonBody> {
  return response.json();
}
