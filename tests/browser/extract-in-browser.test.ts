import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract, toHtml, type Analysis } from '../../src/index.js';
import { bundleForBrowser } from '../../scripts/browser-bundle.js';
import { collectSpans, corpusArticles } from '../helpers.js';
import { ORIGIN, SKIP_BROWSER, launchChromium, openPage, type Browser, type Page } from './page.js';

/** What an application would write: import from the package by name. */
const ENTRY = `
import { extract, toHtml, Analysis } from 'whosaid';
globalThis.whosaidRun = (text) => {
  const analysis = extract(text, { publishedAt: '2026-02-18' });
  Analysis.parse(analysis);
  return { analysis, html: toHtml(analysis, text) };
};
`;

const SAMPLES: Array<[string, string]> = [
  ...corpusArticles().slice(0, 6).map((a): [string, string] => [a.name, a.text]),
  ['an empty text', ''],
  ['astral characters and a lone surrogate', 'Title 😀\n\n“Ça va,” said Zoë 🇫🇷.\n\nA lone \ud800 surrogate.'],
];

describe.skipIf(SKIP_BROWSER)('browser: import { extract } from "whosaid" bundled with esbuild, in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let blocked: string[];
  let from: string;

  beforeAll(async () => {
    const bundle = await bundleForBrowser(ENTRY);
    from = bundle.from;
    browser = await launchChromium();
    ({ page, errors, blocked } = await openPage(browser, {
      '/': { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>whosaid</title><script src="/whosaid.js"></script>' },
      '/whosaid.js': { type: 'text/javascript', body: bundle.code },
    }));
    await page.goto(`${ORIGIN}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the bundle loads without errors and asks for nothing else', async () => {
    expect(['dist', 'src']).toContain(from);
    expect(await page.evaluate(() => typeof (globalThis as { whosaidRun?: unknown }).whosaidRun)).toBe('function');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  test.each(SAMPLES)('extract() in the browser equals extract() in Node: %s', async (_name, text) => {
    const got = await page.evaluate((t) => (globalThis as unknown as { whosaidRun: (t: string) => { analysis: Analysis; html: string } }).whosaidRun(t), text);
    const want = extract(text, { publishedAt: '2026-02-18' });
    expect(got.analysis).toEqual(JSON.parse(JSON.stringify(want)));
    expect(got.html).toBe(toHtml(want, text));
    for (const s of collectSpans(got.analysis)) expect(text.slice(s.start, s.end), s.path).toBe(s.text);
    expect(errors).toEqual([]);
  });

  test('a caller mistake throws "whosaid:" in the browser too', async () => {
    const message = await page.evaluate(() => {
      try {
        (globalThis as unknown as { whosaidRun: (t: unknown) => unknown }).whosaidRun(42);
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(message).toMatch(/^whosaid: /);
  });
});
