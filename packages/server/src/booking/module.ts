import type { ApiModule } from '../app.ts';
import { registerCatalogRoutes } from './routes-catalog.ts';
import { registerCreateRoute } from './routes-create.ts';
import { registerManageRoutes } from './routes-manage.ts';
import { registerStaffRoutes } from './routes-staff.ts';
import { type BookingModuleOptions, bookingRuntime } from './runtime.ts';

/** Marks the booking module, so a configured one given to `createApp` replaces the default. */
export const BOOKING_MODULE = Symbol.for('machi-dx.booking-module');

/** An {@link ApiModule} carrying the {@link BOOKING_MODULE} mark. */
export type BookingModule = ApiModule & { readonly [BOOKING_MODULE]: true };

/**
 * The booking API v1 (`/booking/*` for residents, `/staff/*` for specialists) with its options:
 * a fixed clock for tests and demos, the create rate limit. `createApp` registers
 * {@link bookingModule} by default; pass `modules: [createBookingModule({ … })]` to configure it.
 */
export function createBookingModule(options: BookingModuleOptions = {}): BookingModule {
  const runtime = bookingRuntime(options);
  const register: ApiModule = (api) => {
    registerCatalogRoutes(api, runtime);
    registerCreateRoute(api, runtime);
    registerManageRoutes(api, runtime);
    registerStaffRoutes(api, runtime);
  };
  return Object.assign(register, { [BOOKING_MODULE]: true as const });
}

/** Whether a module is (a configured) booking module. */
export function isBookingModule(module: ApiModule): module is BookingModule {
  return (module as Partial<BookingModule>)[BOOKING_MODULE] === true;
}

/** The booking module with the defaults (real clock, 30 bookings per address per hour). */
export const bookingModule: BookingModule = createBookingModule();
