// Shared set-up of the booking benchmarks: a database per driver with the sample city and a
// larger consultation service (10 specialists), and small statistics helpers.
import postgres from 'postgres';
import { migrate } from '../src/db/migrate.ts';
import { openDb } from '../src/db/open.ts';
import type { Db } from '../src/db/types.ts';
import { seedBookingSample } from '../src/testing/booking.ts';

/** The benchmark's clock: Monday 2026-11-30 09:00 in Tokyo (12/1–12/30 bookable). */
export const BENCH_NOW = new Date('2026-11-30T09:00:00+09:00');

/** The service every benchmark books: 30 minutes, branch or home, 10 specialists. */
export const BENCH_SERVICE = 'bench-consultation';

/** The four sample branches. */
export const BRANCHES = [
  'kitaura-branch',
  'minamiyama-branch',
  'higashidani-branch',
  'nishihama-branch',
] as const;

/** One database to benchmark on, and how to get rid of it. */
export interface BenchDb {
  kind: 'pglite' | 'postgres';
  db: Db;
  close(): Promise<void>;
}

/** In-memory PGlite always; a fresh Postgres database too when DATABASE_URL is set. */
export async function benchDatabases(): Promise<BenchDb[]> {
  const databases: BenchDb[] = [];
  const pglite = await openDb();
  databases.push({ kind: 'pglite', db: pglite, close: () => pglite.close() });
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `machi_dx_bench_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openDb({ databaseUrl: url.toString() });
    databases.push({
      kind: 'postgres',
      db,
      close: async () => {
        await db.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    });
  }
  for (const { db } of databases) await migrate(db);
  return databases;
}

/**
 * Empties the database and loads the sample city plus {@link BENCH_SERVICE} with ten
 * specialists (8:30–17:15 on weekdays) who also work from home.
 */
export async function resetBenchData(db: Db): Promise<string[]> {
  await db.exec(`truncate bookings, service_specialists, specialist_weekly_hours,
    specialist_exceptions, specialists, services, booths, site_closures, sites, city cascade`);
  await seedBookingSample(db);
  const specialists = Array.from({ length: 10 }, (_, index) => `bench-specialist-${index + 1}`);
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into services (id, name, description, duration_minutes, modes, buffer_minutes)
       values ($1, $2, $2, 30, '["branch", "home"]', 0)`,
      [
        BENCH_SERVICE,
        { ja: 'ベンチマーク相談', en: 'Benchmark consultation', 'ja-easy': 'そうだん' },
      ],
    );
    for (const [order, id] of specialists.entries()) {
      await tx.query(`insert into specialists (id, display_name) values ($1, $1)`, [id]);
      await tx.query(
        `insert into service_specialists (service_id, specialist_id, sort_order) values ($1, $2, $3)`,
        [BENCH_SERVICE, id, order],
      );
      await tx.query(
        `insert into specialist_weekly_hours (specialist_id, day, start_time, end_time)
         select $1, day, '08:30', '17:15' from generate_series(1, 5) as day`,
        [id],
      );
    }
  });
  return specialists;
}

/** The business days (Tokyo) of December 2026 before the year-end closure: 12/1–12/28. */
export function benchBusinessDays(): string[] {
  const days: string[] = [];
  for (let day = 1; day <= 28; day++) {
    const date = new Date(Date.UTC(2026, 11, day));
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(`2026-12-${String(day).padStart(2, '0')}`);
  }
  return days;
}

/**
 * Inserts `count` existing bookings spread over the business days, the ten specialists and the
 * four branch booths (every other one from home), without any two overlapping on a specialist
 * or a booth: on one day, booking k starts at 08:30 + 20k minutes, goes to specialist k mod 10
 * and (at a branch) to booth k mod 4.
 */
export async function insertExistingBookings(db: Db, specialists: string[], count: number) {
  const days = benchBusinessDays();
  await db.transaction(async (tx) => {
    for (let index = 0; index < count; index++) {
      const day = days[index % days.length]!;
      const k = Math.floor(index / days.length);
      const startMinutes = 8 * 60 + 30 + 20 * k;
      const start = new Date(`${day}T00:00:00+09:00`).getTime() + startMinutes * 60_000;
      const branch = index % 2 === 0 ? BRANCHES[k % BRANCHES.length]! : null;
      await tx.query(
        `insert into bookings (reference, manage_token_hash, service_id, mode, site_id, booth_id,
           specialist_id, during, blocked, resident_name, resident_name_kana, resident_phone,
           consented_at)
         values ($1, $2, $3, $4, $5, $6, $7, tstzrange($8::timestamptz, $9::timestamptz),
           tstzrange($8::timestamptz, $9::timestamptz), 'ベンチ', 'ベンチ', '0895-24-1111', now())`,
        [
          benchReference(index),
          'B'.repeat(43),
          BENCH_SERVICE,
          branch ? 'branch' : 'home',
          branch,
          branch ? `${branch}-booth-1` : null,
          specialists[k % specialists.length],
          new Date(start).toISOString(),
          new Date(start + 30 * 60_000).toISOString(),
        ],
      );
    }
  });
}

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A unique reference-shaped string for bulk rows (the check character is not needed here). */
function benchReference(index: number): string {
  let rest = index;
  let symbols = '';
  for (let position = 0; position < 9; position++) {
    symbols += ALPHABET[rest % ALPHABET.length];
    rest = Math.floor(rest / ALPHABET.length);
  }
  return `${symbols.slice(0, 3)}-${symbols.slice(3, 7)}-${symbols.slice(7)}`;
}

/** The `p`th percentile (0–100) of some measurements, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Milliseconds with one decimal. */
export function ms(value: number): string {
  return value.toFixed(1);
}
