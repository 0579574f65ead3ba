// Outbox flush (`npm run bench`): a shelter device was offline and queued 1,000 reports in its
// outbox (IndexedDB: fake-indexeddb under Node); the network returns and the outbox sends them to
// the local server over HTTP, one after the other as it always does, until every receipt is in
// the sent log. Reported in seconds, never asserted on time. PGlite always; Postgres too when
// DATABASE_URL is set (a throwaway database).
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  createFetchTransport,
  createPingProbe,
  createReport,
  exampleReportData,
  memorySendLock,
  Outbox,
  parseNationalShelterId,
} from '@machi-dx/shelter-forms/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createAccount } from '../src/auth/accounts.ts';
import { createLogger } from '../src/logger.ts';
import { createShelterModule } from '../src/shelters/module.ts';
import { benchDatabases } from './booking-setup.ts';

const REPORTS = Number(process.env.BENCH_OUTBOX_REPORTS ?? 1000);
const SHELTER = 'E3820390001111';
const PASSPHRASE = 'bench shelter passphrase';

const databases = await benchDatabases();
const lines: string[] = [];

afterAll(async () => {
  console.log(['', '## Outbox flush', '', ...lines, ''].join('\n'));
  for (const target of databases) await target.close();
});

for (const target of databases) {
  describe(`outbox flush [${target.kind}]`, () => {
    it(`flushes ${REPORTS} queued reports to the local server`, async () => {
      const { db } = target;
      const parts = parseNationalShelterId(SHELTER);
      await db.query(
        `insert into shelters (id, local_government_code, name, kind, shelter_type)
         values ($1, $2, 'ベンチ避難所', 'shelter', 'general')`,
        [SHELTER, parts?.localGovernmentCode],
      );
      await createAccount(db, {
        username: 'bench-outbox',
        role: 'shelter',
        shelterId: SHELTER,
        password: PASSPHRASE,
      });
      const app = createApp({
        db,
        logger: createLogger('silent'),
        modules: [createShelterModule({ pingLimitPerMinute: false })],
      });
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench-outbox', password: PASSPHRASE }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';

      // The device's network: down while the reports are queued, back for the flush.
      const network = { online: false };
      const viaNetwork: typeof fetch = (input, init) =>
        network.online ? fetch(input, init) : Promise.reject(new TypeError('offline'));
      const outbox = new Outbox({
        transport: createFetchTransport({
          baseUrl: base,
          fetch: viaNetwork,
          headers: { cookie, origin: base },
        }),
        probe: createPingProbe({ baseUrl: base, fetch: viaNetwork }),
        databaseName: `bench-outbox-${target.kind}-${Date.now()}`,
        lock: memorySendLock(),
        channel: null,
        storage: null,
        signals: [],
      });
      await outbox.start();

      const queueStarted = performance.now();
      for (let index = 0; index < REPORTS; index += 1) {
        const report =
          index % 5 === 4
            ? createReport('supply_request', exampleReportData.supply_request)
            : createReport('status', { ...exampleReportData.status, reportSequence: index + 2 });
        expect(await outbox.enqueue(SHELTER, report)).toMatchObject({ ok: true });
      }
      const queueSeconds = (performance.now() - queueStarted) / 1000;
      await outbox.whenIdle();
      expect(outbox.getSnapshot().unsent).toBe(REPORTS);

      network.online = true;
      const flushStarted = performance.now();
      await outbox.sendNow();
      await outbox.whenIdle();
      const flushSeconds = (performance.now() - flushStarted) / 1000;
      outbox.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));

      expect(outbox.getSnapshot()).toMatchObject({ unsent: 0 });
      expect(outbox.getSnapshot().sent).toHaveLength(REPORTS);
      const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
        'select count(*) as n from shelter_reports',
      );
      expect(Number(n)).toBe(REPORTS);
      lines.push(
        `- [${target.kind}] flush of ${REPORTS} queued reports to the local server: ` +
          `${flushSeconds.toFixed(1)} s (${(REPORTS / flushSeconds).toFixed(0)} reports/s, one at a ` +
          `time, each receipt recorded in IndexedDB with strict durability); queueing them took ` +
          `${queueSeconds.toFixed(1)} s`,
      );
    }, 600_000);
  });
}
