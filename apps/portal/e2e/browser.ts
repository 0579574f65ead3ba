import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../../tooling/chromium.ts';
import { type PortalOptions, type RunningPortal, startPortal } from './server';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless, with the flags these machines need (and `extraArgs`). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

/** The portal and the browser an e2e file runs against. */
export interface E2eRun {
  readonly portal: RunningPortal;
  readonly browser: Browser;
}

/**
 * Starts the built portal and Chromium (in parallel) before the calling file's tests and stops
 * both after them. Call it at the top of the file; read `portal` and `browser` inside tests.
 */
export function portalAndBrowser(
  options: { portal?: PortalOptions; chromiumArgs?: readonly string[] } = {},
): E2eRun {
  let portal: RunningPortal | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [startedPortal, launched] = await Promise.allSettled([
      startPortal(options.portal),
      launchChromium(options.chromiumArgs),
    ]);
    // Keep whichever started, so afterAll stops it even when the other failed.
    if (startedPortal.status === 'fulfilled') portal = startedPortal.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const result of [startedPortal, launched]) {
      if (result.status === 'rejected') throw result.reason;
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running (used outside a test?)`);
    return value;
  };
  return {
    get portal() {
      return started(portal, 'the portal');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}

/** Collects console errors and page errors (CSP violations show up here too). */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/**
 * Runs axe in the page (WCAG 2.x A/AA rules, colour contrast included). Evaluated over the
 * DevTools protocol, so the page's strict CSP stays on and is tested as users get it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}
