/**
 * Finds and starts Debian's Chromium for the browser tests and the screenshot, through playwright-core (which
 * never downloads a browser of its own). .ci/run installs chromium when it is missing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is looked for: $WHOSAID_CHROMIUM first, then Debian's path. */
export function findChromium(): string | null {
  const candidates = [process.env.WHOSAID_CHROMIUM, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Flags for a closed network and a root user: no sandbox, no background connections, no first-run work. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** Headless Chromium; throws with what to install when it cannot be found. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('whosaid: Chromium not found at /usr/bin/chromium (apt-get install -y chromium, or set WHOSAID_CHROMIUM)');
  }
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}
