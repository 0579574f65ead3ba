import { createRoute, z } from '@hono/zod-openapi';
import { bookingToIcs } from '@machi-dx/booking/core';
import type { ApiRouter } from '../app.ts';
import { errorResponses } from '../routes/schemas.ts';
import { loadCalendar } from './calendar.ts';
import { bookingPlace, findAnyService } from './catalog.ts';
import { bookingValidationHook } from './errors.ts';
import {
  authorizeManage,
  bearerToken,
  cancelBooking,
  rescheduleBooking,
  viewBooking,
} from './manage.ts';
import {
  BookingResponse,
  CalendarQuery,
  conflictResponse,
  json,
  MANAGE_TOKEN_SCHEME,
  ReferenceParams,
  RescheduleBody,
} from './openapi.ts';
import { residentView } from './records.ts';
import type { BookingRuntime } from './runtime.ts';

const security = [{ [MANAGE_TOKEN_SCHEME]: [] }];
const authErrors =
  '401 without a token; 404 for an unknown reference or a wrong token (the same answer, so a reference alone reveals nothing).';

const getRoute = createRoute({
  method: 'get',
  path: '/booking/bookings/{reference}',
  tags: ['booking'],
  summary: 'View a booking (manage token)',
  description: `The resident’s view: no specialist, booth or consultation summary. ${authErrors}`,
  security,
  request: { params: ReferenceParams },
  responses: { 200: json('The booking', BookingResponse), ...errorResponses(401, 404) },
});

const cancelRoute = createRoute({
  method: 'post',
  path: '/booking/bookings/{reference}/cancel',
  tags: ['booking'],
  summary: 'Cancel a booking (manage token)',
  description: `Until the cut-off (close of the previous business day); the slot is offered again at once. Cancelling a cancelled booking answers 200 again. After the cut-off: 409 \`cutoff_passed\`. ${authErrors}`,
  security,
  request: { params: ReferenceParams },
  responses: {
    200: json('Cancelled', BookingResponse),
    ...errorResponses(401, 404),
    ...conflictResponse,
  },
});

const rescheduleRoute = createRoute({
  method: 'post',
  path: '/booking/bookings/{reference}/reschedule',
  tags: ['booking'],
  summary: 'Move a booking to another slot (manage token)',
  description: `Same service and place, a free slot from the availability, until the cut-off. 409 \`booking_cancelled\` for a cancelled booking, \`cutoff_passed\` after the cut-off, \`slot_unavailable\` (with alternatives) when the slot is taken; 422 for a start the rules refuse. ${authErrors}`,
  security,
  request: {
    params: ReferenceParams,
    body: { required: true, content: { 'application/json': { schema: RescheduleBody } } },
  },
  responses: {
    200: json('Moved', BookingResponse),
    ...errorResponses(400, 401, 404, 415, 422),
    ...conflictResponse,
  },
});

const calendarRoute = createRoute({
  method: 'get',
  path: '/booking/bookings/{reference}/calendar.ics',
  tags: ['booking'],
  summary: 'Calendar file of a booking (manage token)',
  description: `RFC 5545, one event in Asia/Tokyo with the place (or “video consultation”), how to join and what to bring; \`STATUS:CANCELLED\` once cancelled. The token goes in the Authorization header, or in \`?token=\` for a plain link. ${authErrors}`,
  security,
  request: { params: ReferenceParams, query: CalendarQuery },
  responses: {
    200: {
      description: 'The calendar file',
      content: { 'text/calendar': { schema: z.string() } },
    },
    ...errorResponses(401, 404, 422),
  },
});

/** The manage routes: view, cancel, reschedule and the calendar file, with the manage token. */
export function registerManageRoutes(api: ApiRouter, runtime: BookingRuntime) {
  api.openAPIRegistry.registerComponent('securitySchemes', MANAGE_TOKEN_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description:
      'The `manageToken` from the booking’s 201 answer. The manage link carries it in the URL fragment, which browsers never send to a server.',
  });

  api.openapi(
    getRoute,
    async (c) => {
      const { reference } = c.req.valid('param');
      const booking = await viewBooking(
        c.get('db'),
        reference,
        bearerToken(c.req.header('Authorization')),
      );
      return c.json({ booking }, 200);
    },
    bookingValidationHook,
  );

  api.openapi(
    cancelRoute,
    async (c) => {
      const { reference } = c.req.valid('param');
      const booking = await cancelBooking(
        c.get('db'),
        reference,
        bearerToken(c.req.header('Authorization')),
        runtime.now(),
      );
      return c.json({ booking }, 200);
    },
    bookingValidationHook,
  );

  api.openapi(
    rescheduleRoute,
    async (c) => {
      const { reference } = c.req.valid('param');
      const booking = await rescheduleBooking(c.get('db'), {
        reference,
        token: bearerToken(c.req.header('Authorization')),
        start: c.req.valid('json').start,
        now: runtime.now(),
        logger: c.get('logger'),
      });
      return c.json({ booking }, 200);
    },
    bookingValidationHook,
  );

  api.openapi(
    calendarRoute,
    async (c) => {
      const { reference } = c.req.valid('param');
      const query = c.req.valid('query');
      const token = bearerToken(c.req.header('Authorization')) ?? (query.token || undefined);
      const db = c.get('db');
      const file = await db.transaction(async (tx) => {
        const record = await authorizeManage(tx, reference, token);
        const calendar = await loadCalendar(tx);
        const service = await findAnyService(tx, record.serviceId);
        if (!service) throw new Error(`service ${record.serviceId} of a booking is missing`);
        const ics = bookingToIcs(residentView(record, calendar), {
          service,
          location: await bookingPlace(tx, record.siteId),
          uidDomain: calendar.settings.calendarUidDomain ?? new URL(c.req.url).hostname,
          now: runtime.now(),
          locale: query.lang ?? 'ja',
          sequence: record.revision,
        });
        return { ics, reference: record.reference };
      });
      return c.body(file.ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.reference}.ics"`,
      });
    },
    bookingValidationHook,
  );
}
