// The booking itself: the create body with its field rules, the booking as returned, and the
// manage operations (reschedule) and error bodies.
import * as z from 'zod';
import {
  emailRule,
  fieldLimits,
  interpreterLanguageRule,
  nameKanaRule,
  nameRule,
  otherAccommodationRule,
  phoneRule,
  summaryRule,
} from '../field-rules';
import { slotSchema } from './catalog';
import {
  crossFieldIssue,
  idSchema,
  instantSchema,
  localizedMessageSchema,
  ruleString,
} from './common';

/** An accommodation the resident needs (手話通訳, 筆談, 車椅子, interpreter with language, other with text). */
export const accommodationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('sign_language') }),
  z.strictObject({ type: z.literal('written_communication') }),
  z.strictObject({ type: z.literal('wheelchair') }),
  z.strictObject({ type: z.literal('interpreter'), language: ruleString(interpreterLanguageRule) }),
  z.strictObject({ type: z.literal('other'), text: ruleString(otherAccommodationRule) }),
]);

/** The resident's details; `nameKana` becomes full-width katakana, `phone` is formatted. */
export const residentSchema = z.strictObject({
  name: ruleString(nameRule).meta({ description: 'Full name as written (氏名).' }),
  nameKana: ruleString(nameKanaRule).meta({
    description: 'Reading in katakana; hiragana and half-width kana are normalised.',
    example: 'ウワジマ タロウ',
  }),
  phone: ruleString(phoneRule).meta({ example: '0895-24-1111' }),
  email: ruleString(emailRule).optional(),
});

/** `POST /booking/bookings` body. */
export const createBookingBodySchema = z
  .strictObject({
    serviceId: idSchema,
    locationId: idSchema,
    start: instantSchema,
    resident: residentSchema,
    summary: ruleString(summaryRule).optional().meta({
      description: 'What the consultation is about; sensitive, shown only to the specialist.',
    }),
    accommodations: z
      .array(accommodationSchema)
      .max(fieldLimits.accommodations)
      .superRefine((list, context) => {
        const seen = new Set<string>();
        list.forEach((item, index) => {
          if (seen.has(item.type)) {
            context.addIssue(crossFieldIssue('duplicate', [index, 'type']));
          }
          seen.add(item.type);
        });
      })
      .optional(),
    consent: z
      .literal(true)
      .meta({ description: 'The resident agreed to the privacy notice; must be true.' }),
  })
  .meta({ description: 'A booking request. Send an Idempotency-Key header so a retry is safe.' });

/** A booking's status. */
export const bookingStatusSchema = z.enum(['confirmed', 'cancelled', 'done', 'no_show']);

/** The resident's details as stored (already normalised). */
export const storedResidentSchema = z.object({
  name: z.string(),
  nameKana: z.string(),
  phone: z.string(),
  email: z.string().optional(),
});

/** A booking as its resident sees it. */
export const bookingSchema = z
  .object({
    reference: z.string().meta({ example: 'UWJ-7K4P-M2' }),
    status: bookingStatusSchema,
    serviceId: idSchema,
    locationId: idSchema,
    start: instantSchema,
    end: instantSchema,
    resident: storedResidentSchema,
    accommodations: z.array(accommodationSchema),
    cancellableUntil: instantSchema,
    createdAt: instantSchema,
  })
  .meta({ description: 'A booking, as its resident sees it with the manage token.' });

/** `POST /booking/bookings` 201 response. */
export const createdBookingSchema = z.object({
  booking: bookingSchema,
  manageToken: z.string().meta({
    description: 'Secret for view/cancel/reschedule; shown once, keep it in the URL fragment.',
  }),
});

/** Responses carrying one booking. */
export const bookingResponseSchema = z.object({ booking: bookingSchema });

/** `POST /booking/bookings/{reference}/reschedule` body. */
export const rescheduleBodySchema = z.strictObject({ start: instantSchema });

/** One field's problem in a 422. */
export const fieldErrorSchema = z.object({
  path: z.string().meta({ example: 'resident.nameKana' }),
  code: z.string().meta({ example: 'invalid_characters' }),
  message: localizedMessageSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The body of every error response. */
export const errorBodySchema = z.looseObject({
  code: z.string(),
  message: localizedMessageSchema,
  errors: z.array(fieldErrorSchema).optional(),
});

/** The 409 `slot_unavailable` body with nearby free slots. */
export const slotUnavailableBodySchema = z.looseObject({
  code: z.literal('slot_unavailable'),
  message: localizedMessageSchema,
  errors: z.array(fieldErrorSchema).optional(),
  alternatives: z.array(slotSchema),
});
