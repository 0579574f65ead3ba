/** A limit on booking requests per client address, or `false` for none. */
export type BookingRateLimit = { limit: number; windowSeconds: number } | false;

/** Options for {@link createBookingModule}. */
export interface BookingModuleOptions {
  /** The clock every rule reads (tests and demos fix it); default the real one. */
  now?: () => Date;
  /**
   * `POST /booking/bookings` per client address (IPv6 per /64); default 30 per hour. A branch
   * office books for walk-in residents from one address, so keep it well above one person's need.
   * `false` turns it off (benchmarks).
   */
  createRateLimit?: BookingRateLimit;
}

/** The module's resolved options, shared by its routes. */
export interface BookingRuntime {
  now(): Date;
  createRateLimit: BookingRateLimit;
}

/** The default create limit: 30 bookings per client address per hour. */
export const DEFAULT_CREATE_RATE_LIMIT = Object.freeze({ limit: 30, windowSeconds: 3600 });

/** Fills in the defaults of {@link BookingModuleOptions}. */
export function bookingRuntime(options: BookingModuleOptions = {}): BookingRuntime {
  return {
    now: options.now ?? (() => new Date()),
    createRateLimit: options.createRateLimit ?? DEFAULT_CREATE_RATE_LIMIT,
  };
}
