import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toHtml, type Analysis, type Quote } from '../../src/index.js';
import { analysisOf } from '../view/fixture.js';
import { SKIP_BROWSER, launchChromium, type Browser } from './page.js';

const IMG = `<img src="http://evil.test/a.png" onerror="window.__pwned='img'">`;

/** Each payload, if it ever ran, would set window.__pwned, open a dialog or request evil.test. */
const PAYLOADS = [
  `</title><script>window.__pwned = 'title'</script> Council backs plan`,
  `<script>window.__pwned = 'script'; alert(1)</script> The council met.`,
  `"${IMG}," said the mayor.`,
  `"><svg onload="window.__pwned='svg'"></svg> said critics.`,
  `</p></div></article></main><iframe src="javascript:parent.__pwned='iframe'"></iframe> ok.`,
  `<style>body{background:url(http://evil.test/css)}</style><link rel="stylesheet" href="http://evil.test/x.css">`,
  `' onmouseover='window.__pwned=1' x=' and " onfocus="window.__pwned=2" autofocus x="`,
  `<a href="javascript:window.__pwned='a'">click</a> <form action="http://evil.test/"><button>go</button></form>`,
  `<base href="http://evil.test/"><meta http-equiv="refresh" content="0;url=http://evil.test/">`,
  `&lt;script&gt; stays text, &amp; &#x3C;b&#x3E; too; <!-- comment --> ]]> <![CDATA[ x ]]> {{constructor.constructor('window.__pwned=3')()}}`,
  `<object data="http://evil.test/o"></object><embed src="http://evil.test/e"><math><mi xlink:href="javascript:alert(1)">x</mi></math>`,
];
const TEXT = PAYLOADS.join('\n\n');
const EVIL = '<img src="http://evil.test/n.png" onerror="window.__pwned=\'field\'">';

/** An analysis whose every free-text field is hostile too: names, roles, media, units, messages, rules. */
function hostileAnalysis(): Analysis {
  return analysisOf(TEXT, (base, at) => {
    const img = at.find(IMG);
    const script = at.find(`<script>window.__pwned = 'script'; alert(1)</script>`);
    const q = (id: string, content: typeof img, mention: typeof img): Quote => ({
      id, kind: 'direct', content, parts: [content], cue: at.find('said'), addressee: { name: EVIL, entity: null, mention },
      speaker: { name: `${EVIL} mayor`, names: [EVIL], entity: 'e1', mention, role: `</td><script>window.__pwned='role'</script>` },
      medium: `"><script>window.__pwned='medium'</script>`, sentence: at.sentence(content.start), paragraph: at.paragraph(content.start),
      confidence: 0.5, rule: EVIL,
    });
    return {
      quotes: [q('q1', img, at.find('the mayor')), { ...q(`q2"><script>window.__pwned='id'</script>`, script, script), content: null, parts: [] }],
      entities: [{ id: 'e1', name: EVIL, type: 'person', aliases: [EVIL], mentions: [{ ...at.find('svg'), sentence: 0, kind: 'name' }], value: EVIL }],
      claims: [{
        id: `c1"><img src=x onerror=alert(1)>`, span: at.find('http://evil.test/a.png'), value: 1, upper: null, unit: EVIL, bound: 'exact',
        per: EVIL, change: null, subject: EVIL, time: at.find('onerror'), quote: 'q1', source: EVIL, statement: img,
        sentence: at.sentence(img.start), checkworthiness: 0.9, features: [EVIL], rule: EVIL,
      }],
      warnings: [...base.warnings, { code: `</code>${EVIL}`, message: EVIL, span: at.find('<iframe') }],
    };
  });
}

interface Outcome {
  pwned: unknown;
  dialogs: number;
  requests: string[];
  dangerous: string[];
  handlers: string[];
  paragraphs: string[];
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

describe.skipIf(SKIP_BROWSER)('browser: toHtml() of hostile text runs nothing (in headless Chromium)', () => {
  let browser: Browser;
  const analysis = hostileAnalysis();
  const html = toHtml(analysis, TEXT);

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function load(page: string): Promise<Outcome> {
    const tab = await browser.newPage();
    const requests: string[] = [];
    let dialogs = 0;
    tab.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await tab.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await tab.setContent(page, { waitUntil: 'load' });
    await tab.mouse.move(200, 300);
    await tab.keyboard.press('Tab');
    await tab.waitForTimeout(150);
    const seen = await tab.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        dangerous: all
          .filter((e) => e.matches('script, iframe, object, embed, img, svg, math, form, button, link, base, a[href^="javascript"], meta[http-equiv="refresh"]'))
          .map((e) => e.outerHTML.slice(0, 80)),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
        paragraphs: [...document.querySelectorAll('.para')].map((p) => {
          const copy = p.cloneNode(true) as Element;
          copy.querySelectorAll('.flag, .badge').forEach((b) => b.remove());
          return copy.textContent ?? '';
        }),
      };
    });
    await tab.close();
    return { ...seen, dialogs, requests };
  }

  test.each([
    ['with its Content-Security-Policy', html],
    ['with the Content-Security-Policy taken out (escaping alone)', html.replace(CSP_META, '')],
  ])('nothing runs, loads or gets injected: %s', async (_name, page) => {
    const out = await load(page);
    expect(out.pwned).toBeNull();
    expect(out.dialogs).toBe(0);
    expect(out.requests).toEqual([]);
    expect(out.dangerous).toEqual([]);
    expect(out.handlers).toEqual([]);
    expect(out.paragraphs).toEqual(analysis.paragraphs.map((p) => p.text));
  });

  test('the check itself catches a payload that is not escaped (so the test can fail)', async () => {
    const broken = html.replace(CSP_META, '').replace('</article>', `${IMG}</article>`);
    const out = await load(broken);
    expect(out.pwned).toBe('img');
    expect(out.requests).toContain('http://evil.test/a.png');
    expect(out.dangerous.length).toBeGreaterThan(0);
    expect(out.handlers).toContain('IMG[onerror]');
  });

  test('the CSP alone also stops an unescaped payload', async () => {
    const broken = html.replace('</article>', `${PAYLOADS[1]}</article>`);
    const out = await load(broken);
    expect(out.pwned).toBeNull();
    expect(out.dialogs).toBe(0);
  });
});
