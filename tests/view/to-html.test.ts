import { describe, expect, test } from 'vitest';
import { extract, type Analysis } from '../../src/index.js';
import { toHtml } from '../../src/view/index.js';
import { escapeHtml } from '../../src/view/escape.js';
import { formatClaimValue } from '../../src/view/format.js';
import { renderRange } from '../../src/view/render-text.js';
import type { Mark } from '../../src/view/marks.js';
import { corpusArticles } from '../helpers.js';
import { FIXTURE_TEXT, fixtureAnalysis } from './fixture.js';

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The text of some HTML with its tags and the view's badges taken out. */
const textOf = (html: string): string =>
  decode(html.replace(/<span class="(?:flag|badge)"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]*>/g, ''));
const paragraphHtml = (html: string, index: number): string => {
  const m = new RegExp(`<(p|h1|h2) [^>]*id="p${index}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!m) throw new Error(`no paragraph ${index}`);
  return m[2]!;
};

const html = toHtml(fixtureAnalysis(), FIXTURE_TEXT);

describe('view: the page', () => {
  test('is one self-contained document: no script, nothing loaded from anywhere', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/);
  });

  test('renders every paragraph of the article, character for character', () => {
    const a = fixtureAnalysis();
    for (const p of a.paragraphs) expect(textOf(paragraphHtml(html, p.index))).toBe(p.text);
  });

  test('is deterministic', () => {
    expect(toHtml(fixtureAnalysis(), FIXTURE_TEXT)).toBe(html);
  });

  test.each([
    ['a direct quote, coloured for its speaker', /<span class="quote direct s0" id="q-q1"[^>]*>This is the cleanest money/],
    ['a second quote by the same speaker in the same colour', /<span class="quote indirect s0" id="q-q3"/],
    ['another speaker in another colour', /<span class="quote indirect s1" id="q-q2"/],
    ['the speaker', /<span class="speaker s1"[^>]*>Critics<\/span>/],
    ['the cue', /<span class="cue s1"[^>]*>told<\/span>/],
    ['the addressee', /<span class="addressee"[^>]*>the <span class="entity t-organization m-name"/],
    ['a claim, with its value on hover', /<span class="claim" id="c-c3" data-tip="≥ 3,000 passenger \/ day\n/],
    ['an entity by type', /<span class="entity t-place m-name"[^>]*>PORTLAND<\/span>/],
    ['the dateline', /<span class="dateline"/],
    ['boilerplate greyed', /<p class="para z-boilerplate" id="p7"/],
    ['a missing quote flagged after its sentence', /said<\/span>:<\/span><span class="flag" role="note"[^>]*>quote missing<\/span>/],
    ['the who-said-what table', /<td class="sp s0" rowspan="2"><span class="sw"><\/span>Ana Ruiz<small>Mayor<\/small>/],
    ['a missing quote in the table, linking to its paragraph', /<a class="missing" href="#p6">⚠ quote missing from the text<\/a>/],
  ])('marks %s', (_name, pattern) => {
    expect(html).toMatch(pattern);
  });

  test('ranks claims by check-worthiness, highest first', () => {
    const order = [...html.matchAll(/<a href="#c-(c\d)">/g)].map((m) => m[1]);
    expect(order).toEqual(['c2', 'c3', 'c1']);
  });

  test('greys a repeated paragraph and says which one it repeats', () => {
    const text = 'Title Of It\n\nThe council met on Monday to vote.\n\nThe council met on Monday to vote.\n\nIt passed.';
    const page = toHtml(extract(text), text);
    expect(page).toMatch(/<p class="para z-body dup" id="p2" data-n="2"><span class="badge">repeats ¶1<\/span>/);
  });

  test('shows an analysis with nothing found, saying so', () => {
    const text = 'Just one line.';
    const page = toHtml(extract(text), text);
    expect(page).toContain('No quotes found.');
    expect(page).toContain('No numeric claims found.');
    expect(textOf(paragraphHtml(page, 0))).toBe(text);
  });
});

/** Fails unless every <span> opened is closed, in order. */
function expectBalancedSpans(html: string): void {
  let depth = 0;
  for (const tag of html.matchAll(/<(\/?)span\b/g)) {
    depth += tag[1] ? -1 : 1;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
}

describe('view: what extract() finds in the corpus renders whole', () => {
  test.each(corpusArticles().map((a) => [a.name, a.text] as const))('%s', (_name, text) => {
    const a = extract(text);
    const page = toHtml(a, text);
    expectBalancedSpans(page);
    for (const p of a.paragraphs) expect(textOf(paragraphHtml(page, p.index))).toBe(p.text);
    for (const q of a.quotes) if (q.content) expect(page).toContain(`id="q-${q.id}"`);
    for (const c of a.claims) expect(page).toContain(`id="c-${c.id}"`);
  });
});

describe('view: caller mistakes throw "whosaid:"', () => {
  const a = fixtureAnalysis();
  test.each([
    ['the text is not a string', () => toHtml(a, 42 as unknown as string), /^whosaid: expecting the article text/],
    ['the analysis is not one', () => toHtml({ quotes: [] } as unknown as Analysis, FIXTURE_TEXT), /^whosaid: expecting an Analysis/],
    ['the text is another one', () => toHtml(a, FIXTURE_TEXT.replace('Harbour', 'Airport')), /^whosaid: expecting the text the analysis was made from/],
    ['a quote points past the text', () => toHtml(a, FIXTURE_TEXT.slice(0, 300)), /^whosaid: expecting the text the analysis was made from/],
  ])('when %s', (_name, run, message) => {
    expect(run).toThrow(message);
  });
});

describe('view: escaping', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onerror="x', '&quot; onerror=&quot;x'],
    ["it's & done", 'it&#39;s &amp; done'],
    ['&lt;', '&amp;lt;'],
    ['plain text', 'plain text'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

const mark = (start: number, end: number, cls: string, layer = 1, firstAttrs = ''): Mark => ({ start, end, layer, cls, firstAttrs, attrs: '' });

describe('view: renderRange nests crossing marks into well-formed HTML', () => {
  test.each([
    ['no marks', 'abcdef', [], 'abcdef'],
    ['one mark', 'abcdef', [mark(1, 3, 'x')], 'a<span class="x">bc</span>def'],
    ['nested marks', 'abcdef', [mark(0, 6, 'o'), mark(2, 4, 'i', 2)], '<span class="o">ab<span class="i">cd</span>ef</span>'],
    ['crossing marks split the later one', 'abcdef', [mark(0, 4, 'a'), mark(2, 6, 'b')], '<span class="a">ab<span class="b">cd</span></span><span class="b">ef</span>'],
    ['same extent: the outer layer outside', 'abc', [mark(0, 3, 'inner', 5), mark(0, 3, 'outer', 1)], '<span class="outer"><span class="inner">abc</span></span>'],
    ['adjacent marks', 'abcd', [mark(0, 2, 'a'), mark(2, 4, 'b')], '<span class="a">ab</span><span class="b">cd</span>'],
    ['an id only on the first piece', 'abcdef', [mark(0, 4, 'a'), mark(2, 6, 'b', 1, ' id="b"')], '<span class="a">ab<span class="b" id="b">cd</span></span><span class="b">ef</span>'],
    ['text escaped inside marks', 'a<b>', [mark(1, 4, 'x')], 'a<span class="x">&lt;b&gt;</span>'],
  ])('%s', (_name, text, marks, expected) => {
    expect(renderRange(text, 0, text.length, marks, [])).toBe(expected);
  });

  test.each([
    ['inside a mark', 2, '<span class="x">ab<i></i>cd</span>'],
    ['at the end', 4, '<span class="x">abcd</span><i></i>'],
    ['at the start', 0, '<i></i><span class="x">abcd</span>'],
  ])('places an insert %s', (_name, at, expected) => {
    expect(renderRange('abcd', 0, 4, [mark(0, 4, 'x')], [{ at, html: '<i></i>' }])).toBe(expected);
  });

  test('keeps many random overlapping marks well formed and the text whole', () => {
    const text = 'The quick brown fox jumps over the lazy dog, said nobody in particular.';
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const marks = Array.from({ length: 60 }, (_, i) => {
      const s = rnd(text.length);
      return mark(s, s + 1 + rnd(text.length - s), `m${i}`, rnd(5));
    });
    const out = renderRange(text, 0, text.length, marks, []);
    expect(textOf(out)).toBe(text);
    expectBalancedSpans(out);
  });
});

describe('view: claim values', () => {
  const base = fixtureAnalysis().claims[0]!;
  test.each([
    [{ value: 4_500_000, unit: 'USD' }, 'USD 4,500,000'],
    [{ value: 12, unit: '%', change: 'up' as const }, '▲ 12%'],
    [{ value: 3000, unit: 'passenger', bound: 'lower' as const, per: 'day' }, '≥ 3,000 passenger / day'],
    [{ value: 2, upper: 3, unit: 'percentage point', bound: 'range' as const }, '2–3 percentage point'],
    [{ value: 0.5, unit: null, bound: 'approx' as const }, '≈ 0.5'],
    [{ value: null, unit: null }, '?'],
  ])('formatClaimValue(%j) is %j', (fields, expected) => {
    expect(formatClaimValue({ ...base, upper: null, change: null, per: null, bound: 'exact', ...fields })).toBe(expected);
  });
});

describe('view: cost', () => {
  test('grows about linearly with the article (guard against blow-ups, not a benchmark)', () => {
    const para = 'Ana Ruiz said the ferries would carry over 3,000 passengers a day, and "nothing less".';
    const text = Array.from({ length: 4000 }, () => para).join('\n\n');
    const a = extract(text);
    const t0 = performance.now();
    const page = toHtml(a, text);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(page.length).toBeGreaterThan(text.length);
  });
});
