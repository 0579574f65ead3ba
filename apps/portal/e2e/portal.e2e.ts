import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, portalAndBrowser, watchConsole } from './browser';
import { startPortal } from './server';

const e2e = portalAndBrowser();

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await e2e.browser.newPage();
  const problems = watchConsole(page);
  await page.goto(`${e2e.portal.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The city arrives from the API; wait until the sample-data notice shows it has.
  await page.locator('.portal-sample').waitFor();
  return { page, problems };
}

describe('the portal as `npm start` serves it (PGlite, sample data)', () => {
  it('answers health with the embedded database', async () => {
    const health = await (await fetch(`${e2e.portal.url}/api/v1/health`)).json();
    expect(health).toMatchObject({ status: 'ok', db: 'pglite' });
  });

  it('shows the home page in Japanese with the sample-data notice, no console errors and no axe violations', async () => {
    const { page, problems } = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'オンライン窓口',
    );
    await expect(
      page.getByText('サンプルデータで動いている見本のサイト').isVisible(),
    ).resolves.toBe(true);
    for (const name of [
      'オンライン相談窓口',
      '避難所・防災',
      'アクセシビリティ・このサイトについて',
    ]) {
      await expect(page.getByRole('main').getByRole('link', { name }).isVisible()).resolves.toBe(
        true,
      );
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the home page in English with ?lang=en, no console errors and no axe violations', async () => {
    const { page, problems } = await open('/?lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'online services',
    );
    await expect(
      page.getByRole('link', { name: 'Online consultation windows' }).isVisible(),
    ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers a skip link on the first Tab that moves focus to the main content', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '本文へ移動' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('switches language from the header and keeps it across pages', async () => {
    const { page } = await open('/');
    await page
      .getByRole('button', { name: 'English' })
      .or(page.getByRole('link', { name: 'English' }))
      .click();
    await page.getByRole('heading', { level: 1, name: /online services/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Online consultation' })
      .click();
    const heading = page.getByRole('heading', { level: 1, name: 'Online consultation windows' });
    await heading.waitFor();
    // After in-app navigation the new page's heading has focus, as after a page load.
    await expect(heading.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.close();
  });

  it('lists the branch offices from the database on the consultation page', async () => {
    const { page, problems } = await open('/consultation');
    const where = page.getByRole('heading', { level: 2, name: '相談できる場所' });
    await where.waitFor();
    const items = page.locator('h2:has-text("相談できる場所") + ul > li');
    await expect(items.count()).resolves.toBe(5); // four branch offices + from home
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sends shelter staff and HQ from /shelters to their pages (in やさしい日本語 too), axe-clean', async () => {
    const { page, problems } = await open('/shelters?lang=ja-easy');
    await page.getByRole('region', { name: 'ひなんじょで はたらく 人へ' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '本部の 画面を 開く' }).click();
    await page.waitForURL(/\/hq\?lang=ja-easy$/);
    // The footer's staff links, from any page: here to the shelter reports page.
    await page
      .getByRole('navigation', { name: '市の しょくいんへ' })
      .getByRole('link', { name: 'ひなんじょの 画面' })
      .click();
    await page.waitForURL(/\/shelter\?lang=ja-easy$/);
    await page.getByRole('button', { name: 'サインイン' }).waitFor();
    // /hq and /shelter first ask who is signed in: a 401 there is the expected answer.
    expect(problems.filter((problem) => !/status of 401\b/.test(problem))).toEqual([]);
    await page.close();
  });

  it('answers an unknown page with the portal and a plain "not found"', async () => {
    const { page } = await open('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'ページが見つかりません',
    );
    await page.close();
  });

  it('sends security headers with the page', async () => {
    const response = await fetch(e2e.portal.url);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
  });
});

// CI always sets DATABASE_URL (.ci/run); on a machine without Postgres this block is not defined at all.
if (process.env.DATABASE_URL) {
  describe('the portal on Postgres (DATABASE_URL)', () => {
    it('answers health with db "postgres"', async () => {
      const onPostgres = await startPortal({ databaseUrl: process.env.DATABASE_URL });
      try {
        const health = await (await fetch(`${onPostgres.url}/api/v1/health`)).json();
        expect(health).toMatchObject({ status: 'ok', db: 'postgres' });
      } finally {
        await onPostgres.stop();
      }
    });
  });
}
