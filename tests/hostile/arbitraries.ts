/**
 * fast-check generators for what a scraper can hand us: arbitrary and raw UTF-16 strings (lone surrogates
 * included), whitespace and control characters, emoji, right-to-left and mixed scripts, HTML, long runs of one
 * character, and news-like text assembled from fragments (quote marks, numbers, cue words, names, datelines) so
 * that the quote, entity and claim rules are exercised on near-misses, and real articles of corpus/ cut, spliced
 * and salted with all of the above. Shared by tests/hostile and scripts/fuzz.ts.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../helpers.js';

const units = (chars: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...chars);
const str = (unit: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit, maxLength });

/** Any UTF-16 code units, lone surrogates and noncharacters included. */
export const rawUtf16 = (maxLength = 200): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((codes) => String.fromCharCode(...codes));

export const SPACES = [
  ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u000b', '\u000c', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2009',
  '\u200a', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\u202f', '\u205f', '\u2060', '\u3000', '\ufeff',
] as const;

export const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
  .concat(Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i)))
  .concat(['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
    '\ufff9', '\ufffa', '\ufffb', '\ufffc', '\ufffd', '\uffff']);

export const EMOJI = [
  '😀', '👍🏽', '👨‍👩‍👧‍👦', '🇺🇸', '🏳️‍🌈', '❤️', '✊🏿', '🤷‍♀️', '1️⃣', '#️⃣', '\u{1F600}\u{1F3FB}', '🧑‍💻', '☺', '©', '™',
] as const;

export const SCRIPTS = [
  'مرحبا بالعالم', 'قال الرئيس', '«السلام»', 'שלום עולם', 'אמר ראש הממשלה', '"שלום"', 'Привет, мир', '«Да», — сказал он.',
  'Γειά σου Κόσμε', '你好，世界', '他说：“我们会赢。”', 'こんにちは「世界」', '『引用』', '안녕하세요', 'नमस्ते दुनिया', 'สวัสดีชาวโลก',
  'ትግርኛ', 'ᚠᚢᚦᚨᚱᚲ', 'Ⅻ', 'ﬁnance', 'Ǆemal', 'e\u0301\u0301\u0301', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', '\u{10400}\u{10401}', '𝐁𝐨𝐥𝐝', 'İstanbul', 'ß', 'ǅ',
  '٣٤٥', '१२३', '١٢٣٬٤٥٦', '٪', '\u0661\u0660\u066B\u0665',
] as const;

export const HTML = [
  '<p>', '</p>', '<br>', '<br/>', '<div class="x">', '</div>', '<a href="https://example.com/a?b=1&c=2">', '</a>',
  '<script>var q = "a" + \'b\'; if (a < b && c > d) {}</script>', '<style>p{color:red}</style>', '&nbsp;', '&amp;',
  '&quot;', '&#8220;', '&#x201d;', '&lt;', '<!-- comment "quoted" -->', '<![CDATA[ x ]]>', '<img alt="said &quot;no&quot;">',
  '<blockquote>', '</blockquote>', '<q>', '</q>', '<h1>', '</h1>', '<li>', '<td>1,234</td>', '<tr>',
] as const;

export const QUOTE_MARKS = [
  '"', '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u201e', '\u201a',
  '\u201f', '\u300c', '\u300d', '\u300e', '\u300f', '``', "''", '\u2032', '\u2033', '\uff02', '\u301d', '\u301e',
] as const;

export const CUES = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'wrote', 'according to', 'stated', 'explained', 'claimed',
  'insisted', 'warned', 'argued', 'noted', 'asked', 'replied', 'announced', 'declined to comment', 'said in a statement',
  'told reporters', 'told the BBC', 'said on Twitter', 'in a post on X', 'as pointed out by', 'believes', 'thinks',
  'SAID', 'Said', 'said:', 'says that', 'said he', 'she said', 'he said', 'they said', 'it said', 'said Mr.',
] as const;

export const NAMES = [
  'Ann Lee', 'Mr. Smith', 'Ms. Okafor', 'Dr. Jane O\'Neil-Smith', 'Sen. Elizabeth Warren (D-Mass.)', 'the company',
  'a spokesperson', 'he', 'she', 'they', 'it', 'Facebook', 'Meta Platforms Inc.', 'the U.S. Department of Justice',
  'NASA', 'the BBC', 'Jean-Claude Van Damme', 'Ald. Maria Chen, 4th', 'critics', 'officials', 'The Associated Press',
  'Prince Harry', 'Xi Jinping', 'Narendra Modi', 'al-Assad', 'de la Cruz', 'McDonald\'s', 'AT&T', 'U.K.', 'EU', 'Apple',
  'Cllr. Ben Ho', 'Rep. Ro Khanna', 'Gov. Ron DeSantis', 'the regulator', 'Smith', 'Lee', 'Warren', 'Ms', 'Mr',
] as const;

export const NUMBERS = [
  '0', '1', '42', '1,000', '1,000,000', '10,00,000', '1.5', '.5', '0.0001', '-3', '−7', '+4', '$1.5 billion', '£20m', '€3,5',
  'US$40', 'C$7', 'HK$2.5bn', 'R$ 9', '¥100', '₹2 lakh', '50%', '50 per cent', '3.2 percentage points', '½', '3¾', '1/3',
  '2-3', '2–3', '10 to 20', 'between 5 and 6', 'more than 70 million', 'nearly 1m', 'about 300', 'up 4%', 'down 2.1%',
  '1e9', '0x1F', '1st', '22nd', '3rd', '2026', '2026-02-18', '9:41 a.m.', 'March 3', '3 March 2026', "'75", 'No. 10',
  'a dozen', 'three', 'twenty-one', 'one million', '9,999,999,999,999,999,999', '1.2.3.4', '99.999%', '∞', 'NaN',
  '١٢٣', '٣٫٥', '1 000 000', '1\u00a0000', '5\u202f000', '10km', '3.5 kg', '120 mph', '40°C', '$35 a month', 'per year',
] as const;

export const WORDS = [
  'the', 'a', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'said',
  'government', 'policy', 'users', 'percent', 'year', 'million', 'billion', 'people', 'company', 'report', 'vote',
  'Inc.', 'Corp.', 'Ltd.', 'U.S.', 'e.g.', 'i.e.', 'etc.', 'Jan.', 'Feb.', 'No.', 'St.', 'vs.', 'approx.', 'Mt.',
  'https://example.com/x.html', 'www.example.org', 'user@example.com', '@handle', '#hashtag', '...', '…', '—', '–', '-',
  '--', '(', ')', '[', ']', ':', ';', ',', '.', '!', '?', '?!', '/', '|', '*', '•', '·', '&', '%', '$',
] as const;

export const LINE_STARTS = [
  'WASHINGTON (AP) — ', 'LONDON, March 3 (Reuters) - ', 'BOSTON, March 3, 2026 /PRNewswire/ -- ', 'By ', 'By Ann Lee',
  'Published 14 March 2026', 'Updated: March 3, 2026 9:41 a.m. ET', 'Read more', 'Advertisement', 'Related stories',
  'Photo: Getty Images', '###', '-30-', '> ', '* ', '1. ', 'Q: ', 'A: ', 'About Acme', 'Copyright 2026',
] as const;

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** One piece of news-like text: a word, a name, a cue, a number, a quote mark, a space or a line start. */
const newsFragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(WORDS) },
  { weight: 4, arbitrary: pick(NAMES) },
  { weight: 3, arbitrary: pick(CUES) },
  { weight: 3, arbitrary: pick(NUMBERS) },
  { weight: 4, arbitrary: pick(QUOTE_MARKS) },
  { weight: 6, arbitrary: pick([' ', ' ', ' ', ', ', '. ', '.\n\n', '\n', ': ', '," ', '." ', '?" ', '\r\n\r\n']) },
  { weight: 1, arbitrary: pick(LINE_STARTS) },
  { weight: 1, arbitrary: pick(SCRIPTS) },
  { weight: 1, arbitrary: pick(EMOJI) },
  { weight: 1, arbitrary: pick(HTML) },
  { weight: 1, arbitrary: pick(SPACES) },
);

/** A sentence shaped like attribution: "[name] [cue] "[words]." or "[words]," [name] [cue]." with variations. */
const attribution: fc.Arbitrary<string> = fc
  .tuple(
    pick(NAMES), pick(CUES), pick(QUOTE_MARKS), pick(QUOTE_MARKS),
    fc.array(fc.oneof(pick(WORDS), pick(NUMBERS), pick(NAMES)), { maxLength: 14 }), fc.integer({ min: 0, max: 5 }),
  )
  .map(([name, cue, open, close, body, shape]) => {
    const words = body.join(' ');
    switch (shape) {
      case 0: return `${name} ${cue}: ${open}${words}.${close}`;
      case 1: return `${open}${words},${close} ${name} ${cue}.`;
      case 2: return `${open}${words},${close} ${cue} ${name}, ${open}${words}.${close}`;
      case 3: return `${name} ${cue} ${words}.`;
      case 4: return `${open}${words}`;
      default: return `${cue} ${name} ${open}${close} ${words} ${close}`;
    }
  });

/** News-like text: paragraphs of attributions and fragments, sometimes with a title, byline and dateline. */
export const newsLike = (maxParagraphs = 8): fc.Arbitrary<string> =>
  fc
    .array(
      fc.array(fc.oneof({ weight: 2, arbitrary: attribution }, { weight: 3, arbitrary: newsFragment }), { maxLength: 20 })
        .map((xs) => xs.join(' ')),
      { maxLength: maxParagraphs },
    )
    .chain((paras) =>
      fc.tuple(fc.constant(paras), pick(['\n\n', '\r\n\r\n', '\n', '\n \n', '\u2029', '\n\n\n'])))
    .map(([paras, sep]) => paras.join(sep));

/** A run of one character or one short string, up to `max` repeats. */
export const run = (max = 5000): fc.Arbitrary<string> =>
  fc.tuple(
    fc.oneof(pick(QUOTE_MARKS), pick(SPACES), pick(WORDS), pick(CONTROLS), pick(EMOJI), pick(['a', 'A', '1', '.', '\ud800', '\udc00'])),
    fc.integer({ min: 1, max }),
  ).map(([s, n]) => s.repeat(n));

let corpusTexts: string[] | null = null;

/** The project's gold articles (corpus/*.txt), read once. */
function corpus(): string[] {
  corpusTexts ??= readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  return corpusTexts;
}

/**
 * A real article from corpus/ with 1 to 6 edits: a hostile piece inserted, a stretch deleted or repeated, a
 * stretch moved to the other end, or every quote mark of one kind swapped for another. Edits sit at arbitrary
 * offsets, so they cut words, sentences, quotations and numbers anywhere.
 */
export const splicedArticle = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> => {
  const texts = corpus();
  if (texts.length === 0) return newsLike(8);
  const edit = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }), piece, pick(QUOTE_MARKS), pick(QUOTE_MARKS));
  return fc.tuple(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([k, edits]) => {
      let t = texts[k]!;
      for (const [kind, x, y, ins, from, to] of edits) {
        const a = Math.floor(x * t.length);
        const b = Math.min(t.length, a + Math.floor(y * Math.min(2000, t.length - a)));
        if (kind === 0) t = t.slice(0, a) + ins + t.slice(a);
        else if (kind === 1) t = t.slice(0, a) + t.slice(b);
        else if (kind === 2) t = t.slice(0, b) + t.slice(a, b) + t.slice(b);
        else if (kind === 3) t = t.slice(b) + t.slice(0, a) + t.slice(a, b);
        else t = t.split(from).join(to);
      }
      return t;
    });
};

/** Every family of hostile string, weighted towards the news-like ones that reach the deeper rules. */
export const hostileText = (size: 'small' | 'large' = 'small'): fc.Arbitrary<string> => {
  const n = size === 'small' ? 1 : 4;
  const family = fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 * n }) },
    { weight: 2, arbitrary: rawUtf16(200 * n) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 * n }) },
    { weight: 1, arbitrary: str(units(SPACES), 50 * n) },
    { weight: 1, arbitrary: str(units(CONTROLS), 50 * n) },
    { weight: 1, arbitrary: str(fc.oneof(units(EMOJI), units(SCRIPTS), units(QUOTE_MARKS), units([' ', '\n'])), 60 * n) },
    { weight: 1, arbitrary: str(fc.oneof(units(HTML), units(WORDS), units(QUOTE_MARKS)), 60 * n) },
    { weight: 1, arbitrary: run(500 * n) },
    { weight: 8, arbitrary: newsLike(4 * n) },
  );
  // Sometimes a mixture of families, to put hostile pieces inside otherwise ordinary text.
  return fc.oneof(
    { weight: 3, arbitrary: family },
    { weight: 2, arbitrary: fc.array(family, { minLength: 2, maxLength: 4 }).map((xs) => xs.join('')) },
    { weight: size === 'small' ? 1 : 3, arbitrary: splicedArticle(family) },
    { weight: 1, arbitrary: pick(['', ' ', '\n', '\n\n', '"', '\u201c', '\ud800', '\udfff', '.', 'said', '"said"']) },
  );
};

/** Valid options, to run the same properties with and without a publication date. */
export const validOptions = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.record({ publishedAt: pick(['2026-02-18', '1999-12-31', '2026-02-18T10:00:00Z', null]) }),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => ({ publishedAt: d })),
);
