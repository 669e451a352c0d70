/**
 * Renders toHtml() of the seed article in headless Chromium and saves docs/screenshot.png (shown in the README).
 *   npm run screenshot                 the seed article from ../shared/corpus/seed
 *   npm run screenshot -- article.txt  any article (the output is still docs/screenshot.png)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, toHtml } from '../src/index.js';
import { launchChromium } from './chromium.js';

const ROOT = join(import.meta.dirname, '..');
const input = process.argv[2] ?? join(ROOT, '..', 'shared', 'corpus', 'seed', 'facebook-messages.txt');
const out = join(ROOT, 'docs', 'screenshot.png');

if (!existsSync(input)) {
  process.stderr.write(`screenshot: ${input} not found (the seed article lives in ../shared; pass an article path instead)\n`);
  process.exit(1);
}
const text = readFileSync(input, 'utf8');
const html = toHtml(extract(text, { publishedAt: '2026-02-18' }), text);

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1250 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: out, fullPage: false });
  process.stdout.write(`wrote ${out} (${input}, viewport 1400x1250)\n`);
} finally {
  await browser.close();
}
