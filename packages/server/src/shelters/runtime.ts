/** Options for {@link createShelterModule} (all optional). */
export interface ShelterModuleOptions {
  /** The clock staleness is measured against (tests and demos fix it); default the real one. */
  now?: () => Date;
  /**
   * An open shelter whose last report is older than this is "stale" on the HQ board (default
   * 180 minutes). `GET /shelters` and `GET /hq/overview` accept `?staleAfterMinutes=` per request.
   */
  staleAfterMinutes?: number;
  /** A `heartbeat` event on every quiet event stream this often, so proxies keep it open and clients can tell it is live (default 20 s). */
  heartbeatSeconds?: number;
  /** Largest master-data CSV `POST /hq/shelters/import` accepts (default 20 MiB). */
  importBodyLimitBytes?: number;
  /**
   * `GET /ping` per client address (IPv6 per /64) and minute, counted in memory (default 600;
   * `false` turns it off, e.g. for benchmarks behind one address).
   */
  pingLimitPerMinute?: number | false;
  /** Largest photo `PUT …/photos/{sha256}` accepts, in bytes (default 5 MiB); larger ones get 413. */
  photoMaxBytes?: number;
  /**
   * Photo uploads per account and minute, counted in the database like other writes (default 120;
   * `false` turns it off). Over it: 429 with `Retry-After`, which the outbox honours.
   */
  photoUploadLimitPerMinute?: number | false;
}

/** The module's resolved options, shared by its routes. */
export interface ShelterRuntime {
  now(): Date;
  staleAfterMinutes: number;
  heartbeatMs: number;
  importBodyLimitBytes: number;
  pingLimitPerMinute: number | false;
  photoMaxBytes: number;
  photoUploadLimitPerMinute: number | false;
}

/** Default of {@link ShelterModuleOptions.staleAfterMinutes}: three hours without a report. */
export const DEFAULT_STALE_AFTER_MINUTES = 180;

/** Bounds of a stale threshold, in minutes (one minute to one week). */
export const STALE_AFTER_MINUTES_RANGE = Object.freeze({ min: 1, max: 7 * 24 * 60 });

/** Fills in the defaults of {@link ShelterModuleOptions} and checks them. */
export function shelterRuntime(options: ShelterModuleOptions = {}): ShelterRuntime {
  const stale = options.staleAfterMinutes ?? DEFAULT_STALE_AFTER_MINUTES;
  if (
    !Number.isInteger(stale) ||
    stale < STALE_AFTER_MINUTES_RANGE.min ||
    stale > STALE_AFTER_MINUTES_RANGE.max
  ) {
    throw new RangeError(`staleAfterMinutes must be an integer 1–10080 (got ${stale})`);
  }
  const heartbeatSeconds = options.heartbeatSeconds ?? 20;
  if (!(heartbeatSeconds > 0)) throw new RangeError('heartbeatSeconds must be positive');
  return {
    now: options.now ?? (() => new Date()),
    staleAfterMinutes: stale,
    heartbeatMs: heartbeatSeconds * 1000,
    importBodyLimitBytes: options.importBodyLimitBytes ?? 20 * 1024 * 1024,
    pingLimitPerMinute: options.pingLimitPerMinute ?? 600,
    photoMaxBytes: options.photoMaxBytes ?? 5 * 1024 * 1024,
    photoUploadLimitPerMinute: options.photoUploadLimitPerMinute ?? 120,
  };
}
