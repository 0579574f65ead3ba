import type { StaffAvailability } from '@machi-dx/booking/core';
import type { Db, DbExecutor } from '../db/types.ts';
import { loadSpecialistHours } from './rules-input.ts';

/** A specialist's weekly hours and every stored exception, in the wire shape. */
export async function loadAvailability(
  db: DbExecutor,
  specialistId: string,
): Promise<StaffAvailability> {
  const [hours] = await loadSpecialistHours(db, [specialistId]);
  return {
    weeklyHours: [...(hours?.weeklyHours ?? [])],
    exceptions: [...(hours?.exceptions ?? [])],
  };
}

/**
 * Replaces a specialist's weekly hours and exceptions in one transaction (validated by the core
 * schema first: no overlaps, end after start, one exception per date). Existing bookings are not
 * touched: a session booked before the change still takes place.
 */
export async function saveAvailability(
  db: Db,
  specialistId: string,
  availability: StaffAvailability,
): Promise<StaffAvailability> {
  return db.transaction(async (tx) => {
    await tx.query('delete from specialist_weekly_hours where specialist_id = $1', [specialistId]);
    await tx.query('delete from specialist_exceptions where specialist_id = $1', [specialistId]);
    for (const { day, start, end } of availability.weeklyHours) {
      await tx.query(
        `insert into specialist_weekly_hours (specialist_id, day, start_time, end_time)
         values ($1, $2, $3::time, $4::time)`,
        [specialistId, day, start, end],
      );
    }
    for (const exception of availability.exceptions) {
      await tx.query(
        `insert into specialist_exceptions (specialist_id, date, hours, note)
         values ($1, $2::date, $3, $4)`,
        [specialistId, exception.date, exception.hours, exception.note ?? null],
      );
    }
    await tx.query('update specialists set updated_at = now() where id = $1', [specialistId]);
    return loadAvailability(tx, specialistId);
  });
}
