import { defaultWeeklyHours, sampleBookingSeed } from '@machi-dx/booking/core';
import type { DbExecutor } from '../db/types.ts';

/**
 * Which sample staff account signs in as which sample specialist. The second welfare specialist
 * has no account: a specialist does not need one to be booked.
 */
export const sampleSpecialistAccounts: Readonly<Record<string, string>> = {
  'specialist-migration': 'sample-migration',
  'specialist-register': 'sample-family-register',
  'specialist-welfare': 'sample-welfare',
};

/** Minutes kept free after each sample session (as in the booking core's sample seed). */
const SAMPLE_BUFFER_MINUTES = 10;

/**
 * The booking part of the sample city, from the booking core's `sampleBookingSeed()` so the
 * widgets' stories and the server agree: the three services (移住・定住支援, 出生届など戸籍の届出,
 * 生活保護の相談), four specialists at the main office with their hours (8:30–17:15 on weekdays;
 * one welfare specialist takes a lunch break), linked to the sample staff accounts, and one
 * booth at each of the four branch offices. Call it inside the seed's transaction, after the
 * sites and accounts; every row is flagged `sample`.
 */
export async function seedSampleBooking(tx: DbExecutor): Promise<void> {
  const seed = sampleBookingSeed();
  for (const [index, service] of seed.services.entries()) {
    await tx.query(
      `insert into services (id, name, description, duration_minutes, modes, documents,
         min_notice_business_days, horizon_days, buffer_minutes, slot_interval_minutes,
         sort_order, sample)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true)`,
      [
        service.id,
        service.name,
        service.description,
        service.durationMinutes,
        service.modes,
        service.documents,
        service.minNoticeBusinessDays ?? 1,
        service.horizonDays ?? 30,
        seed.bufferMinutes ?? SAMPLE_BUFFER_MINUTES,
        service.slotIntervalMinutes ?? 30,
        index * 10,
      ],
    );
  }
  for (const member of seed.staff) {
    const username = sampleSpecialistAccounts[member.id];
    await tx.query(
      `insert into specialists (id, display_name, account_id, sample)
       values ($1, $2, (select id from accounts where lower(username) = lower($3::text)), true)`,
      [member.id, `${member.name}（サンプル）`, username ?? null],
    );
    for (const { day, start, end } of member.weeklyHours ?? defaultWeeklyHours) {
      await tx.query(
        `insert into specialist_weekly_hours (specialist_id, day, start_time, end_time)
         values ($1, $2, $3::time, $4::time)`,
        [member.id, day, start, end],
      );
    }
  }
  for (const service of seed.services) {
    for (const [order, specialistId] of service.specialistIds.entries()) {
      await tx.query(
        `insert into service_specialists (service_id, specialist_id, sort_order)
         values ($1, $2, $3)`,
        [service.id, specialistId, order],
      );
    }
  }
  for (const location of seed.locations) {
    for (const [order, booth] of (location.booths ?? []).entries()) {
      await tx.query(
        `insert into booths (id, site_id, name, sort_order, sample) values ($1, $2, $3, $4, true)`,
        [booth.id, location.id, booth.name, order],
      );
    }
  }
}
