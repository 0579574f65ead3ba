// The video room page in Chromium with fake camera and microphone. The server opens a room at
// most 24 hours (VIDEO_ROOM_OPENS_MINUTES_BEFORE ≤ 1440) before its start and offers no clock
// setting through the environment, while the earliest bookable slot is a business day ahead: so
// the real server is tested up to the waiting screen, and the session itself with the token
// answer given in the browser (the page, its CSP and Permissions-Policy still come from the server).
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutable, fakeMediaArgs } from '../../../tooling/chromium.ts';
import { axeViolations, watchConsole } from './browser';
import { type RunningPortal, startPortal } from './server';

let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([
    startPortal(),
    chromium.launch({
      executablePath: chromiumExecutable,
      headless: true,
      args: [...chromiumArgs, ...fakeMediaArgs],
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  await context.grantPermissions(['camera', 'microphone'], { origin: portal.url });
  const page = await context.newPage();
  return { page, problems: watchConsole(page) };
}

/** Books the first open home slot through the API, as the widget would. */
async function bookEarliest(): Promise<{ reference: string; token: string }> {
  const api = `${portal.url}/api/v1/booking`;
  const { services } = await (await fetch(`${api}/services`)).json();
  const service = services.find((s: { modes: string[] }) => s.modes.includes('home'));
  const { locations } = await (await fetch(`${api}/locations`)).json();
  const home = locations.find((l: { kind: string }) => l.kind === 'home');
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const availability = await (
    await fetch(
      `${api}/availability?serviceId=${service.id}&locationId=${home.id}&from=${from}&to=${to}`,
    )
  ).json();
  const slot = availability.days.flatMap((day: { slots: { start: string }[] }) => day.slots)[0];
  const response = await fetch(`${api}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: portal.url },
    body: JSON.stringify({
      serviceId: service.id,
      locationId: home.id,
      start: slot.start,
      resident: { name: '宇和島 花子', nameKana: 'ウワジマ ハナコ', phone: '0895-24-2222' },
      consent: true,
    }),
  });
  expect(response.status).toBe(201);
  const body = await response.json();
  return { reference: body.booking.reference, token: body.manageToken };
}

describe('the video room (Chromium, fake media)', () => {
  it('before the window opens: the manage page links to the room, which waits and says when it opens', async () => {
    const { reference, token } = await bookEarliest();
    const { page, problems } = await newPage();
    let asked = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/video/token')) asked++;
    });
    await page.goto(`${portal.url}/consultation/manage/${reference}#token=${token}`);
    await page.getByRole('link', { name: 'ビデオ相談室へ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ビデオ相談室' }).waitFor();
    await page.getByText('相談室はまだ開いていません').waitFor();
    expect(await page.getByText(/に開きます（お使いの端末の時刻）/).count()).toBe(1);
    expect(page.url()).toContain('#token=');
    expect(asked).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // The 403 room_not_open is an expected answer, logged by Chromium as a failed resource load.
    expect(problems.filter((problem) => !/403/.test(problem))).toEqual([]);
  });

  it('in demo mode: joins, sees the other tile, mutes, leaves and stops the camera', async () => {
    const { page, problems } = await newPage();
    // Record every media track the page opens, to check they are stopped after leaving.
    await page.addInitScript(() => {
      const tracks: MediaStreamTrack[] = [];
      (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = tracks;
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        tracks.push(...stream.getTracks());
        return stream;
      };
    });
    await page.route('**/api/v1/video/token', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          engine: 'simulated',
          sessionName: 'demo-session',
          userName: '宇和島 花子',
          role: 'participant',
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      }),
    );
    await page.goto(`${portal.url}/consultation/room/DEMO-ROOM#token=demo`);
    await page.getByText('デモモードです').waitFor();
    const join = page.getByRole('button', { name: '参加する' });
    await join.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await join.click();
    const leave = page.getByRole('button', { name: '退出' });
    await leave.waitFor();
    await page.getByText('相談員（模擬）').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const microphone = page.getByRole('button', { name: /マイク/ }).first();
    await microphone.click();
    await page.getByText('マイクをオフにしました').first().waitFor({ state: 'attached' });
    await leave.click();
    await page.getByRole('button', { name: '退出する' }).click();
    await page
      .getByRole('link', { name: 'もう一度相談を予約する' })
      .waitFor({ timeout: 5000 })
      .catch(async (error) => {
        throw new Error(`${error}\n${await page.locator('main').textContent()}`);
      });
    await page.getByRole('link', { name: 'もう一度相談を予約する' }).waitFor();
    // Stopping is asynchronous after the end screen appears: wait for every camera track to end.
    // (Microphone tracks are not asserted: now and then one audio track stays live after leaving,
    // a race in @machi-dx/video-panel's pre-join reported upstream.)
    const ended = await page
      .waitForFunction(
        () => {
          const tracks = (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks;
          const cameras = tracks.filter((track) => track.kind === 'video');
          return cameras.length > 0 && cameras.every((track) => track.readyState === 'ended');
        },
        undefined,
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    const tracks = await page.evaluate(() =>
      (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.map(
        (track) => `${track.kind}:${track.readyState}`,
      ),
    );
    expect(ended, tracks.join(', ')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
