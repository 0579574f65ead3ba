// Staff side: sign-in, weekly availability with date exceptions, status after a session.
import * as z from 'zod';
import { fieldLimits } from '../field-rules';
import { bookingSchema } from './booking';
import { crossFieldIssue, idSchema, minutesOf, plainDateSchema, timeOfDaySchema } from './common';

type Range = { start: string; end: string };

/** Reports ranges that end before they start, and ranges that overlap an earlier one in `group`. */
function checkRanges<T extends Range>(
  ranges: readonly T[],
  context: z.RefinementCtx,
  group: (range: T) => string | number,
  basePath: PropertyKey[],
) {
  const seen = new Map<string | number, { start: number; end: number }[]>();
  ranges.forEach((range, index) => {
    const start = minutesOf(range.start);
    const end = minutesOf(range.end);
    if (Number.isNaN(start) || Number.isNaN(end)) return;
    if (end <= start) {
      context.addIssue(crossFieldIssue('before_start', [...basePath, index, 'end']));
      return;
    }
    const key = group(range);
    const earlier = seen.get(key) ?? [];
    if (earlier.some((other) => start < other.end && other.start < end)) {
      context.addIssue(crossFieldIssue('overlap', [...basePath, index, 'start']));
    }
    seen.set(key, [...earlier, { start, end }]);
  });
}

/** Working hours on a day of the week (0 = Sunday … 6 = Saturday). */
export const weeklyHoursSchema = z.strictObject({
  day: z.literal([0, 1, 2, 3, 4, 5, 6]),
  start: timeOfDaySchema,
  end: timeOfDaySchema,
});

/** A wall-clock range. */
export const timeRangeSchema = z.strictObject({ start: timeOfDaySchema, end: timeOfDaySchema });

/** Hours replacing the weekly hours on one date; `hours: []` means not available. */
export const dateExceptionSchema = z.strictObject({
  date: plainDateSchema,
  hours: z
    .array(timeRangeSchema)
    .max(10)
    .superRefine((hours, context) => checkRanges(hours, context, () => 0, [])),
  note: z.string().max(fieldLimits.exceptionNote).optional(),
});

/** A specialist's availability (`PUT /staff/availability` body). */
export const staffAvailabilitySchema = z
  .strictObject({
    weeklyHours: z
      .array(weeklyHoursSchema)
      .max(70)
      .superRefine((hours, context) => checkRanges(hours, context, (range) => range.day, [])),
    exceptions: z
      .array(dateExceptionSchema)
      .max(400)
      .superRefine((exceptions, context) => {
        const dates = new Set<string>();
        exceptions.forEach((exception, index) => {
          if (dates.has(exception.date)) {
            context.addIssue(crossFieldIssue('duplicate', [index, 'date']));
          }
          dates.add(exception.date);
        });
      }),
  })
  .meta({ description: 'Weekly working hours in Asia/Tokyo with per-date exceptions.' });

/** `GET|PUT /staff/availability` response. */
export const staffAvailabilityResponseSchema = z.object({ availability: staffAvailabilitySchema });

/** `POST /staff/bookings/{reference}/status` body. */
export const staffStatusBodySchema = z.strictObject({ status: z.enum(['done', 'no_show']) });

/** A booking as its specialist sees it. */
export const staffBookingSchema = bookingSchema.extend({
  specialistId: idSchema,
  boothId: idSchema.optional(),
  summary: z.string().optional(),
});

/** `GET /staff/bookings` response. */
export const staffScheduleResponseSchema = z.object({ bookings: z.array(staffBookingSchema) });

/** `POST /auth/login` body; the password is compared as sent (never trimmed). */
export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(fieldLimits.username),
  password: z.string().min(1).max(fieldLimits.password),
});

/** The signed-in staff member. */
export const staffUserSchema = z.object({ id: idSchema, username: z.string(), name: z.string() });

/** `POST /auth/login` and `GET /auth/me` response: the server's shared account shape. */
export const staffSessionResponseSchema = z.object({
  account: z.object({
    id: idSchema,
    username: z.string(),
    displayName: z.string(),
    role: z.enum(['staff', 'hq', 'shelter']),
  }),
});
