// Booking benchmarks (`npm run bench`): reported, never asserted on time. PGlite always; Postgres
// too when DATABASE_URL is set (a throwaway database is created and dropped).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createBookingModule } from '../src/booking/module.ts';
import { createLogger } from '../src/logger.ts';
import {
  BENCH_NOW,
  BENCH_SERVICE,
  type BenchDb,
  BRANCHES,
  benchBusinessDays,
  benchDatabases,
  insertExistingBookings,
  ms,
  percentile,
  resetBenchData,
} from './booking-setup.ts';

const databases = await benchDatabases();
const report: string[] = [];

function appFor(bench: BenchDb) {
  return createApp({
    db: bench.db,
    logger: createLogger('silent'),
    // A fixed clock so the same month is bookable on every run; no limit on one client address.
    modules: [createBookingModule({ now: () => BENCH_NOW, createRateLimit: false })],
  });
}

function body(start: string, index: number, locationId = 'home') {
  return {
    serviceId: BENCH_SERVICE,
    locationId,
    start,
    resident: { name: `住民 ${index}`, nameKana: 'ジュウミン', phone: '0895-24-1111' },
    consent: true,
  };
}

afterAll(async () => {
  console.log(['', '## Booking benchmarks', '', ...report, ''].join('\n'));
  for (const bench of databases) await bench.close();
});

for (const bench of databases) {
  describe(`booking [${bench.kind}]`, () => {
    beforeAll(async () => {
      await resetBenchData(bench.db);
    });

    it('availability: 30 days × 4 branches × 10 specialists with 500 existing bookings', async () => {
      const specialists = await resetBenchData(bench.db);
      await insertExistingBookings(bench.db, specialists, 500);
      const app = appFor(bench);
      const timings: number[] = [];
      const rounds = 25;
      for (let round = -2; round < rounds; round++) {
        for (const branch of BRANCHES) {
          const started = performance.now();
          const response = await app.request(
            `/api/v1/booking/availability?serviceId=${BENCH_SERVICE}&locationId=${branch}&from=2026-12-01&to=2026-12-30`,
          );
          const elapsed = performance.now() - started;
          expect(response.status).toBe(200);
          await response.arrayBuffer();
          if (round >= 0) timings.push(elapsed); // two warm-up rounds
        }
      }
      report.push(
        `- [${bench.kind}] availability, 30 days × 4 branches × 10 specialists, 500 bookings: ` +
          `p50 ${ms(percentile(timings, 50))} ms, p95 ${ms(percentile(timings, 95))} ms ` +
          `(${timings.length} requests, in-process)`,
      );
    }, 600_000);

    it('100 concurrent POSTs for one slot', async () => {
      const app = appFor(bench);
      const latencies: number[] = [];
      const walls: number[] = [];
      const days = benchBusinessDays();
      for (let round = 0; round < 5; round++) {
        await resetBenchData(bench.db);
        // One slot at one branch: one booth, so exactly one request can win.
        const start = `${days[round]}T10:00:00+09:00`;
        const began = performance.now();
        const statuses = await Promise.all(
          Array.from({ length: 100 }, async (_, index) => {
            const sent = performance.now();
            const response = await app.request('/api/v1/booking/bookings', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body(start, index, BRANCHES[0])),
            });
            await response.arrayBuffer();
            latencies.push(performance.now() - sent);
            return response.status;
          }),
        );
        walls.push(performance.now() - began);
        expect(statuses.filter((status) => status === 201)).toHaveLength(1);
        expect(statuses.filter((status) => status === 409)).toHaveLength(99);
      }
      report.push(
        `- [${bench.kind}] 100 concurrent POSTs on one slot (1 × 201, 99 × 409), 5 rounds: ` +
          `p50 ${ms(percentile(latencies, 50))} ms, p95 ${ms(percentile(latencies, 95))} ms per request; ` +
          `whole burst p50 ${ms(percentile(walls, 50))} ms`,
      );
    }, 600_000);

    it('creation throughput: 50 concurrent clients over HTTP (autocannon)', async () => {
      await resetBenchData(bench.db);
      const app = appFor(bench);
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      const { port } = server.address() as AddressInfo;
      // Distinct slots from home, round-robin: each slot has ten specialists, so nearly every
      // request books (20 business days × 17 slots × 10 = 3400 places for 2000 requests).
      const slots = benchBusinessDays().flatMap((day) =>
        Array.from({ length: 17 }, (_, slot) => {
          const minutes = 8 * 60 + 30 + 30 * slot;
          const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
          const mm = String(minutes % 60).padStart(2, '0');
          return `${day}T${hh}:${mm}:00+09:00`;
        }),
      );
      let sent = 0;
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: 50,
        amount: 2000,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/booking/bookings',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => {
              const index = sent++;
              return {
                ...request,
                body: JSON.stringify(body(slots[index % slots.length]!, index)),
              };
            },
          },
        ],
      });
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const [{ n: booked } = { n: 0 }] = await bench.db.query<{ n: number }>(
        `select count(*)::int as n from bookings where status = 'confirmed'`,
      );
      const seconds = result.duration;
      report.push(
        `- [${bench.kind}] creation throughput, 50 connections, ${result.requests.total} requests: ` +
          `${(booked / seconds).toFixed(0)} bookings/s (${booked} × 201, ${result.non2xx} non-2xx, ` +
          `${result.errors} errors in ${seconds.toFixed(1)} s); latency p50 ${result.latency.p50} ms, ` +
          `p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms`,
      );
      expect(booked).toBeGreaterThan(0);
    }, 600_000);
  });
}
