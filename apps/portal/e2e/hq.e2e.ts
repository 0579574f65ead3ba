// The HQ board (/hq) in Chromium against the built portal on PGlite with the sample city: HQ signs
// in and sees the 20 sample shelters and the totals; a report the sample shelter sends through
// the API appears on the board within seconds without a reload; HQ moves a supply request to 調達
// and it is still there after a reload; a shelter account is refused; keyboard only; axe on each
// state and no console errors.
//
// Selectors of /hq (Japanese UI), kept stable for other tests that end on this page:
// - before sign-in: h1 「災害対策本部 サインイン」; fields labelled 「ユーザー名」「パスワード」; button 「サインイン」
// - signed in as HQ: h1 「災害対策本部」; a shelter account instead gets h1 「このページは災害対策本部用です」
// - the board: getByRole('table', { name: '避難所の状況' }) — one row per shelter whose row header
//   (th scope=row) starts with the shelter's name, e.g. getByRole('rowheader', { name: /北浦小学校（サンプル）/ });
//   inside it a button named exactly the shelter's name opens its reports
//   (h2 「{name}の詳細」, button 「詳細を閉じる」)
// - live state: the role=status paragraph `.portal-hq__connection` with data-state
//   connecting | live | reconnecting | signed_out | closed | off (text 「ライブ更新中：…」 when live);
//   the latest change is said in `.portal-hq__announcement` (「{name}から状況報告が届きました」)
// - totals: the region named 「全体の状況」
// - supply requests: the region named 「物資要請」; each request is a list item headed (h3) by the
//   shelter's name (a shelter may have several: filter the list items by a line's text too, e.g.
//   hasText: '毛布 50枚'); 「「調達」にする」 asks for confirmation, the second 「「調達」にする」 does
//   it, and 「{name}の要請を「調達」にしました」 is said; the current step has aria-current="step";
//   the queue shows requests not yet arrived (表示する要請 select: すべて for every one)
// - exports: links 「CSV（英語の列名）」「CSV（日本語の列名）」「JSON」
import { createReport, exampleReportData } from '@machi-dx/shelter-forms/core';
import { type Locator, type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, portalAndBrowser, watchConsole } from './browser';

const e2e = portalAndBrowser();

async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await (await e2e.browser.newContext({ acceptDownloads: true })).newPage();
  const problems = watchConsole(page);
  await page.goto(`${e2e.portal.url}/hq`);
  await page.getByRole('heading', { level: 1, name: '災害対策本部 サインイン' }).waitFor();
  return { page, problems };
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel(/^ユーザー名/).fill(username);
  await page.getByLabel(/^パスワード/).fill(password);
  await page.getByRole('button', { name: 'サインイン' }).click();
}

/**
 * Console problems other than the 401 of the page's first "who is signed in?" check, which
 * Chromium logs as a failed resource although the page expects it.
 */
function unexpected(problems: string[]): string[] {
  return problems.filter((problem) => !/status of 401\b/.test(problem));
}

/** Presses Tab until `target` has focus (keyboard only); fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** A report sent by the sample shelter account through the API, as its device would. */
async function sendShelterReport(evacueeTotal: number): Promise<string> {
  const api = await request.newContext({
    baseURL: e2e.portal.url,
    extraHTTPHeaders: { Origin: e2e.portal.url },
  });
  try {
    const login = await api.post('/api/v1/auth/login', {
      data: { username: 'sample-shelter', password: 'sample-shelter-passphrase' },
    });
    expect(login.status()).toBe(200);
    const { account } = (await login.json()) as { account: { shelterId: string } };
    const report = createReport('status', { ...exampleReportData.status, evacueeTotal });
    const sent = await api.post(`/api/v1/shelters/${account.shelterId}/reports`, { data: report });
    expect(sent.status()).toBe(201);
    return account.shelterId;
  } finally {
    await api.dispose();
  }
}

describe('the HQ board in the portal (Chromium, PGlite, sample data)', () => {
  it('HQ sees 20 shelters and the totals, a shelter’s report arrives live, a supply request moves to 調達 and stays', async () => {
    const { page, problems } = await open();
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, 'sample-hq', 'sample-hq-passphrase');
    await page.getByRole('heading', { level: 1, name: '災害対策本部' }).waitFor();
    const board = page.getByRole('table', { name: '避難所の状況' });
    await board.waitFor();
    expect(await board.getByRole('rowheader').count()).toBe(20);
    const totals = page.getByRole('region', { name: '全体の状況' });
    const overview = await (await page.request.get(`${e2e.portal.url}/api/v1/hq/overview`)).json();
    await totals.getByText(`${overview.shelters.open}か所（全20か所）`).waitFor();
    await page.locator('.portal-hq__connection[data-state="live"]').waitFor({ timeout: 10_000 });
    expect(await axeViolations(page)).toEqual([]);

    // The schematic map on request: the sample shelters have coordinates, no tiles are fetched.
    await page.getByText('地図（略図）で見る').click();
    const map = page.getByRole('group', { name: '避難所の略図' });
    await map.waitFor();
    expect(await map.getByRole('button').count()).toBe(20);
    expect(await axeViolations(page)).toEqual([]);

    // A report from the shelter, sent while HQ watches: no reload.
    const marker = await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
      return true;
    });
    const shelterId = await sendShelterReport(321);
    const row = board
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /北浦小学校（サンプル）/ }) });
    await row.getByText('321人').waitFor({ timeout: 5_000 });
    await page.getByText('北浦小学校（サンプル）から状況報告が届きました').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(marker);
    expect(shelterId).toBe('E3820390001111');

    // The shelter's reports, the new one first.
    await row.getByRole('button', { name: '北浦小学校（サンプル）' }).click();
    const detail = page.getByRole('heading', { level: 2, name: '北浦小学校（サンプル）の詳細' });
    await detail.waitFor();
    expect(await detail.evaluate((element) => element === document.activeElement)).toBe(true);
    await page
      .locator('.portal-hq__detail')
      .getByRole('heading', { level: 3, name: '北浦小学校（サンプル） サンプル' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // 要請 → 調達, confirmed; still 調達 after a reload.
    const queue = page.getByRole('region', { name: '物資要請' });
    const item = queue.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: '北浦福祉センター（サンプル）' }),
    });
    await item.getByRole('button', { name: '「調達」にする' }).click();
    await item.getByText('「調達」にします。元には戻せません。').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await item.getByRole('button', { name: '「調達」にする' }).click();
    await page.getByText('北浦福祉センター（サンプル）の要請を「調達」にしました').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '災害対策本部' }).waitFor();
    const reloaded = page
      .getByRole('region', { name: '物資要請' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { level: 3, name: '北浦福祉センター（サンプル）' }),
      });
    await reloaded.locator('[aria-current="step"]', { hasText: '調達' }).waitFor();
    expect(await reloaded.getByRole('button', { name: '「輸送」にする' }).count()).toBe(1);
    expect(unexpected(problems)).toEqual([]);
  }, 90_000);

  it('says when the live connection is lost, and shows what arrived meanwhile once it is back', async () => {
    const { page, problems } = await open();
    await signIn(page, 'sample-hq', 'sample-hq-passphrase');
    const board = page.getByRole('table', { name: '避難所の状況' });
    await board.waitFor();
    const connection = page.locator('.portal-hq__connection');
    await page.locator('.portal-hq__connection[data-state="live"]').waitFor({ timeout: 10_000 });
    await page.context().setOffline(true);
    await page.locator('.portal-hq__connection[data-state="reconnecting"]').waitFor();
    expect(await connection.textContent()).toContain('再接続しています');
    await sendShelterReport(654);
    await page.context().setOffline(false);
    await page.locator('.portal-hq__connection[data-state="live"]').waitFor({ timeout: 15_000 });
    const row = board
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /北浦小学校（サンプル）/ }) });
    await row.getByText('654人').waitFor({ timeout: 5_000 });
    expect(await axeViolations(page)).toEqual([]);
    // Offline, the page's own requests fail as Chromium reports them.
    expect(
      unexpected(problems).filter((problem) => !/ERR_INTERNET_DISCONNECTED/.test(problem)),
    ).toEqual([]);
  }, 60_000);

  it('works with the keyboard alone: sign in, open a shelter, close it, back where it was', async () => {
    const { page, problems } = await open();
    await tabTo(page, page.getByLabel(/^ユーザー名/));
    await page.keyboard.type('sample-hq');
    await page.keyboard.press('Tab');
    await page.keyboard.type('sample-hq-passphrase');
    await page.keyboard.press('Enter');
    const board = page.getByRole('table', { name: '避難所の状況' });
    await board.waitFor();
    const name = board.getByRole('button', { name: '北浦中学校（サンプル）' });
    await tabTo(page, name);
    await page.keyboard.press('Enter');
    const detail = page.getByRole('heading', { level: 2, name: '北浦中学校（サンプル）の詳細' });
    await detail.waitFor();
    expect(await detail.evaluate((element) => element === document.activeElement)).toBe(true);
    await tabTo(page, page.getByRole('button', { name: '詳細を閉じる' }), 5);
    await page.keyboard.press('Enter');
    await detail.waitFor({ state: 'detached' });
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
    await tabTo(page, page.getByRole('link', { name: 'CSV（日本語の列名）' }));
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('refuses a shelter account with a clear message and no board', async () => {
    const { page, problems } = await open();
    await signIn(page, 'sample-shelter', 'sample-shelter-passphrase');
    await page.getByRole('heading', { level: 1, name: 'このページは災害対策本部用です' }).waitFor();
    await page.getByRole('link', { name: '避難所ページを開く' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);
});
