import { inspect } from 'node:util';
import fc from 'fast-check';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_SECONDS, SessionIdentifiers, tokenTimes } from './claims.ts';
import { ZoomVideoSdkCredentials } from './credentials.ts';
import {
  claimsProblem,
  signVideoSdkToken,
  TOKEN_MAX_LIFETIME_SECONDS,
  TOKEN_MIN_LIFETIME_SECONDS,
  type VideoSdkClaims,
} from './jwt.ts';
import { decodeJwt, TEST_SDK_KEY, TEST_SDK_SECRET, testCredentials } from './testing.ts';
import { roomState, roomWindow } from './window.ts';

const iat = 1_800_000_000;
const claims: VideoSdkClaims = {
  app_key: TEST_SDK_KEY,
  tpc: 'consult-0123456789abcdef0123456789abcdef',
  role_type: 0,
  version: 1,
  iat,
  exp: iat + 3600,
  user_key: 'resident-0123456789abcdef01234567',
  video_webrtc_mode: 1,
};

describe('signVideoSdkToken', () => {
  it('signs HS256 with the SDK secret: header, payload and signature as Zoom expects', () => {
    const token = signVideoSdkToken(claims, testCredentials());
    const decoded = decodeJwt(token, TEST_SDK_SECRET);
    expect(decoded.wellFormed).toBe(true);
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decoded.payload).toEqual(claims);
    expect(decoded.verified).toBe(true);
    expect(decodeJwt(token, `${TEST_SDK_SECRET}x`).verified).toBe(false);
    expect(token).not.toContain(TEST_SDK_SECRET);
  });

  it.each<[string, Partial<VideoSdkClaims>]>([
    ['an empty tpc', { tpc: '' }],
    ['a tpc over 150 characters', { tpc: 'x'.repeat(151) }],
    ['a role_type other than 0 or 1', { role_type: 2 as 0 }],
    ['a version other than 1', { version: 2 as 1 }],
    ['a lifetime under 1800 s', { exp: iat + 1799 }],
    ['a lifetime over 48 h', { exp: iat + 48 * 3600 + 1 }],
    ['fractional seconds', { exp: iat + 3600.5 }],
    ['a user_key over 36 characters', { user_key: 'x'.repeat(37) }],
    ['an empty user_key', { user_key: '' }],
  ])('refuses %s (Zoom would only say "connection error" at join)', (_what, change) => {
    const bad = { ...claims, ...change };
    expect(claimsProblem(bad)).toBeDefined();
    expect(() => signVideoSdkToken(bad, testCredentials())).toThrow(/refusing to sign/);
  });

  it('accepts the exact bounds: 150-character tpc, 36-character user_key, 1800 s and 48 h', () => {
    for (const exp of [iat + TOKEN_MIN_LIFETIME_SECONDS, iat + TOKEN_MAX_LIFETIME_SECONDS]) {
      expect(
        claimsProblem({ ...claims, tpc: 'x'.repeat(150), user_key: 'y'.repeat(36), exp }),
      ).toBe(undefined);
    }
  });

  it('refuses another deployment’s app_key', () => {
    expect(() =>
      signVideoSdkToken({ ...claims, app_key: 'anotherSdkKey000000000' }, testCredentials()),
    ).toThrow(/app_key/);
  });
});

describe('tokenTimes', () => {
  const now = new Date('2026-12-01T09:50:00.700+09:00');
  const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

  it('sets iat 30 s back and exp 30 minutes after the end', () => {
    const end = new Date('2026-12-01T10:30:00+09:00');
    const times = tokenTimes(now, end);
    expect(times.iat).toBe(seconds(now) - CLOCK_SKEW_SECONDS);
    expect(times.exp).toBe(seconds(end) + 1800);
  });

  it('never issues less than 1800 s, even a minute before the end without grace', () => {
    const end = new Date(now.getTime() + 60_000);
    const times = tokenTimes(now, end, 0);
    expect(times.exp - times.iat).toBe(TOKEN_MIN_LIFETIME_SECONDS);
    // With the default grace the end + 30 minutes is later, so it wins.
    expect(tokenTimes(now, end).exp).toBe(seconds(end) + 1800);
  });

  it('never issues more than 48 h', () => {
    const end = new Date(now.getTime() + 5 * 24 * 3600_000);
    const times = tokenTimes(now, end);
    expect(times.exp - times.iat).toBe(TOKEN_MAX_LIFETIME_SECONDS);
  });

  it('stays within Zoom’s bounds and ends at most 30 minutes after the booking (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
        fc.integer({ min: -3 * 3600_000, max: 72 * 3600_000 }),
        fc.integer({ min: 0, max: 7200 }),
        (nowMs, untilEndMs, grace) => {
          const at = new Date(nowMs);
          const end = new Date(nowMs + untilEndMs);
          const { iat: issued, exp } = tokenTimes(at, end, grace);
          const lifetime = exp - issued;
          expect(issued).toBe(Math.floor(nowMs / 1000) - 30);
          expect(lifetime).toBeGreaterThanOrEqual(TOKEN_MIN_LIFETIME_SECONDS);
          expect(lifetime).toBeLessThanOrEqual(TOKEN_MAX_LIFETIME_SECONDS);
          // Past the end by the grace only, unless Zoom's minimum lifetime forces more.
          expect(exp).toBeLessThanOrEqual(
            Math.max(Math.floor(end.getTime() / 1000) + grace, issued + TOKEN_MIN_LIFETIME_SECONDS),
          );
        },
      ),
    );
  });
});

describe('SessionIdentifiers', () => {
  const zoom = new SessionIdentifiers(testCredentials());
  const id = '0b6f0d8e-6a53-4f0e-9a43-0f3c2b8d1e55';

  it('gives a booking one stable lowercase session name of at most 150 characters', () => {
    const name = zoom.sessionName(id);
    expect(name).toMatch(/^consult-[0-9a-f]{32}$/);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(new SessionIdentifiers(testCredentials()).sessionName(id)).toBe(name);
    expect(zoom.sessionName('7a1c8a0e-1f7e-4f4f-b7a1-3e0b8e3f2d10')).not.toBe(name);
  });

  it('depends on the SDK secret, so the database alone does not reveal it', () => {
    const other = new SessionIdentifiers(
      new ZoomVideoSdkCredentials(TEST_SDK_KEY, 'another-secret-0000000000000000'),
    );
    expect(other.sessionName(id)).not.toBe(zoom.sessionName(id));
    expect(new SessionIdentifiers(undefined).sessionName(id)).not.toBe(zoom.sessionName(id));
  });

  it('derives user keys of at most 36 characters that differ by purpose', () => {
    expect(zoom.residentKey(id)).toMatch(/^resident-[0-9a-f]{24}$/);
    expect(zoom.staffKey(id)).toMatch(/^staff-[0-9a-f]{24}$/);
    expect(zoom.residentKey(id).length).toBeLessThanOrEqual(36);
    expect(zoom.residentKey(id).slice(9)).not.toBe(zoom.staffKey(id).slice(6));
  });
});

describe('roomWindow', () => {
  const booking = {
    start: new Date('2026-12-01T10:00:00+09:00'),
    end: new Date('2026-12-01T10:30:00+09:00'),
  };
  const window = roomWindow(booking, { opensMinutesBefore: 15, closesMinutesAfter: 0 });

  it('opens 15 minutes before the start and closes at the end', () => {
    expect(window.opensAt).toEqual(new Date('2026-12-01T09:45:00+09:00'));
    expect(window.closesAt).toEqual(booking.end);
    expect(roomState(new Date('2026-12-01T09:44:59.999+09:00'), window)).toBe('not_open');
    expect(roomState(window.opensAt, window)).toBe('open');
    expect(roomState(new Date('2026-12-01T10:29:59.999+09:00'), window)).toBe('open');
    expect(roomState(booking.end, window)).toBe('closed');
  });
});

describe('ZoomVideoSdkCredentials', () => {
  it('never shows the secret when serialised, printed or logged', () => {
    const credentials = testCredentials();
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    logger.info({ config: { video: { zoom: credentials } } }, 'config');
    const renderings = [
      JSON.stringify({ zoom: credentials }),
      inspect(credentials),
      inspect({ nested: { credentials } }, { depth: 5, showHidden: true }),
      String(credentials),
      `${credentials}`,
      lines.join(''),
    ];
    for (const text of renderings) {
      expect(text).not.toContain(TEST_SDK_SECRET);
      expect(text).not.toContain(TEST_SDK_SECRET.slice(0, 12));
    }
    expect(JSON.stringify(credentials)).toContain(TEST_SDK_KEY);
    expect(Object.keys(credentials)).toEqual(['key']);
  });

  it('refuses unusable values without echoing them', () => {
    const secret = 'short secret';
    expect(() => new ZoomVideoSdkCredentials(TEST_SDK_KEY, secret)).toThrow(
      /secret may hold printable ASCII only/,
    );
    try {
      new ZoomVideoSdkCredentials(TEST_SDK_KEY, secret);
    } catch (error) {
      expect(String(error)).not.toContain(secret);
    }
    expect(() => new ZoomVideoSdkCredentials(TEST_SDK_SECRET, TEST_SDK_SECRET)).toThrow(/differ/);
  });
});
