import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ApiRouter } from '../app.ts';
import { rateLimitAddress } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { errorResponses } from '../routes/schemas.ts';
import { createBooking } from './create.ts';
import { bookingValidationHook } from './errors.ts';
import { readIdempotencyKey } from './idempotency.ts';
import {
  CreateBookingBody,
  CreatedBookingResponse,
  conflictResponse,
  IdempotencyHeaders,
  json,
} from './openapi.ts';
import type { BookingRuntime } from './runtime.ts';

function createLimit(runtime: BookingRuntime): MiddlewareHandler<AppEnv>[] {
  const rule = runtime.createRateLimit;
  if (!rule) return [];
  return [
    rateLimit({
      // Without a known address (the app mounted without a socket) nothing is shared: skip.
      key: (c) => {
        const ip = c.get('clientIp');
        return ip ? `booking-create:ip:${rateLimitAddress(ip)}` : undefined;
      },
      limit: rule.limit,
      windowSeconds: rule.windowSeconds,
    }),
  ];
}

/** `POST /booking/bookings`. */
export function registerCreateRoute(api: ApiRouter, runtime: BookingRuntime) {
  const route = createRoute({
    method: 'post',
    path: '/booking/bookings',
    tags: ['booking'],
    summary: 'Book a consultation',
    description: [
      'Books `start` (a slot from the availability) for the service at the location. The server checks every slot rule again and assigns a specialist and, at a branch, a booth; database exclusion constraints make double booking impossible, so of N concurrent requests for one slot exactly one gets 201.',
      'Furigana is stored as full-width katakana and the phone number formatted; markup is stored and returned as plain text.',
      'The `manageToken` is shown only in this answer (the server keeps its hash): put it in the manage link’s URL fragment.',
      runtime.createRateLimit
        ? `At most ${runtime.createRateLimit.limit} requests per client address in ${runtime.createRateLimit.windowSeconds / 60} minutes (429 with \`Retry-After\`).`
        : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    middleware: createLimit(runtime),
    request: {
      headers: IdempotencyHeaders,
      body: { required: true, content: { 'application/json': { schema: CreateBookingBody } } },
    },
    responses: {
      201: {
        ...json(
          'Booked; a replayed Idempotency-Key answers the same (with `Idempotent-Replayed: true`)',
          CreatedBookingResponse,
        ),
        headers: {
          Location: { schema: { type: 'string' }, description: 'The booking’s URL' },
        },
      },
      ...errorResponses(400, 413, 415, 422, 429),
      ...conflictResponse,
    },
  });

  api.openapi(
    route,
    async (c) => {
      const body = c.req.valid('json');
      // Parsed by the validator already (and cached): the raw form is what a retry resends.
      const rawBody: unknown = await c.req.json();
      const result = await createBooking(c.get('db'), {
        body,
        rawBody,
        idempotencyKey: readIdempotencyKey(c.req.header('Idempotency-Key')),
        now: runtime.now(),
        logger: c.get('logger'),
      });
      const headers: Record<string, string> = {
        Location: `/api/v1/booking/bookings/${result.body.booking.reference}`,
      };
      if (result.replayed) headers['Idempotent-Replayed'] = 'true';
      return c.json(result.body, 201, headers);
    },
    bookingValidationHook,
  );
}
