import { generateReference, type SlotUnavailableBody } from '@machi-dx/booking/core';
import { expect, it } from 'vitest';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import {
  bookingApp,
  bookingBody,
  countRows,
  postBooking,
  seedBookingSample,
  withToken,
} from '../testing/booking.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';

/** Inserts a booking row directly, bypassing every rule in code: only the constraints decide. */
function insertRow(
  db: DbExecutor,
  row: { specialist: string; booth?: string; from: string; to: string; blockedTo?: string },
) {
  const branch = row.booth ? 'kitaura-branch' : null;
  return db.query(
    `insert into bookings (reference, manage_token_hash, service_id, mode, site_id, booth_id,
       specialist_id, during, blocked, resident_name, resident_name_kana, resident_phone, consented_at)
     values ($1, $2, 'migration', $3, $4, $5, $6, tstzrange($7::timestamptz, $8::timestamptz),
       tstzrange($7::timestamptz, $9::timestamptz), '試験', 'シケン', '0895-24-1111', now())`,
    [
      generateReference(),
      'A'.repeat(43),
      branch ? 'branch' : 'home',
      branch,
      row.booth ?? null,
      row.specialist,
      `2026-12-01T${row.from}:00+09:00`,
      `2026-12-01T${row.to}:00+09:00`,
      `2026-12-01T${row.blockedTo ?? row.to}:00+09:00`,
    ],
  );
}

/**
 * A database where another booking for the same specialist and time lands inside every booking
 * transaction just before its insert — a race the slot rules cannot see, even on PGlite, where
 * transactions never interleave. Only the exclusion constraint can refuse it.
 */
function racingDb(db: Db): Db {
  return {
    ...db,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          kind: tx.kind,
          exec: (sql) => tx.exec(sql),
          query: async (sql, params) => {
            if (/^\s*insert into bookings/.test(sql)) {
              await insertRow(tx, {
                specialist: 'specialist-migration',
                from: '10:00',
                to: '10:30',
              });
            }
            return tx.query(sql, params);
          },
        }),
      ),
  };
}

async function settle(attempts: Promise<unknown>[]) {
  const results = await Promise.allSettled(attempts);
  const refused = results.filter((result) => result.status === 'rejected');
  for (const result of refused) {
    expect(sqlErrorInfo((result as PromiseRejectedResult).reason).code).toBe(
      SqlState.exclusionViolation,
    );
  }
  return { ok: results.length - refused.length, refused: refused.length };
}

describeEachDb('no double booking, ever', (db, kind) => {
  it('100 simultaneous POSTs for one slot: exactly one 201, 99 × 409 slot_unavailable with alternatives', async () => {
    await seedBookingSample(db());
    const log = captureLogger();
    const app = bookingApp(db(), { logger: log.logger });
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        postBooking(
          app,
          bookingBody({
            resident: { name: `住民 ${index}`, nameKana: 'ジュウミン', phone: '0895-24-1111' },
          }),
        ),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(99);
    const conflict = (await responses.find((r) => r.status === 409)!.json()) as SlotUnavailableBody;
    expect(conflict.code).toBe('slot_unavailable');
    expect(conflict.message.en).toMatch(/booked/);
    expect(conflict.alternatives).toHaveLength(3);
    expect(conflict.alternatives.map((slot) => slot.start)).not.toContain(
      '2026-12-01T10:00:00+09:00',
    );
    // The nearest free slots, clear of the taken session and its 10-minute buffer (09:30 would
    // end where it starts but needs the buffer; 10:30 starts inside it), earlier first on a tie.
    expect(conflict.alternatives.map((slot) => slot.start)).toEqual([
      '2026-12-01T08:30:00+09:00',
      '2026-12-01T09:00:00+09:00',
      '2026-12-01T11:00:00+09:00',
    ]);
    expect(await countRows(db(), 'bookings')).toBe(1);
    const races = log.lines().filter((line) => line.msg === 'booking attempt retried').length;
    // On Postgres the requests really run side by side: those that saw the slot free before the
    // winner committed were refused by the exclusion constraint (23P01), re-read and got 409.
    // PGlite runs one transaction at a time, so there the rules see the winner first.
    console.info(`[${kind}] exclusion-constraint refusals among 100 concurrent POSTs: ${races}`);
  }, 120_000);

  it('the constraint alone decides 100 concurrent raw inserts of one slot', async () => {
    await seedBookingSample(db());
    const { ok, refused } = await settle(
      Array.from({ length: 100 }, () =>
        insertRow(db(), { specialist: 'specialist-migration', from: '10:00', to: '10:30' }),
      ),
    );
    expect({ ok, refused }).toEqual({ ok: 1, refused: 99 });
  }, 120_000);

  it('a race only the database sees is refused by the constraint: 409 with alternatives, nothing written', async () => {
    await seedBookingSample(db());
    const log = captureLogger();
    const response = await postBooking(
      bookingApp(racingDb(db()), { logger: log.logger }),
      bookingBody({ locationId: 'home' }),
    );
    expect(response.status).toBe(409);
    const body = (await response.json()) as SlotUnavailableBody;
    expect(body.code).toBe('slot_unavailable');
    expect(body.alternatives.length).toBe(3);
    expect(log.lines().some((line) => line.msg === 'booking race lost to the database')).toBe(true);
    expect(await countRows(db(), 'bookings')).toBe(0);
  });

  it('two overlapping bookings of different lengths for one specialist cannot both exist', async () => {
    await seedBookingSample(db());
    const { ok, refused } = await settle([
      insertRow(db(), { specialist: 'specialist-welfare-2', from: '10:00', to: '10:30' }),
      insertRow(db(), { specialist: 'specialist-welfare-2', from: '09:30', to: '10:30' }),
      insertRow(db(), { specialist: 'specialist-welfare-2', from: '10:15', to: '11:15' }),
    ]);
    expect({ ok, refused }).toEqual({ ok: 1, refused: 2 });
    // Touching ranges are fine: [10:30, 11:00) starts where [10:00, 10:30) ends.
    await db().exec('truncate bookings');
    await insertRow(db(), { specialist: 'specialist-welfare-2', from: '10:00', to: '10:30' });
    await insertRow(db(), { specialist: 'specialist-welfare-2', from: '10:30', to: '11:00' });
  });

  it('through the API: a 60-minute and a 30-minute session that overlap on one specialist', async () => {
    await seedBookingSample(db());
    // A longer session handled by the migration specialist, who also takes 30-minute ones.
    await db().query(
      `insert into services (id, name, description, duration_minutes, modes, buffer_minutes)
       values ('migration-long', $1, $1, 60, '["home"]', 0)`,
      [{ ja: '移住（長め）', en: 'Migration (long)', 'ja-easy': 'いじゅう' }],
    );
    await db().query(
      `insert into service_specialists (service_id, specialist_id) values ('migration-long', 'specialist-migration')`,
    );
    const app = bookingApp(db());
    const [short, long] = await Promise.all([
      postBooking(app, bookingBody({ locationId: 'home', start: '2026-12-01T10:00:00+09:00' })),
      postBooking(
        app,
        bookingBody({
          serviceId: 'migration-long',
          locationId: 'home',
          start: '2026-12-01T09:30:00+09:00',
        }),
      ),
    ]);
    expect([short.status, long.status].sort()).toEqual([201, 409]);
    expect(await countRows(db(), 'bookings')).toBe(1);
  });

  it('one booth hosts one session: two specialists cannot share the branch booth', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const [migration, register] = await Promise.all([
      postBooking(app, bookingBody()),
      postBooking(app, bookingBody({ serviceId: 'family-register' })),
    ]);
    expect([migration.status, register.status].sort()).toEqual([201, 409]);
    // Another branch's booth is free at the same time (with a specialist who is free too).
    const elsewhere = await postBooking(
      app,
      bookingBody({ serviceId: 'welfare', locationId: 'nishihama-branch' }),
    );
    expect(elsewhere.status).toBe(201);
    // And the database refuses it too, whatever the code does.
    const { ok, refused } = await settle([
      insertRow(db(), {
        specialist: 'specialist-welfare',
        booth: 'kitaura-branch-booth-1',
        from: '10:15',
        to: '10:45',
      }),
    ]);
    expect({ ok, refused }).toEqual({ ok: 0, refused: 1 });
  });

  it('buffers are part of the guarded range', async () => {
    await seedBookingSample(db());
    await insertRow(db(), {
      specialist: 'specialist-register',
      from: '10:00',
      to: '10:30',
      blockedTo: '10:40',
    });
    const { refused } = await settle([
      insertRow(db(), { specialist: 'specialist-register', from: '10:30', to: '11:00' }),
    ]);
    expect(refused).toBe(1);
    await insertRow(db(), { specialist: 'specialist-register', from: '10:40', to: '11:10' });
    // Through the API: after the 10:00 migration session at Kitaura, the booth's next start is 11:00.
    const app = bookingApp(db());
    expect((await postBooking(app, bookingBody())).status).toBe(201);
    const next = await postBooking(
      app,
      bookingBody({ locationId: 'kitaura-branch', start: '2026-12-01T10:30:00+09:00' }),
    );
    expect(next.status).toBe(409);
  });

  it('cancelling frees the slot at once', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const first = await postBooking(app, bookingBody());
    const { booking, manageToken } = (await first.json()) as {
      booking: { reference: string };
      manageToken: string;
    };
    expect((await postBooking(app, bookingBody())).status).toBe(409);
    const cancel = await withToken(app, `${booking.reference}/cancel`, manageToken, {
      method: 'POST',
    });
    expect(cancel.status).toBe(200);
    expect((await postBooking(app, bookingBody())).status).toBe(201);
    expect(await db().query('select status from bookings order by created_at, status')).toEqual(
      expect.arrayContaining([{ status: 'cancelled' }, { status: 'confirmed' }]),
    );
  });
});
