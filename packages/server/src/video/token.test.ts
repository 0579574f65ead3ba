import { formatTokyoIso } from '@machi-dx/ui/core';
import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { signIn } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';
import { ZoomVideoSdkCredentials } from './credentials.ts';
import {
  createTestBooking,
  decodeJwt,
  requestToken,
  SPECIALIST_A_NAME,
  STAFF,
  seedVideoFixtures,
  TEST_SDK_KEY,
  TEST_SDK_SECRET,
  TEST_START,
  testClock,
  videoApp,
} from './testing.ts';

type Answer = {
  engine: string;
  token?: string;
  sessionName: string;
  userName: string;
  role: string;
  expiresAt: string;
};

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

describeEachDb('POST /api/v1/video/token: tokens', (db) => {
  it('gives the resident a participant token whose every claim is right', async () => {
    await seedVideoFixtures(db());
    const booking = await createTestBooking(db());
    const clock = testClock(minutes(TEST_START, -10));
    const app = videoApp(db(), { now: clock.now });

    const response = await requestToken(
      app,
      { reference: booking.reference },
      { Authorization: `Bearer ${booking.manageToken}` },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const answer = (await response.json()) as Answer;
    expect(answer).toMatchObject({ engine: 'zoom', role: 'participant', userName: '相談者' });

    const jwt = decodeJwt(answer.token!, TEST_SDK_SECRET);
    expect(jwt.wellFormed).toBe(true);
    expect(jwt.verified).toBe(true);
    expect(jwt.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const iat = seconds(clock.now()) - 30;
    expect(jwt.payload).toEqual({
      app_key: TEST_SDK_KEY,
      tpc: answer.sessionName,
      role_type: 0,
      version: 1,
      iat,
      exp: seconds(booking.end) + 1800,
      user_key: expect.stringMatching(/^resident-[0-9a-f]{24}$/),
      video_webrtc_mode: 1,
    });
    const exp = jwt.payload.exp as number;
    expect(exp - iat).toBeGreaterThanOrEqual(1800);
    expect(exp - iat).toBeLessThanOrEqual(48 * 3600);
    expect((jwt.payload.user_key as string).length).toBeLessThanOrEqual(36);
    expect(answer.sessionName.length).toBeLessThanOrEqual(150);
    expect(answer.expiresAt).toBe(formatTokyoIso(new Date(exp * 1000)));
    expect(answer.expiresAt).toBe('2026-12-01T11:00:00+09:00');
  });

  it('gives the assigned specialist a host token for the same session', async () => {
    await seedVideoFixtures(db());
    const booking = await createTestBooking(db());
    const app = videoApp(db(), { now: testClock(minutes(TEST_START, 5)).now });

    const resident = (await (
      await requestToken(
        app,
        { reference: booking.reference, locale: 'en' },
        { Authorization: `Bearer ${booking.manageToken}` },
      )
    ).json()) as Answer;
    const staff = await signIn(app, STAFF.assigned);
    const response = await requestToken(app, { reference: booking.reference }, staff);
    expect(response.status).toBe(200);
    const host = (await response.json()) as Answer;

    expect(host).toMatchObject({ engine: 'zoom', role: 'host', userName: SPECIALIST_A_NAME });
    expect(resident.userName).toBe('Resident');
    expect(host.sessionName).toBe(resident.sessionName);
    const jwt = decodeJwt(host.token!, TEST_SDK_SECRET);
    expect(jwt.verified).toBe(true);
    expect(jwt.payload).toMatchObject({
      role_type: 1,
      tpc: resident.sessionName,
      user_key: expect.stringMatching(/^staff-[0-9a-f]{24}$/),
    });
    const residentJwt = decodeJwt(resident.token!, TEST_SDK_SECRET);
    expect(jwt.payload.user_key).not.toBe(residentJwt.payload.user_key);
  });

  it('names the self-hosted SDK assets (versioned path) only when this server serves them', async () => {
    await seedVideoFixtures(db());
    const booking = await createTestBooking(db());
    const now = testClock(minutes(TEST_START, -10)).now;
    const auth = { Authorization: `Bearer ${booking.manageToken}` };
    const ask = async (options: Parameters<typeof videoApp>[1]) =>
      (await (
        await requestToken(
          videoApp(db(), { now, ...options }),
          { reference: booking.reference },
          auth,
        )
      ).json()) as Answer & { dependentAssets?: string };
    const assets = { directory: '/srv/zoom/lib', version: '2.5.0' };
    expect((await ask({ sdkAssets: assets })).dependentAssets).toBe('/zoom-sdk/2.5.0/lib/');
    expect((await ask({ sdkAssets: { ...assets, version: 'unknown' } })).dependentAssets).toBe(
      '/zoom-sdk/lib/',
    );
    expect(await ask({})).not.toHaveProperty('dependentAssets');
    // The simulated engine loads no SDK.
    expect(await ask({ zoom: undefined, sdkAssets: assets })).not.toHaveProperty('dependentAssets');
  });

  it('keeps the session name stable per booking, distinct across bookings, not from the reference', async () => {
    await seedVideoFixtures(db());
    const first = await createTestBooking(db());
    const second = await createTestBooking(db(), { start: minutes(TEST_START, 60) });
    const now = testClock(minutes(TEST_START, 20)).now;
    const app = videoApp(db(), { now, opensMinutesBefore: 60 });
    const ask = async (booking: typeof first, reference = booking.reference) =>
      (await (
        await requestToken(app, { reference }, { Authorization: `Bearer ${booking.manageToken}` })
      ).json()) as Answer;

    const name = (await ask(first)).sessionName;
    expect(name).toMatch(/^consult-[0-9a-f]{32}$/);
    // Typed differently (lower case, no hyphens): the same booking, the same name.
    const typed = first.reference.toLowerCase().replaceAll('-', '');
    expect((await ask(first, typed)).sessionName).toBe(name);
    expect((await ask(second)).sessionName).not.toBe(name);

    const compact = first.reference.replaceAll('-', '').toLowerCase();
    expect(name).not.toContain(compact);
    expect(name.toUpperCase()).not.toContain(first.reference);

    // Rescheduled (same row, new time): still the same room.
    await db().query(
      `update bookings set during = tstzrange($2, $3), blocked = tstzrange($2, $3) where id = $1`,
      [first.id, minutes(TEST_START, 30).toISOString(), minutes(TEST_START, 59).toISOString()],
    );
    expect((await ask(first)).sessionName).toBe(name);

    // Another secret, another name: the reference and the database alone do not give it away.
    const otherSecret = videoApp(db(), {
      now,
      opensMinutesBefore: 60,
      zoom: new ZoomVideoSdkCredentials(TEST_SDK_KEY, 'a-different-secret-000000000000000'),
    });
    const elsewhere = (await (
      await requestToken(
        otherSecret,
        { reference: first.reference },
        { Authorization: `Bearer ${first.manageToken}` },
      )
    ).json()) as Answer;
    expect(elsewhere.sessionName).not.toBe(name);
  });

  it('bounds exp by the booking end (plus 30 minutes) and by Zoom’s 1800 s minimum', async () => {
    await seedVideoFixtures(db());
    const long = await createTestBooking(db(), { minutes: 480 });
    const clock = testClock(minutes(TEST_START, -15));
    const app = videoApp(db(), { now: clock.now });
    const auth = { Authorization: `Bearer ${long.manageToken}` };

    const early = decodeJwt(
      ((await (await requestToken(app, { reference: long.reference }, auth)).json()) as Answer)
        .token!,
      TEST_SDK_SECRET,
    ).payload as { iat: number; exp: number };
    expect(early.exp).toBe(seconds(long.end) + 1800);
    expect(early.exp - early.iat).toBeLessThanOrEqual(48 * 3600);

    clock.set(new Date(long.end.getTime() - 1000)); // the last second of the session
    const late = decodeJwt(
      ((await (await requestToken(app, { reference: long.reference }, auth)).json()) as Answer)
        .token!,
      TEST_SDK_SECRET,
    ).payload as { iat: number; exp: number };
    expect(late.exp - late.iat).toBeGreaterThanOrEqual(1800);
    expect(late.exp).toBeLessThanOrEqual(seconds(long.end) + 1800 + 30);
  });

  it('lets a specialist join as a participant, and omits WebRTC mode when turned off', async () => {
    await seedVideoFixtures(db());
    const booking = await createTestBooking(db());
    const app = videoApp(db(), { now: testClock().now, webrtcVideo: false });
    const staff = await signIn(app, STAFF.assigned);
    const response = await requestToken(
      app,
      { reference: booking.reference, role: 'participant' },
      staff,
    );
    const answer = (await response.json()) as Answer;
    expect(answer.role).toBe('participant');
    const { payload } = decodeJwt(answer.token!, TEST_SDK_SECRET);
    expect(payload.role_type).toBe(0);
    expect(payload).not.toHaveProperty('video_webrtc_mode');
  });

  it('answers engine "simulated" without a token when no Zoom credentials are set', async () => {
    await seedVideoFixtures(db());
    const booking = await createTestBooking(db());
    const clock = testClock(minutes(TEST_START, -20));
    const app = videoApp(db(), { now: clock.now, zoom: undefined });
    const auth = { Authorization: `Bearer ${booking.manageToken}` };

    // The same window and authorisation rules as with Zoom.
    expect((await requestToken(app, { reference: booking.reference }, auth)).status).toBe(403);
    expect(
      (await requestToken(app, { reference: booking.reference }, { Authorization: 'Bearer x' }))
        .status,
    ).toBe(401);
    clock.set(TEST_START);
    const response = await requestToken(app, { reference: booking.reference }, auth);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer).toEqual({
      engine: 'simulated',
      sessionName: expect.stringMatching(/^consult-[0-9a-f]{32}$/),
      userName: '相談者',
      role: 'participant',
      expiresAt: '2026-12-01T11:00:00+09:00',
    });
    expect(answer).not.toHaveProperty('token');
  });

  it('is registered by default (simulated) and described in the OpenAPI document', async () => {
    await seedVideoFixtures(db());
    // The default module runs on the real clock: a booking starting in five minutes is open.
    const booking = await createTestBooking(db(), { start: minutes(new Date(), 5) });
    const app = createApp({ db: db(), logger: captureLogger().logger });
    const response = await requestToken(
      app,
      { reference: booking.reference },
      { Authorization: `Bearer ${booking.manageToken}` },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ engine: 'simulated', role: 'participant' });

    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { post?: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(document.paths['/api/v1/video/token']?.post?.responses ?? {})).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '413',
      '415',
      '422',
      '429',
    ]);
  });
});
