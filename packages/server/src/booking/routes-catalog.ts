import { createRoute } from '@hono/zod-openapi';
import { availabilityResponse } from '@machi-dx/booking/core';
import { parsePlainDate, tokyoInstant } from '@machi-dx/ui/core';
import type { ApiRouter } from '../app.ts';
import { errorResponses } from '../routes/schemas.ts';
import { loadCalendar } from './calendar.ts';
import {
  listLocations,
  listServices,
  publicLocation,
  publicService,
  resolveServiceAt,
} from './catalog.ts';
import { bookingValidationHook } from './errors.ts';
import {
  AvailabilityQuery,
  AvailabilityResponse,
  json,
  LocationsResponse,
  ServicesResponse,
} from './openapi.ts';
import { loadRulesInput } from './rules-input.ts';
import type { BookingRuntime } from './runtime.ts';

const DAY_MS = 24 * 60 * 60_000;

const servicesRoute = createRoute({
  method: 'get',
  path: '/booking/services',
  tags: ['booking'],
  summary: 'Consultation services',
  description:
    'Active services in display order, with names, descriptions and documents in ja, en and ja-easy.',
  responses: { 200: json('The services', ServicesResponse) },
});

const locationsRoute = createRoute({
  method: 'get',
  path: '/booking/locations',
  tags: ['booking'],
  summary: 'Where a resident can join from',
  description:
    'Branch offices with at least one consultation booth, in display order, then "from home" (`home`).',
  responses: { 200: json('The locations', LocationsResponse) },
});

const availabilityRoute = createRoute({
  method: 'get',
  path: '/booking/availability',
  tags: ['booking'],
  summary: 'Free slots per day',
  description:
    'Slots for a service at a location from `from` to `to` (Tokyo dates, both included, at most 62 days), computed on the server in Asia/Tokyo. A slot is offered only when a specialist who handles the service and, at a branch, a booth are both free (buffers included). Closed days say why.',
  request: { query: AvailabilityQuery },
  responses: {
    200: json('Availability', AvailabilityResponse),
    ...errorResponses(422),
  },
});

/** `GET /booking/services`, `GET /booking/locations`, `GET /booking/availability`. */
export function registerCatalogRoutes(api: ApiRouter, runtime: BookingRuntime) {
  api.openapi(servicesRoute, async (c) => {
    const services = await listServices(c.get('db'));
    return c.json({ services: services.map(publicService) }, 200);
  });

  api.openapi(locationsRoute, async (c) => {
    const locations = await listLocations(c.get('db'));
    return c.json({ locations: locations.map(publicLocation) }, 200);
  });

  api.openapi(
    availabilityRoute,
    async (c) => {
      const query = c.req.valid('query');
      const db = c.get('db');
      const { service, location } = await resolveServiceAt(db, query.serviceId, query.locationId);
      // The schema already proved both dates valid and the range ≤ 62 days.
      const from = parsePlainDate(query.from)!;
      const to = parsePlainDate(query.to)!;
      const calendar = await loadCalendar(db);
      const input = await loadRulesInput(db, {
        service,
        location,
        calendar,
        now: runtime.now(),
        // A day's sessions and the buffers around them: one day of margin on each side.
        window: {
          from: new Date(tokyoInstant(from, '00:00').getTime() - DAY_MS),
          to: new Date(tokyoInstant(to, '00:00').getTime() + 2 * DAY_MS),
        },
      });
      return c.json(availabilityResponse(input, { from, to }), 200);
    },
    bookingValidationHook,
  );
}
