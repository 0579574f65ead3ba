// Shelter report ingestion (`npm run bench`): 50 shelters send reports at once over HTTP, each
// one after the other as the outbox does, while an HQ board listens on the event stream.
// Reported, never asserted on time. PGlite always; Postgres too when DATABASE_URL is set (a
// throwaway database is created and dropped).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  createReport,
  exampleReportData,
  parseNationalShelterId,
} from '@machi-dx/shelter-forms/core';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createAccount } from '../src/auth/accounts.ts';
import { migrate } from '../src/db/migrate.ts';
import { openDb } from '../src/db/open.ts';
import type { Db } from '../src/db/types.ts';
import { createLogger } from '../src/logger.ts';
import { createShelterModule } from '../src/shelters/module.ts';

const SHELTERS = Number(process.env.BENCH_SHELTERS ?? 50);
const REPORTS_PER_SHELTER = Number(process.env.BENCH_REPORTS_PER_SHELTER ?? 40);
const PASSPHRASE = 'bench shelter passphrase';

interface Target {
  kind: 'pglite' | 'postgres';
  db: Db;
  close(): Promise<void>;
}

async function targets(): Promise<Target[]> {
  const list: Target[] = [];
  const pglite = await openDb();
  list.push({ kind: 'pglite', db: pglite, close: () => pglite.close() });
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `machi_dx_shelter_bench_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openDb({ databaseUrl: url.toString() });
    list.push({
      kind: 'postgres',
      db,
      close: async () => {
        await db.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    });
  }
  for (const { db } of list) await migrate(db);
  return list;
}

const shelterId = (index: number) => `E38203${String(50000 + index).padStart(5, '0')}111`;

/** Every 5th report a supply request (it also writes supply_requests), the rest status reports. */
function report(index: number) {
  return index % 5 === 4
    ? createReport('supply_request', exampleReportData.supply_request)
    : createReport('status', { ...exampleReportData.status, reportSequence: (index % 1000) + 2 });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] ?? Number.NaN;
}

const databases = await targets();
const lines: string[] = [];

afterAll(async () => {
  console.log(['', '## Shelter report ingestion', '', ...lines, ''].join('\n'));
  for (const target of databases) await target.close();
});

for (const target of databases) {
  describe(`shelter reports [${target.kind}]`, () => {
    it(`ingestion: ${SHELTERS} shelters sending at once, each sequentially`, async () => {
      const { db } = target;
      const ids = Array.from({ length: SHELTERS }, (_, index) => shelterId(index));
      for (const id of ids) {
        const parts = parseNationalShelterId(id);
        await db.query(
          `insert into shelters (id, local_government_code, name, kind, shelter_type)
           values ($1, $2, $3, 'shelter', 'general')`,
          [id, parts?.localGovernmentCode, `ベンチ避難所 ${id}`],
        );
      }
      await Promise.all(
        ids.map((id, index) =>
          createAccount(db, {
            username: `bench-shelter-${index}`,
            role: 'shelter',
            shelterId: id,
            password: PASSPHRASE,
          }),
        ),
      );
      await createAccount(db, { username: 'bench-hq', role: 'hq', password: PASSPHRASE });

      const app = createApp({
        db,
        logger: createLogger('silent'),
        modules: [createShelterModule({ pingLimitPerMinute: false })],
      });
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const signIn = async (username: string) => {
        const response = await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: PASSPHRASE }),
        });
        expect(response.status).toBe(200);
        const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
        return { cookie, origin: base };
      };
      const sessions: { cookie: string; origin: string }[] = [];
      for (let index = 0; index < SHELTERS; index++)
        sessions.push(await signIn(`bench-shelter-${index}`));

      // An HQ board listening, as in a real disaster: every report is also an event.
      const hq = await signIn('bench-hq');
      const controller = new AbortController();
      const events = await fetch(`${base}/api/v1/hq/events`, {
        headers: { cookie: hq.cookie },
        signal: controller.signal,
      });
      let received = 0;
      const decoder = new TextDecoder();
      const reading = (async () => {
        const reader = (events.body as ReadableStream<Uint8Array>).getReader();
        let buffer = '';
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            buffer += decoder.decode(value, { stream: true });
            const blocks = buffer.split('\n\n');
            buffer = blocks.pop() ?? ''; // an event cut by the chunk boundary waits for its end
            received += blocks.filter((block) => block.includes('event: report_received')).length;
          }
        } catch {
          // aborted at the end
        }
      })();

      const bodies = ids.map((_, shelter) =>
        Array.from({ length: REPORTS_PER_SHELTER }, (_, index) => report(shelter * 1000 + index)),
      );
      const send = async (shelter: number, body: unknown) => {
        const session = sessions[shelter];
        const started = performance.now();
        const response = await fetch(`${base}/api/v1/shelters/${ids[shelter]}/reports`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: session?.cookie ?? '',
            origin: base,
          },
          body: JSON.stringify(body),
        });
        await response.arrayBuffer();
        return { status: response.status, ms: performance.now() - started };
      };
      const run = async () => {
        const latencies: number[] = [];
        const statuses = new Map<number, number>();
        const began = performance.now();
        await Promise.all(
          ids.map(async (_, shelter) => {
            for (const body of bodies[shelter] ?? []) {
              const result = await send(shelter, body);
              latencies.push(result.ms);
              statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
            }
          }),
        );
        return { seconds: (performance.now() - began) / 1000, latencies, statuses };
      };

      const first = await run(); // new reports: 201
      const repeat = await run(); // the same again (an outbox resending after lost answers): 200
      await expect.poll(() => received, { timeout: 30_000 }).toBe(SHELTERS * REPORTS_PER_SHELTER);
      controller.abort();
      await reading;
      await new Promise<void>((resolve) => server.close(() => resolve()));

      const total = SHELTERS * REPORTS_PER_SHELTER;
      const [{ n: stored } = { n: 0 }] = await db.query<{ n: number }>(
        'select count(*) as n from shelter_reports',
      );
      expect(Number(stored)).toBe(total);
      expect(first.statuses.get(201)).toBe(total);
      expect(repeat.statuses.get(200)).toBe(total);
      const summary = (label: string, phase: typeof first) =>
        `- [${target.kind}] ${label}: ${(total / phase.seconds).toFixed(0)} reports/s ` +
        `(${total} reports from ${SHELTERS} shelters in ${phase.seconds.toFixed(1)} s); latency ` +
        `p50 ${percentile(phase.latencies, 50).toFixed(1)} ms, p95 ${percentile(phase.latencies, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(phase.latencies, 99).toFixed(1)} ms`;
      lines.push(
        summary('new reports (201), board listening', first),
        summary('identical resends (200, same receipt)', repeat),
      );
    }, 600_000);
  });
}
