// Fixtures of the video token tests: a service, specialists linked to staff accounts, bookings
// written straight to the table (any time, any status), and a JWT decoder that checks the
// signature independently of the code under test.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { generateManageToken, generateReference, hashManageToken } from '@machi-dx/booking/core';
import { type App, createApp } from '../app.ts';
import type { Db } from '../db/types.ts';
import type { Logger } from '../logger.ts';
import { createTestAccount } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { ZoomVideoSdkCredentials } from './credentials.ts';
import { createVideoModule } from './module.ts';
import type { VideoModuleOptions } from './runtime.ts';

/** The SDK key of the tests. */
export const TEST_SDK_KEY = 'machiDxTestSdkKey0123';
/** A sentinel secret: no response, header or log line may ever contain it. */
export const TEST_SDK_SECRET = 'sentinel-secret-5d1f8a3c9e7b2046a1c3e5f7b9d2e4f6';
/** Credentials made of {@link TEST_SDK_KEY} and {@link TEST_SDK_SECRET}. */
export const testCredentials = () => new ZoomVideoSdkCredentials(TEST_SDK_KEY, TEST_SDK_SECRET);

/** The test clock's default: Tuesday 2026-12-01 10:00 in Tokyo, the start of {@link createTestBooking}'s default. */
export const TEST_START = new Date('2026-12-01T10:00:00+09:00');

/** Usernames of the staff accounts {@link seedVideoFixtures} creates. */
export const STAFF = {
  /** Linked to specialist-a, who handles the default bookings. */
  assigned: 'video-staff-a',
  /** Linked to specialist-b. */
  other: 'video-staff-b',
  /** A staff account linked to no specialist. */
  unlinked: 'video-staff-c',
  /** An HQ account. */
  hq: 'video-hq',
} as const;

/** Display name of specialist-a (the host's suggested userName). */
export const SPECIALIST_A_NAME = '生活福祉課 田中';

/** One service, two specialists linked to staff accounts, an unlinked staff and an HQ account. */
export async function seedVideoFixtures(db: Db): Promise<void> {
  const name = { ja: 'ビデオ相談', en: 'Video consultation', 'ja-easy': 'ビデオ そうだん' };
  await db.query(
    `insert into services (id, name, description, duration_minutes, modes)
     values ('video-consult', $1, $1, 30, '["home"]')`,
    [name],
  );
  const a = await createTestAccount(db, { username: STAFF.assigned, role: 'staff' });
  const b = await createTestAccount(db, { username: STAFF.other, role: 'staff' });
  await createTestAccount(db, { username: STAFF.unlinked, role: 'staff' });
  await createTestAccount(db, { username: STAFF.hq, role: 'hq' });
  await db.query(
    `insert into specialists (id, display_name, account_id) values
       ('specialist-a', $1, $2), ('specialist-b', '移住支援 佐藤', $3)`,
    [SPECIALIST_A_NAME, a.id, b.id],
  );
}

/** A booking written by the tests, with the manage token only its resident would know. */
export interface TestBooking {
  id: string;
  reference: string;
  manageToken: string;
  start: Date;
  end: Date;
}

/** Inserts a home-mode booking (default: specialist-a, {@link TEST_START}, 30 minutes, confirmed). */
export async function createTestBooking(
  db: Db,
  options: { start?: Date; minutes?: number; specialist?: string; status?: string } = {},
): Promise<TestBooking> {
  const start = options.start ?? TEST_START;
  const end = new Date(start.getTime() + (options.minutes ?? 30) * 60_000);
  const reference = generateReference();
  const manageToken = generateManageToken();
  const [row] = await db.query<{ id: string }>(
    `insert into bookings (reference, manage_token_hash, service_id, mode, specialist_id, during,
       blocked, status, resident_name, resident_name_kana, resident_phone, consented_at)
     values ($1, $2, 'video-consult', 'home', $3, tstzrange($4, $5), tstzrange($4, $5), $6,
       '宇和島 花子', 'ウワジマ ハナコ', '0895-24-1111', $4)
     returning id`,
    [
      reference,
      await hashManageToken(manageToken),
      options.specialist ?? 'specialist-a',
      start.toISOString(),
      end.toISOString(),
      options.status ?? 'confirmed',
    ],
  );
  return { id: row!.id, reference, manageToken, start, end };
}

/** A settable clock for the module's `now`. */
export function testClock(start: Date = TEST_START) {
  let current = start;
  return {
    now: () => current,
    set(instant: Date) {
      current = instant;
    },
  };
}

/** The app with a configured video module (Zoom credentials unless `zoom: undefined` is given). */
export function videoApp(
  db: Db,
  options: VideoModuleOptions & { trustProxy?: boolean; logger?: Logger } = {},
): App {
  const { trustProxy, logger, ...moduleOptions } = options;
  return createApp({
    db,
    logger: logger ?? captureLogger().logger,
    trustProxy: trustProxy ?? false,
    modules: [createVideoModule({ zoom: testCredentials(), ...moduleOptions })],
  });
}

/** `POST /api/v1/video/token` with a JSON body and extra headers. */
export function requestToken(app: App, body: unknown, headers: Record<string, string> = {}) {
  return app.request('/api/v1/video/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A decoded JWT, and whether its HS256 signature verifies with `secret`. */
export function decodeJwt(token: string, secret: string) {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error(`not a JWT: ${parts.length} parts`);
  const [header, payload, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >,
    verified: actual.length === expected.length && timingSafeEqual(actual, expected),
    // base64url without padding, as RFC 7515 requires
    wellFormed: parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part)),
  };
}
