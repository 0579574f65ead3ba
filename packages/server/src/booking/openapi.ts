// The booking core's zod schemas, named for the OpenAPI document. The core registers no ids
// itself (its ESM and CJS builds would both register them); naming happens here, once.
import { z } from '@hono/zod-openapi';
import {
  availabilityQuerySchema,
  availabilitySchema,
  bookingResponseSchema,
  createBookingBodySchema,
  createdBookingSchema,
  dateRangeQuerySchema,
  locationsResponseSchema,
  rescheduleBodySchema,
  servicesResponseSchema,
  slotUnavailableBodySchema,
  staffAvailabilityResponseSchema,
  staffAvailabilitySchema,
  staffBookingSchema,
  staffScheduleResponseSchema,
  staffStatusBodySchema,
} from '@machi-dx/booking/core';
import { ErrorSchema } from '../routes/schemas.ts';

/**
 * A copy of a core schema built now, so it has the `.openapi()` method: zod 4 copies prototype
 * methods onto each schema when it is created, and the core's schemas may have been created
 * before `@hono/zod-openapi` extended zod (when a program imports the core first).
 */
function fresh<T extends z.ZodType>(schema: T): T {
  const Schema = schema.constructor as new (def: unknown) => T;
  return new Schema(schema._def);
}

/** A core schema as a named OpenAPI component. */
function named<T extends z.ZodType>(schema: T, name: string): T {
  return fresh(schema).openapi(name) as T;
}

/** OpenAPI security scheme of the resident's manage token (`Authorization: Bearer …`). */
export const MANAGE_TOKEN_SCHEME = 'manageToken';

/** `GET /booking/services` 200. */
export const ServicesResponse = named(servicesResponseSchema, 'BookingServicesResponse');
/** `GET /booking/locations` 200. */
export const LocationsResponse = named(locationsResponseSchema, 'BookingLocationsResponse');
/** `GET /booking/availability` query. */
export const AvailabilityQuery = fresh(availabilityQuerySchema);
/** `GET /booking/availability` 200. */
export const AvailabilityResponse = named(availabilitySchema, 'BookingAvailability');
/** `POST /booking/bookings` body. */
export const CreateBookingBody = named(createBookingBodySchema, 'CreateBookingBody');
/** `POST /booking/bookings` 201. */
export const CreatedBookingResponse = named(createdBookingSchema, 'CreatedBooking');
/** Responses carrying one booking (resident view). */
export const BookingResponse = named(bookingResponseSchema, 'BookingResponse');
/** `POST …/reschedule` body. */
export const RescheduleBody = named(rescheduleBodySchema, 'RescheduleBody');
/** The 409 `slot_unavailable` body. */
export const SlotUnavailable = named(slotUnavailableBodySchema, 'SlotUnavailable');
/** `GET /staff/bookings` query. */
export const DateRangeQuery = fresh(dateRangeQuerySchema);
/** `GET /staff/bookings` 200. */
export const StaffScheduleResponse = named(staffScheduleResponseSchema, 'StaffScheduleResponse');
/** `PUT /staff/availability` body. */
export const StaffAvailabilityBody = named(staffAvailabilitySchema, 'StaffAvailability');
/** `GET|PUT /staff/availability` 200. */
export const StaffAvailabilityResponse = named(
  staffAvailabilityResponseSchema,
  'StaffAvailabilityResponse',
);
/** `POST /staff/bookings/{reference}/status` body. */
export const StaffStatusBody = named(staffStatusBodySchema, 'StaffStatusBody');
/** `POST /staff/bookings/{reference}/status` 200. */
export const StaffBookingResponse = z
  .object({ booking: staffBookingSchema })
  .openapi('StaffBookingResponse');

/** The `{reference}` path parameter. */
export const ReferenceParams = z.object({
  reference: z
    .string()
    .max(40)
    .openapi({
      param: { name: 'reference', in: 'path' },
      description: 'The booking reference; case, full-width characters and hyphens are forgiven.',
      example: 'UWJ-7K4P-M2',
    }),
});

/** `Idempotency-Key` as a documented (optional) header. */
export const IdempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .optional()
    .openapi({
      param: { name: 'Idempotency-Key', in: 'header' },
      description:
        'A UUID (16–255 visible ASCII characters). A retry with the same key and body returns the first answer; the same key with another body is 422 `idempotency_key_reused`.',
      example: '0f5c2b8e-3d0a-4c55-9a53-3f1b7d1c0e42',
    }),
});

/** The `?token=` alternative to the Bearer header (calendar links only). */
export const CalendarQuery = z.object({
  token: z.string().max(200).optional().openapi({
    description:
      'The manage token, for a plain link. Prefer the Authorization header: a query string can end up in logs and history.',
  }),
  lang: z
    .enum(['ja', 'en', 'ja-easy'])
    .optional()
    .openapi({ description: 'Language of the calendar texts (default ja).' }),
});

/** A JSON response entry for a status. */
export function json<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema } } };
}

/** The 409 answer of routes that may report a taken slot (or a state conflict, in the Error shape). */
export const conflictResponse = {
  409: {
    description:
      '`slot_unavailable` (with `alternatives`), or `booking_cancelled` / `cutoff_passed`',
    content: { 'application/json': { schema: z.union([SlotUnavailable, ErrorSchema]) } },
  },
};
