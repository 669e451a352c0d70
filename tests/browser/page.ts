/**
 * Headless Chromium for the browser tests: skips (saying why) only when Chromium cannot be found outside CI;
 * in CI (CI=true) a missing Chromium fails the tests, since .ci/run installs it.
 */
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../../scripts/chromium.js';

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const FOUND = findChromium() !== null;

/** True when the browser tests must be skipped; prints the reason once. */
export const SKIP_BROWSER = !FOUND && !IN_CI;
if (SKIP_BROWSER) {
  console.warn('tests/browser skipped: Chromium not found at /usr/bin/chromium. Install it (apt-get install -y chromium) or set WHOSAID_CHROMIUM; CI always runs these tests.');
}

export { launchChromium };
export type { Browser, Page };

/** The page's origin for the tests: fulfilled from memory, never from a network. */
export const ORIGIN = 'http://whosaid.test';

/**
 * A page whose requests are answered from `files` (path -> body) on ORIGIN; every other request is aborted
 * and recorded in the returned list, as are page errors and console errors.
 */
export async function openPage(browser: Browser, files: Record<string, { body: string; type: string }>): Promise<{
  page: Page;
  blocked: string[];
  errors: string[];
}> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    if (file) await route.fulfill({ status: 200, contentType: file.type, body: file.body });
    else {
      blocked.push(route.request().url());
      await route.abort();
    }
  });
  return { page, blocked, errors };
}
