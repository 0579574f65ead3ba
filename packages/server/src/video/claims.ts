import { createHmac } from 'node:crypto';
import type { ZoomVideoSdkCredentials } from './credentials.ts';
import { TOKEN_MAX_LIFETIME_SECONDS, TOKEN_MIN_LIFETIME_SECONDS } from './jwt.ts';

/** `iat` is set this many seconds in the past, so a client clock slightly ahead of ours still accepts it. */
export const CLOCK_SKEW_SECONDS = 30;

/** Default: a token stays valid this long after the booking's end (a session that runs over). */
export const DEFAULT_GRACE_AFTER_END_SECONDS = 30 * 60;

/** A participant's role in the video session. */
export type VideoRole = 'host' | 'participant';

/** `iat` and `exp` of a token, in seconds since the epoch. */
export interface TokenTimes {
  iat: number;
  exp: number;
}

/**
 * When a token is issued and expires: `iat` = now − 30 s; `exp` = the booking's end plus the grace,
 * but never less than Zoom's 1800 s nor more than its 48 h after `iat`. Issued a minute before the
 * end, a token therefore still lives 30 minutes; issued early, it dies shortly after the session.
 */
export function tokenTimes(
  now: Date,
  bookingEnd: Date,
  graceAfterEndSeconds: number = DEFAULT_GRACE_AFTER_END_SECONDS,
): TokenTimes {
  const iat = Math.floor(now.getTime() / 1000) - CLOCK_SKEW_SECONDS;
  const wanted = Math.floor(bookingEnd.getTime() / 1000) + graceAfterEndSeconds;
  const exp = Math.min(
    iat + TOKEN_MAX_LIFETIME_SECONDS,
    Math.max(iat + TOKEN_MIN_LIFETIME_SECONDS, wanted),
  );
  return { iat, exp };
}

/**
 * Derives the stable, unguessable identifiers of a video session. With Zoom credentials the key
 * is the SDK secret, so nobody without it can compute a booking's session name even knowing every
 * row of the database. Without them (simulated engine, where no real room exists) a fixed key is
 * used and the unguessable part is the booking's random id, which never leaves the server.
 */
export class SessionIdentifiers {
  readonly #credentials: ZoomVideoSdkCredentials | undefined;

  /** @param credentials the SDK credentials, or undefined for the simulated engine */
  constructor(credentials: ZoomVideoSdkCredentials | undefined) {
    this.#credentials = credentials;
  }

  /**
   * The session name (`tpc`) of a booking: `consult-` and 32 lowercase hex characters (128 bits)
   * of an HMAC over the booking's internal id. Lowercase hex because Zoom compares topics
   * case-insensitively, which would halve the entropy of mixed-case text. The same for the
   * resident and the specialist, stable across reschedules (the id does not change), and
   * different for every booking; it changes only if the SDK secret is rotated.
   */
  sessionName(bookingId: string): string {
    return `consult-${this.#derive('session-name', bookingId, 32)}`;
  }

  /** `user_key` of a booking's resident: `resident-` and 24 hex characters (33 in all). */
  residentKey(bookingId: string): string {
    return `resident-${this.#derive('resident-key', bookingId, 24)}`;
  }

  /**
   * `user_key` of a staff account: `staff-` and 24 hex characters (30 in all), the same in every
   * session of that specialist, without revealing the account id to Zoom.
   */
  staffKey(accountId: string): string {
    return `staff-${this.#derive('staff-key', accountId, 24)}`;
  }

  #derive(purpose: string, input: string, hexLength: number): string {
    // A purpose label per identifier, so one derived value never equals another kind's.
    const message = `machi-dx/video/${purpose}/v1\n${input}`;
    const digest = this.#credentials
      ? this.#credentials.hmac(message)
      : createHmac('sha256', 'machi-dx/video/simulated-engine').update(message).digest();
    return digest.toString('hex').slice(0, hexLength);
  }
}
