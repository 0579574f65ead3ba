import { constantTimeEqual, hashManageToken, normalizeReference } from '@machi-dx/booking/core';
import type { Context } from 'hono';
import { getSession } from '../auth/require-session.ts';
import type { DbExecutor } from '../db/types.ts';
import { apiError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import type { VideoRole } from './claims.ts';

/** The parts of a booking the token service reads. */
export interface VideoBooking {
  /** Internal random id (never on the wire): the input of the session name. */
  id: string;
  reference: string;
  manageTokenHash: string;
  status: 'confirmed' | 'cancelled' | 'done' | 'no_show';
  start: Date;
  end: Date;
  /** The staff account linked to the booking's specialist, if any. */
  specialistAccountId: string | null;
  /** The specialist's display name (e.g. 生活福祉課 田中). */
  specialistName: string;
}

/** Who asks for a token, proven by a manage token (resident) or a session (specialist). */
export type VideoCaller =
  | { kind: 'resident'; booking: VideoBooking; role: 'participant' }
  | { kind: 'specialist'; booking: VideoBooking; role: VideoRole; accountId: string };

interface BookingRow {
  id: string;
  reference: string;
  manage_token_hash: string;
  status: VideoBooking['status'];
  start_at: Date;
  end_at: Date;
  specialist_account_id: string | null;
  specialist_name: string;
}

/** One booking by its canonical reference, with its specialist's account and name. */
export async function findVideoBooking(
  db: DbExecutor,
  reference: string,
): Promise<VideoBooking | undefined> {
  const [row] = await db.query<BookingRow>(
    `select b.id, b.reference, b.manage_token_hash, b.status,
            lower(b.during) as start_at, upper(b.during) as end_at,
            s.account_id::text as specialist_account_id, s.display_name as specialist_name
     from bookings b join specialists s on s.id = b.specialist_id
     where b.reference = $1`,
    [reference],
  );
  if (!row) return undefined;
  return {
    id: row.id,
    reference: row.reference,
    manageTokenHash: row.manage_token_hash,
    status: row.status,
    start: row.start_at,
    end: row.end_at,
    specialistAccountId: row.specialist_account_id,
    specialistName: row.specialist_name,
  };
}

/** The token of `Authorization: Bearer <token>`; undefined without the header or for another scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header && /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header);
  return match ? match[1] : undefined;
}

function unauthorized() {
  return apiError('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer realm="video"' } });
}

/**
 * Decides who is asking, before anything about the booking's state or time is revealed.
 *
 * - `Authorization` present: it speaks for the resident, and the session cookie is ignored (one
 *   request, one identity). A missing/malformed scheme, an unknown reference and a wrong token all
 *   get the same 401, and the token is hashed before the lookup so all three take the same time:
 *   a reference alone (printed, read over the phone) never confirms that a booking exists. A
 *   resident asking for `host` gets 403.
 * - Otherwise a session: none → 401; an account that is not staff, or a staff account not linked
 *   to the booking's specialist → 403; an unknown reference → 404 (staff may learn that a
 *   reference does not exist; their schedule shows references anyway).
 */
export async function identifyCaller(
  c: Context<AppEnv>,
  reference: string,
  requestedRole: VideoRole | undefined,
): Promise<VideoCaller> {
  const db = c.get('db');
  const authorization = c.req.header('Authorization');
  const canonical = normalizeReference(reference);
  if (authorization !== undefined) {
    const token = bearerToken(authorization);
    const hash = await hashManageToken(token ?? '');
    const booking = token && canonical ? await findVideoBooking(db, canonical) : undefined;
    if (!booking || !constantTimeEqual(hash, booking.manageTokenHash)) throw unauthorized();
    if (requestedRole === 'host') throw apiError('forbidden');
    return { kind: 'resident', booking, role: 'participant' };
  }
  const session = await getSession(c);
  if (!session) throw unauthorized();
  if (session.account.role !== 'staff') throw apiError('forbidden');
  const booking = canonical ? await findVideoBooking(db, canonical) : undefined;
  if (!booking) throw apiError('not_found');
  if (booking.specialistAccountId !== session.account.id) throw apiError('forbidden');
  return {
    kind: 'specialist',
    booking,
    // A specialist may join as a plain participant (e.g. to test the resident's view).
    role: requestedRole ?? 'host',
    accountId: session.account.id,
  };
}
