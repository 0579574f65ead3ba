// Read-only data the parts load for themselves when they stand alone (manage page, staff pages):
// the service and location catalog, and one month of availability.
import type { BookingApi } from '../core/api/types';
import { monthQuery } from '../core/flow/steps';
import type { YearMonth } from '../core/flow/types';
import type { AvailabilityDay, Location, Service } from '../core/types';
import { type LoadableResult, useLoadable } from './useLoadable';

/** Services and locations, to name a booking's `serviceId` and `locationId`. */
export interface BookingCatalog {
  services: Service[];
  locations: Location[];
}

/** Loads the services and locations once per API. */
export function useBookingCatalog(api: BookingApi): LoadableResult<BookingCatalog> {
  return useLoadable(
    async (signal) => {
      const [services, locations] = await Promise.all([
        api.listServices({ signal }),
        api.listLocations({ signal }),
      ]);
      return { services, locations };
    },
    [api],
  );
}

/** Options of {@link useMonthAvailability}. */
export interface UseMonthAvailabilityOptions {
  api: BookingApi;
  serviceId: string;
  locationId: string;
  month: YearMonth;
  /** Load only while true (e.g. while the reschedule form is open). */
  enabled?: boolean;
}

/** One month of availability for a service at a location, reloaded when any of them changes. */
export function useMonthAvailability({
  api,
  serviceId,
  locationId,
  month,
  enabled = true,
}: UseMonthAvailabilityOptions): LoadableResult<AvailabilityDay[]> {
  return useLoadable(
    (signal) =>
      enabled
        ? api
            .getAvailability(monthQuery(serviceId, locationId, month), { signal })
            .then((availability) => availability.days)
        : undefined,
    [api, serviceId, locationId, month.year, month.month, enabled],
  );
}
