import type { CreateBookingBody } from '@machi-dx/booking/core';
import { type App, createApp } from '../app.ts';
import { createBookingModule } from '../booking/module.ts';
import type { BookingModuleOptions } from '../booking/runtime.ts';
import { seedSampleBooking } from '../booking/sample.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import type { Logger } from '../logger.ts';
import { sampleCityName, sampleSites } from '../seed/sample-city.ts';
import { captureLogger } from './capture-logger.ts';

/**
 * The clock of the booking tests: Monday 2026-11-30, 10:00 in Tokyo. Tuesday 12/1 is then the
 * first bookable day (one business day of notice), 12/5–6 a weekend, 12/29–1/3 the year-end
 * closure, and the 30-day horizon ends on 12/30.
 */
export const TEST_NOW = new Date('2026-11-30T10:00:00+09:00');

/**
 * The sample city's sites and booking data (services, specialists with hours, one booth per
 * branch) without the sample accounts, whose scrypt hashes would slow every test down. The
 * specialists are then not linked to accounts; staff tests link their own.
 */
export async function seedBookingSample(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('insert into city (name, sample) values ($1, true)', [sampleCityName]);
    for (const site of sampleSites) {
      await tx.query(
        `insert into sites (id, kind, name, address, sort_order, sample)
         values ($1, $2, $3, $4, $5, true)`,
        [site.id, site.kind, site.name, site.address ?? null, site.sortOrder],
      );
    }
    await seedSampleBooking(tx);
  });
}

/** The app with the booking module on a fixed clock ({@link TEST_NOW} unless given). */
export function bookingApp(
  db: Db,
  options: BookingModuleOptions & { trustProxy?: boolean; logger?: Logger } = {},
): App {
  const { trustProxy, logger, ...moduleOptions } = options;
  return createApp({
    db,
    logger: logger ?? captureLogger().logger,
    trustProxy: trustProxy ?? false,
    modules: [createBookingModule({ now: () => TEST_NOW, ...moduleOptions })],
  });
}

/** A valid booking body: migration support (one specialist) at the Kitaura branch, 12/1 10:00. */
export function bookingBody(overrides: Partial<Record<keyof CreateBookingBody, unknown>> = {}) {
  return {
    serviceId: 'migration',
    locationId: 'kitaura-branch',
    start: '2026-12-01T10:00:00+09:00',
    resident: { name: '宇和島 太郎', nameKana: 'うわじま たろう', phone: '0895-24-1111' },
    consent: true,
    ...overrides,
  };
}

/** `POST /api/v1/booking/bookings` with a JSON body (a string is sent as is). */
export function postBooking(app: App, body: unknown, headers: Record<string, string> = {}) {
  return app.request('/api/v1/booking/bookings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A JSON request with a manage token. */
export function withToken(
  app: App,
  path: string,
  token: string | undefined,
  init: { method?: string; body?: unknown } = {},
) {
  return app.request(`/api/v1/booking/bookings/${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

/** Rows in a table, to prove a refused request wrote nothing. */
export async function countRows(db: DbExecutor, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? 0;
}

/** Every table a booking request could write to, with its row count. */
export async function bookingTableCounts(db: DbExecutor): Promise<Record<string, number>> {
  const tables = ['bookings', 'services', 'specialists', 'booths', 'specialist_weekly_hours'];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(db, table);
  return counts;
}
