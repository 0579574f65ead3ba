import type { SdkAssets } from './assets.ts';
import { DEFAULT_GRACE_AFTER_END_SECONDS, SessionIdentifiers } from './claims.ts';
import type { ZoomVideoSdkCredentials } from './credentials.ts';
import { TOKEN_MIN_LIFETIME_SECONDS } from './jwt.ts';
import {
  checkWindowOptions,
  DEFAULT_CLOSES_MINUTES_AFTER,
  DEFAULT_OPENS_MINUTES_BEFORE,
  type RoomWindowOptions,
} from './window.ts';

/** A limit of `limit` requests per `windowSeconds`, or `false` for none. */
export type VideoRateLimit = { limit: number; windowSeconds: number } | false;

/**
 * Which pages get the Content-Security-Policy additions the Zoom SDK needs (only while the Zoom
 * engine is configured; the simulated engine needs none):
 * - `room` (default): HTML documents under the room paths only; every other page keeps the strict
 *   default. A document's CSP is fixed when it loads, so the portal enters the room with a full
 *   page load, not client-side routing.
 * - `all`: every response — for a host app that routes into the room client-side.
 * - `off`: never; the deployment sets its own CSP (e.g. at a reverse proxy).
 */
export type VideoCspMode = 'room' | 'all' | 'off';

/** Options of {@link createVideoModule} (`startServer` builds them from the environment). */
export interface VideoModuleOptions {
  /** Zoom Video SDK credentials; without them the answer is `engine: "simulated"` and no token. */
  zoom?: ZoomVideoSdkCredentials | undefined;
  /** The clock (tests and demos fix it); default the real one. */
  now?: () => Date;
  /** Minutes before the start the room opens (default 15, at most 43200 = 30 days). */
  opensMinutesBefore?: number;
  /** Minutes after the end the room closes (default 0, at most 1440). */
  closesMinutesAfter?: number;
  /**
   * Seconds a token outlives the booking's end (default 1800), so a session that runs over is not
   * cut off; Zoom's bounds (1800 s – 48 h after issue) always win.
   */
  graceAfterEndSeconds?: number;
  /** Put `video_webrtc_mode: 1` in tokens (default true): galleries without cross-origin isolation. */
  webrtcVideo?: boolean;
  /** Per client address (IPv6 per /64), every request; default 60 per 10 minutes. */
  addressRateLimit?: VideoRateLimit;
  /**
   * Per booking, tokens issued (counted only after the caller is authorised, so strangers cannot
   * use it up); default 30 per 10 minutes.
   */
  bookingRateLimit?: VideoRateLimit;
  /** Serve the SDK's `dist/lib` from this server at `/zoom-sdk/lib/` (see `resolveSdkAssets`). */
  sdkAssets?: SdkAssets | undefined;
  /** Which pages get the SDK's CSP additions (default `room`). */
  csp?: VideoCspMode;
  /** Path prefixes of the room pages, for `csp: 'room'` (default `['/consultation/room/']`). */
  roomPaths?: readonly string[];
}

/** The resolved options, shared by the route and the page middleware. */
export interface VideoRuntime extends RoomWindowOptions {
  zoom: ZoomVideoSdkCredentials | undefined;
  now(): Date;
  graceAfterEndSeconds: number;
  webrtcVideo: boolean;
  addressRateLimit: VideoRateLimit;
  bookingRateLimit: VideoRateLimit;
  sdkAssets: SdkAssets | undefined;
  csp: VideoCspMode;
  roomPaths: readonly string[];
  identifiers: SessionIdentifiers;
}

/** Default per-address limit: 60 requests per 10 minutes. */
export const DEFAULT_ADDRESS_RATE_LIMIT = Object.freeze({ limit: 60, windowSeconds: 600 });
/** Default per-booking limit: 30 tokens per 10 minutes (a few joins and reconnects need far fewer). */
export const DEFAULT_BOOKING_RATE_LIMIT = Object.freeze({ limit: 30, windowSeconds: 600 });
/** Default room path prefix of the reference portal. */
export const DEFAULT_ROOM_PATHS: readonly string[] = Object.freeze(['/consultation/room/']);

/** Fills in the defaults and checks the options; throws a RangeError or TypeError naming a bad one. */
export function videoRuntime(options: VideoModuleOptions = {}): VideoRuntime {
  const window = {
    opensMinutesBefore: options.opensMinutesBefore ?? DEFAULT_OPENS_MINUTES_BEFORE,
    closesMinutesAfter: options.closesMinutesAfter ?? DEFAULT_CLOSES_MINUTES_AFTER,
  };
  checkWindowOptions(window);
  const grace = options.graceAfterEndSeconds ?? DEFAULT_GRACE_AFTER_END_SECONDS;
  if (!Number.isInteger(grace) || grace < 0 || grace > TOKEN_MIN_LIFETIME_SECONDS * 4) {
    throw new RangeError(`video graceAfterEndSeconds must be an integer 0–7200 (got ${grace})`);
  }
  const roomPaths = options.roomPaths ?? DEFAULT_ROOM_PATHS;
  for (const path of roomPaths) {
    if (!/^\/[^\s?#]*$/.test(path)) {
      throw new TypeError(`video room paths must start with "/" (got ${JSON.stringify(path)})`);
    }
  }
  return {
    ...window,
    zoom: options.zoom,
    now: options.now ?? (() => new Date()),
    graceAfterEndSeconds: grace,
    webrtcVideo: options.webrtcVideo ?? true,
    addressRateLimit: options.addressRateLimit ?? DEFAULT_ADDRESS_RATE_LIMIT,
    bookingRateLimit: options.bookingRateLimit ?? DEFAULT_BOOKING_RATE_LIMIT,
    sdkAssets: options.sdkAssets,
    csp: options.csp ?? 'room',
    roomPaths,
    identifiers: new SessionIdentifiers(options.zoom),
  };
}
