// Services, locations and availability: what the resident chooses from.
import { daysBetween, parsePlainDate } from '@machi-dx/ui/core';
import * as z from 'zod';
import { consultationModes } from '../modes';
import {
  crossFieldIssue,
  idSchema,
  instantSchema,
  localizedMessageSchema,
  localizedTextSchema,
  plainDateSchema,
} from './common';

/** The longest date range one availability or schedule request may ask for. */
export const maxRangeDays = 62;

/** `branch` or `home`. */
export const consultationModeSchema = z.enum(consultationModes);

/** A consultation service. */
export const serviceSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    durationMinutes: z.number().int().positive(),
    modes: z.array(consultationModeSchema).min(1),
    documents: z.array(localizedTextSchema),
  })
  .meta({ description: 'A consultation service residents can book.' });

/** `GET /booking/services` response. */
export const servicesResponseSchema = z.object({ services: z.array(serviceSchema) });

/** A postal address. */
export const addressSchema = z.object({
  postalCode: z.string().optional(),
  ja: z.string().optional(),
  en: z.string().optional(),
});

/** A consultation booth at a branch. */
export const boothSchema = z.object({ id: idSchema, name: localizedTextSchema });

/** A branch office with its booths, or "from home". */
export const locationSchema = z
  .object({
    id: idSchema,
    kind: consultationModeSchema,
    name: localizedTextSchema,
    address: addressSchema.optional(),
    booths: z.array(boothSchema).optional(),
  })
  .meta({ description: 'Where the resident joins from: a branch office booth, or home.' });

/** `GET /booking/locations` response. */
export const locationsResponseSchema = z.object({ locations: z.array(locationSchema) });

/** Refines a `{ from, to }` pair: `to` not before `from`, at most {@link maxRangeDays} days. */
function checkRange(value: { from: string; to: string }, context: z.RefinementCtx) {
  const from = parsePlainDate(value.from);
  const to = parsePlainDate(value.to);
  if (!from || !to) return; // the date schemas already reported it
  const days = daysBetween(from, to) + 1;
  if (days < 1) context.addIssue(crossFieldIssue('before_from', ['to']));
  else if (days > maxRangeDays) {
    context.addIssue(crossFieldIssue('range_too_long', ['to'], { max: maxRangeDays }));
  }
}

// Query schemas are not strict: unknown query parameters (cache busters, analytics) are ignored.

/** A `{ from, to }` date range query (`YYYY-MM-DD`, both included, ≤ 62 days). */
export const dateRangeQuerySchema = z
  .object({ from: plainDateSchema, to: plainDateSchema })
  .superRefine(checkRange);

/** `GET /booking/availability` query. */
export const availabilityQuerySchema = z
  .object({
    serviceId: idSchema,
    locationId: idSchema,
    from: plainDateSchema,
    to: plainDateSchema,
  })
  .superRefine(checkRange);

/** Why a day offers no slot. */
export const closedDayReasonSchema = z.enum([
  'weekend',
  'holiday',
  'closure',
  'past',
  'before_notice',
  'outside_horizon',
  'no_hours',
  'fully_booked',
]);

/** A bookable time. */
export const slotSchema = z.object({ start: instantSchema, end: instantSchema });

/** One day of availability. */
export const availabilityDaySchema = z.object({
  date: plainDateSchema,
  closed: z
    .object({ reason: closedDayReasonSchema, label: localizedMessageSchema.optional() })
    .optional(),
  slots: z.array(slotSchema),
});

/** `GET /booking/availability` response. */
export const availabilitySchema = z
  .object({ timeZone: z.literal('Asia/Tokyo'), days: z.array(availabilityDaySchema) })
  .meta({ description: 'Free slots per day in Asia/Tokyo; closed days say why.' });
