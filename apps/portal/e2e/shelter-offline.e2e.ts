// A shelter with no signal, in Chromium against the built portal (PGlite, sample city): it signs
// in, the service worker takes over, the network goes away (context.setOffline), a status report
// and a supply request are written and saved on the device, the page is reloaded still offline
// (the app comes from the service worker, the outbox shows 2 waiting), the network returns and
// the reports are delivered; HQ, in a second browser context, sees exactly those reports within
// seconds on /hq and moves the supply request to 調達. Axe runs on every page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, portalAndBrowser, watchConsole } from './browser';
import { startPortal } from './server';

const SHELTER = 'E3820390001111';
const SHELTER_NAME = '北浦小学校（サンプル）';
// Distinct numbers, so HQ's views are searched for these reports and not the sample ones.
const EVACUEES = 137;
const BLANKETS = 37;

const e2e = portalAndBrowser();

// Requests that fail while offline are logged by Chromium as failed loads: expected here.
const offlineNoise = /ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/;

async function dump(page: Page): Promise<string> {
  return (
    (await page
      .locator('main')
      .textContent()
      .catch(() => null)) ?? ''
  ).slice(0, 3000);
}

async function explain<T>(page: Page, step: Promise<T>): Promise<T> {
  return step.catch(async (error) => {
    throw new Error(`${error}\n--- page ---\n${await dump(page)}`);
  });
}

/**
 * Writes one report in the open form, by keyboard: check step, then queue. Offline it stays
 * 「この端末に保存しました」; online it may be sending or sent before the heading is looked at.
 */
async function queueReport(
  page: Page,
  kind: string,
  saved: string | RegExp = 'この端末に保存しました',
) {
  await page.getByRole('button', { name: '確認へ進む' }).press('Enter');
  await explain(page, page.getByRole('heading', { name: `${kind}：内容の確認` }).waitFor());
  await page.getByRole('button', { name: 'この内容で報告する' }).press('Enter');
  await explain(page, page.getByRole('heading', { name: saved }).waitFor());
}

async function signInShelter(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(`${e2e.portal.url}/shelter`);
  await page.getByRole('heading', { level: 1, name: '避難所のサインイン' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/避難所コード/).fill('sample-shelter');
  await page.getByLabel(/パスフレーズ/).fill('sample-shelter-passphrase');
  await page.getByLabel(/パスフレーズ/).press('Enter');
  await explain(page, page.getByText(SHELTER_NAME).waitFor());
  return { page, problems };
}

/** How many page loads (/shelter, /hq …) the server has answered, from its request log. */
function pagesServed(): number {
  return e2e.portal.output().match(/"route":"spa-fallback"/g)?.length ?? 0;
}

interface StoredReport {
  id: string;
  kind: string;
  sample: boolean;
  data: Record<string, unknown>;
}

describe('a shelter reporting offline (Chromium, service worker, PGlite)', () => {
  it('keeps two reports through an offline reload and delivers them to HQ once', async () => {
    const shelterContext = await e2e.browser.newContext();
    const { page, problems } = await signInShelter(shelterContext);
    expect(await axeViolations(page)).toEqual([]);

    // The service worker is installed, active and controls this page (it claims on activation).
    await page.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return !!registration?.active && navigator.serviceWorker.controller !== null;
      },
      undefined,
      { timeout: 15_000 },
    );

    await shelterContext.setOffline(true);
    // The shelter's side is used by keyboard: focus, Enter and typing.
    await page.getByRole('button', { name: '状況報告' }).press('Enter');
    const statusHeading = page.getByRole('heading', { level: 3, name: '状況報告' });
    await statusHeading.waitFor();
    expect(await statusHeading.evaluate((element) => element === document.activeElement)).toBe(
      true,
    );
    // 第3報: the sample shelter's last status report on the server is 第2報.
    expect(await page.getByLabel(/報番号/).inputValue()).toBe('3');
    await page.getByLabel(/避難者数（総数）/).fill(String(EVACUEES));
    await queueReport(page, '状況報告');
    expect(await page.getByText('電波が戻ると自動で送ります。').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '報告の種類の選択に戻る' }).press('Enter');
    await page.getByRole('button', { name: '物資要請' }).press('Enter');
    await page.getByRole('button', { name: '＋毛布' }).press('Enter');
    // Focus moves to the new line's quantity.
    await page.keyboard.type(String(BLANKETS));
    expect(await page.getByRole('textbox', { name: /数量/ }).inputValue()).toBe(String(BLANKETS));
    await queueReport(page, '物資要請');
    expect(await axeViolations(page)).toEqual([]);

    // Reload with no network: the page comes from the service worker, the reports from IndexedDB.
    const served = pagesServed();
    expect(served).toBeGreaterThan(0);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    // Not even the worker reached the server: the page is the precached shell.
    expect(pagesServed()).toBe(served);
    await explain(page, page.getByRole('heading', { level: 1, name: '避難所の報告' }).waitFor());
    await page.getByRole('heading', { name: 'サーバーに接続できません' }).waitFor();
    await page.getByText(SHELTER_NAME).waitFor();
    const outbox = page.getByRole('region', { name: '送信状況' });
    await explain(page, outbox.getByText('送信待ち 2件').waitFor());
    expect(await outbox.getByText('この端末に保存済み・送信待ち').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    // HQ, in another browser context (online), watches the board live.
    const hqContext = await e2e.browser.newContext();
    const hq = await hqContext.newPage();
    const hqProblems = watchConsole(hq);
    await hq.goto(`${e2e.portal.url}/hq`);
    await hq.getByRole('heading', { level: 1, name: '災害対策本部 サインイン' }).waitFor();
    expect(await axeViolations(hq)).toEqual([]);
    await hq.getByLabel(/ユーザー名/).fill('sample-hq');
    await hq.getByLabel(/パスワード/).fill('sample-hq-passphrase');
    await hq.getByLabel(/パスワード/).press('Enter');
    await explain(hq, hq.getByRole('heading', { level: 1, name: '災害対策本部' }).waitFor());
    await explain(hq, hq.getByText('ライブ更新中', { exact: false }).waitFor());
    const row = hq.getByRole('row', { name: new RegExp(SHELTER_NAME) });
    await row.waitFor();
    expect(await row.getByText(String(EVACUEES)).count()).toBe(0);

    // The network returns: both are delivered without anyone pressing a button, and HQ's board
    // shows the new head count within seconds.
    const online = Date.now();
    await shelterContext.setOffline(false);
    await explain(
      page,
      outbox.getByText('送信待ちの報告はありません').waitFor({ timeout: 20_000 }),
    );
    await explain(hq, row.getByText(String(EVACUEES)).first().waitFor({ timeout: 10_000 }));
    expect(Date.now() - online).toBeLessThan(20_000);
    expect(await axeViolations(hq)).toEqual([]);

    // The shelter's history on /hq: the sample reports plus exactly these two.
    await row.getByRole('button', { name: SHELTER_NAME }).click();
    const detail = hq.getByRole('region', { name: new RegExp(`${SHELTER_NAME}の詳細`) });
    const history = detail.locator('.machi-detail__report');
    await explain(hq, history.filter({ hasText: '第3報' }).waitFor());
    expect(await history.filter({ hasText: '第3報' }).count()).toBe(1);
    expect(await history.count()).toBe(6);
    expect(await axeViolations(hq)).toEqual([]);

    // Exactly those two reports reached HQ, each once (the server's own list, as HQ reads it).
    const reports = (await (
      await hq.request.get(`${e2e.portal.url}/api/v1/shelters/${SHELTER}/reports`)
    ).json()) as { reports: StoredReport[] };
    const delivered = reports.reports.filter((report) => !report.sample);
    expect(delivered.map((report) => report.kind).sort()).toEqual(['status', 'supply_request']);
    expect(new Set(delivered.map((report) => report.id)).size).toBe(2);
    const status = delivered.find((report) => report.kind === 'status');
    expect(status?.data).toMatchObject({ reportSequence: 3, evacueeTotal: EVACUEES });
    const supply = delivered.find((report) => report.kind === 'supply_request');
    expect(supply?.data).toMatchObject({
      items: [{ item: 'blankets', quantity: BLANKETS, unit: 'sheet' }],
    });

    // HQ moves the supply request to 調達 (one step, confirmed).
    const request = hq.locator('.machi-queue__request').filter({ hasText: `毛布 ${BLANKETS}枚` });
    await explain(hq, request.waitFor());
    await request.getByRole('button', { name: '「調達」にする' }).click();
    await request.getByText('「調達」にします。元には戻せません。').waitFor();
    await request.getByRole('button', { name: '「調達」にする' }).click();
    await explain(
      hq,
      hq
        .locator(`.machi-queue__request[data-status="procuring"]`)
        .filter({ hasText: `毛布 ${BLANKETS}枚` })
        .waitFor(),
    );
    expect(await axeViolations(hq)).toEqual([]);
    const queue = (await (
      await hq.request.get(`${e2e.portal.url}/api/v1/supply-requests?status=all`)
    ).json()) as { supplyRequests: { id: string; status: string }[] };
    expect(queue.supplyRequests.find((entry) => entry.id === supply?.id)?.status).toBe('procuring');

    // Besides offline failures, only the 401s of "am I signed in?" before signing in.
    expect(
      problems.filter((problem) => !offlineNoise.test(problem) && !/401/.test(problem)),
    ).toEqual([]);
    expect(hqProblems.filter((problem) => !/401/.test(problem))).toEqual([]);
    await Promise.all([shelterContext.close(), hqContext.close()]);
  }, 150_000);

  it('offers a new version only once nothing is being entered, and applies it when asked', async () => {
    // A portal of its own over a copy of the build, so its sw.js can be changed as a deploy would.
    const built = process.env.PUBLIC_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
    const publicDir = mkdtempSync(join(tmpdir(), 'machi-dx-sw-update-'));
    cpSync(built, publicDir, { recursive: true });
    const previous = process.env.PUBLIC_DIR;
    process.env.PUBLIC_DIR = publicDir;
    const second = await startPortal().finally(() => {
      if (previous === undefined) delete process.env.PUBLIC_DIR;
      else process.env.PUBLIC_DIR = previous;
    });
    const context = await e2e.browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watchConsole(page);
      await page.goto(`${second.url}/shelter`);
      await page.getByLabel(/避難所コード/).fill('sample-shelter');
      await page.getByLabel(/パスフレーズ/).fill('sample-shelter-passphrase');
      await page.getByLabel(/パスフレーズ/).press('Enter');
      await explain(page, page.getByText(SHELTER_NAME).waitFor());
      const cacheNames = () => page.evaluate(() => caches.keys());
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const [oldCache] = await cacheNames();
      expect(oldCache).toMatch(/^machi-dx-shell-/);

      // Someone is typing a report when the new version arrives.
      await page.getByRole('button', { name: '状況報告' }).press('Enter');
      await page.getByLabel(/避難者数（総数）/).fill('188');
      const worker = join(publicDir, 'sw.js');
      const source = readFileSync(worker, 'utf8');
      const next = source.replace(/(\\"version\\":\\")([0-9a-f]+)/, '$1$2ff');
      expect(next).not.toBe(source);
      writeFileSync(worker, next);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await page.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting?.state === 'installed';
      });
      const offer = page.getByRole('region', { name: '新しい版のお知らせ' });
      // Longer than the banner's recheck of the entry state: it stays silent.
      await page.waitForTimeout(2500);
      expect(await offer.getByRole('button', { name: '更新' }).count()).toBe(0);

      // The report is queued: now the offer appears, and nothing was reloaded under the form.
      await queueReport(page, '状況報告', /^(この端末に保存しました|送信しています|送信しました)/);
      await explain(page, offer.getByText('新しい版があります').waitFor());
      expect(await axeViolations(page)).toEqual([]);
      const reloaded = page.waitForEvent('load');
      await offer.getByRole('button', { name: '更新' }).press('Enter');
      await reloaded;
      await explain(page, page.getByText(SHELTER_NAME).waitFor());
      // The new version controls the page; the old version's cache is gone.
      await page.waitForFunction(
        (old) => caches.keys().then((names) => names.length === 1 && names[0] !== old),
        oldCache,
      );
      expect(await offer.getByRole('button', { name: '更新' }).count()).toBe(0);
      // The report typed before the update is still there.
      const outbox = page.getByRole('region', { name: '送信状況' });
      await explain(
        page,
        outbox
          .getByText(/第\d+報/)
          .first()
          .waitFor(),
      );
      expect(problems.filter((problem) => !/401/.test(problem))).toEqual([]);
    } finally {
      await context.close();
      await second.stop();
      rmSync(publicDir, { recursive: true, force: true });
    }
  }, 150_000);

  it.each([
    ['en', 'Shelter sign-in', 'Shelter code', 'Passphrase', 'Shelter reports', 'Status report'],
    [
      'ja-easy',
      'ひなんじょの サインイン',
      'ひなんじょの コード',
      'パスフレーズ',
      'ひなんじょの ほうこく',
      'いまの ようす',
    ],
  ])(
    'reads in %s, and stays axe-clean there',
    async (lang, signInTitle, code, passphrase, title, status) => {
      const context = await e2e.browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${e2e.portal.url}/shelter?lang=${lang}`);
        await page.getByRole('heading', { level: 1, name: signInTitle }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.getByLabel(new RegExp(code)).fill('sample-shelter');
        await page.getByLabel(new RegExp(passphrase)).fill('sample-shelter-passphrase');
        await page.getByLabel(new RegExp(passphrase)).press('Enter');
        await explain(page, page.getByRole('heading', { level: 1, name: title }).waitFor());
        await page.getByRole('button', { name: status }).press('Enter');
        await page.getByRole('heading', { level: 3, name: status }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
