import { createRoute } from '@hono/zod-openapi';
import { normalizeReference } from '@machi-dx/booking/core';
import { addDays, parsePlainDate, tokyoInstant } from '@machi-dx/ui/core';
import type { ApiRouter } from '../app.ts';
import { requireSession } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import type { DbExecutor } from '../db/types.ts';
import { apiError } from '../errors.ts';
import { errorResponses } from '../routes/schemas.ts';
import { loadCalendar } from './calendar.ts';
import { bookingError, bookingValidationHook } from './errors.ts';
import {
  DateRangeQuery,
  json,
  ReferenceParams,
  StaffAvailabilityBody,
  StaffAvailabilityResponse,
  StaffBookingResponse,
  StaffScheduleResponse,
  StaffStatusBody,
} from './openapi.ts';
import { BOOKING_COLUMNS, findByReference, staffView, toRecord } from './records.ts';
import type { BookingRuntime } from './runtime.ts';
import { loadAvailability, saveAvailability } from './staff-availability.ts';

const security = [{ [SESSION_SECURITY_SCHEME]: [] }];
const signedIn =
  '401 without a session; 403 for other roles and for staff accounts not linked to a specialist.';

const scheduleRoute = createRoute({
  method: 'get',
  path: '/staff/bookings',
  tags: ['staff'],
  summary: 'The signed-in specialist’s bookings',
  description: `Bookings (every status) starting between \`from\` and \`to\` (Tokyo dates, both included, at most 62 days), in time order, with the consultation summary and accommodations. ${signedIn}`,
  security,
  middleware: [requireSession({ roles: ['staff'] })] as const,
  request: { query: DateRangeQuery },
  responses: {
    200: json('The schedule', StaffScheduleResponse),
    ...errorResponses(401, 403, 422),
  },
});

const getAvailabilityRoute = createRoute({
  method: 'get',
  path: '/staff/availability',
  tags: ['staff'],
  summary: 'The signed-in specialist’s weekly hours and exceptions',
  description: signedIn,
  security,
  middleware: [requireSession({ roles: ['staff'] })] as const,
  responses: {
    200: json('Availability', StaffAvailabilityResponse),
    ...errorResponses(401, 403),
  },
});

const putAvailabilityRoute = createRoute({
  method: 'put',
  path: '/staff/availability',
  tags: ['staff'],
  summary: 'Replace the signed-in specialist’s weekly hours and exceptions',
  description: `Replaces both lists. Existing bookings stay as they are; only new slots follow the new hours. ${signedIn}`,
  security,
  middleware: [requireSession({ roles: ['staff'] })] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: StaffAvailabilityBody } } },
  },
  responses: {
    200: json('Saved', StaffAvailabilityResponse),
    ...errorResponses(400, 401, 403, 415, 422),
  },
});

const statusRoute = createRoute({
  method: 'post',
  path: '/staff/bookings/{reference}/status',
  tags: ['staff'],
  summary: 'Mark a session done or no-show',
  description: `Only the booking’s own specialist (403 otherwise), once the session has started (409 \`booking_not_started\`), never for a cancelled booking (409 \`booking_cancelled\`). ${signedIn}`,
  security,
  middleware: [requireSession({ roles: ['staff'] })] as const,
  request: {
    params: ReferenceParams,
    body: { required: true, content: { 'application/json': { schema: StaffStatusBody } } },
  },
  responses: {
    200: json('The booking', StaffBookingResponse),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
});

/** The specialist an account signs in as; 403 for a staff account not linked to one. */
export async function specialistOf(db: DbExecutor, accountId: string): Promise<string> {
  const [row] = await db.query<{ id: string }>('select id from specialists where account_id = $1', [
    accountId,
  ]);
  if (!row) throw apiError('forbidden');
  return row.id;
}

/** `/staff/bookings`, `/staff/availability` and the status route, for signed-in specialists. */
export function registerStaffRoutes(api: ApiRouter, runtime: BookingRuntime) {
  api.openapi(
    scheduleRoute,
    async (c) => {
      const query = c.req.valid('query');
      const db = c.get('db');
      const specialistId = await specialistOf(db, c.get('account').id);
      const from = tokyoInstant(parsePlainDate(query.from)!, '00:00');
      const to = tokyoInstant(addDays(parsePlainDate(query.to)!, 1), '00:00');
      const bookings = await db.transaction(async (tx) => {
        const rows = await tx.query<Parameters<typeof toRecord>[0]>(
          `select ${BOOKING_COLUMNS} from bookings
           where specialist_id = $1 and lower(during) >= $2 and lower(during) < $3
           order by lower(during), reference`,
          [specialistId, from.toISOString(), to.toISOString()],
        );
        const calendar = await loadCalendar(tx);
        return rows.map((row) => staffView(toRecord(row), calendar));
      });
      return c.json({ bookings }, 200);
    },
    bookingValidationHook,
  );

  api.openapi(getAvailabilityRoute, async (c) => {
    const db = c.get('db');
    const specialistId = await specialistOf(db, c.get('account').id);
    return c.json({ availability: await loadAvailability(db, specialistId) }, 200);
  });

  api.openapi(
    putAvailabilityRoute,
    async (c) => {
      const db = c.get('db');
      const specialistId = await specialistOf(db, c.get('account').id);
      const availability = await saveAvailability(db, specialistId, c.req.valid('json'));
      return c.json({ availability }, 200);
    },
    bookingValidationHook,
  );

  api.openapi(
    statusRoute,
    async (c) => {
      const { reference } = c.req.valid('param');
      const { status } = c.req.valid('json');
      const db = c.get('db');
      const now = runtime.now();
      const booking = await db.transaction(async (tx) => {
        const specialistId = await specialistOf(tx, c.get('account').id);
        const canonical = normalizeReference(reference);
        const record = canonical && (await findByReference(tx, canonical, { forUpdate: true }));
        if (!record) throw apiError('not_found');
        if (record.specialistId !== specialistId) throw apiError('forbidden');
        if (record.status === 'cancelled') throw bookingError('booking_cancelled');
        if (record.start.getTime() > now.getTime()) throw bookingError('booking_not_started');
        const [row] = await tx.query<Parameters<typeof toRecord>[0]>(
          `update bookings set status = $2, updated_at = $3 where id = $1
           returning ${BOOKING_COLUMNS}`,
          [record.id, status, now.toISOString()],
        );
        return staffView(toRecord(row!), await loadCalendar(tx));
      });
      return c.json({ booking }, 200);
    },
    bookingValidationHook,
  );
}
