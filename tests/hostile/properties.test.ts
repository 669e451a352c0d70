import { beforeAll, describe, expect, test } from 'vitest';
import { extract, type Analysis } from '../../src/index.js';
import { CONTROLS, EMOJI, HTML, QUOTE_MARKS, SCRIPTS, SPACES } from './arbitraries.js';
import { checkAnalysis } from './check-analysis.js';
import { checkIsolated, runTs } from './isolated.js';

/**
 * The properties run through scripts/fuzz.ts in a child process (see isolated.ts): an input that hangs or
 * exhausts memory then fails the test, with the input saved, instead of hanging the suite.
 * Cases per property: WHOSAID_PROPERTY_RUNS (default 400), cut short after WHOSAID_PROPERTY_SECONDS (default 25)
 * so the suite stays inside CI's budget however slow extract() grows; at least MIN_RUNS must have run.
 * The seed is random unless WHOSAID_PROPERTY_SEED is set; a failure names it. `npm run fuzz` runs far longer.
 */
const RUNS = Number(process.env.WHOSAID_PROPERTY_RUNS ?? 400);
const SECONDS = Number(process.env.WHOSAID_PROPERTY_SECONDS ?? 25);
const MIN_RUNS = 30;
const HANG_SECONDS = 20;
const SHRINK_SECONDS = 20;

function fuzz(size: 'small' | 'large', cases: number): void {
  const seed = Number(process.env.WHOSAID_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const args = ['--cases', String(cases), '--size', size, '--seed', String(seed), '--seconds', String(SECONDS),
    '--hang', String(HANG_SECONDS), '--shrink-seconds', String(SHRINK_SECONDS), '--json', '--out', '.tmp/hostile-failures'];
  const deadline = (SECONDS + HANG_SECONDS + SHRINK_SECONDS + 30) * 1000;
  const { stdout, error } = runTs('scripts/fuzz.ts', args, deadline, [0, 1]);
  const line = stdout.split('\n').find((l) => l.startsWith('FUZZ-RESULT '));
  expect(line, `fuzz (seed ${seed}) gave no result: ${error}\n${stdout.slice(-2000)}`).toBeDefined();
  const r = JSON.parse(line!.slice('FUZZ-RESULT '.length)) as { ok: boolean; cases: number | null; problems: string[];
    file: string | null; text?: string };
  const input = r.text === undefined ? '' : `\ninput: ${JSON.stringify(r.text).slice(0, 500)}`;
  expect(r.ok, `seed ${seed}: ${r.problems.slice(0, 3).join('\n')}${input}\nsaved: ${r.file}`).toBe(true);
  expect(r.cases, 'cases run before the time limit').toBeGreaterThanOrEqual(Math.min(MIN_RUNS, cases));
}

const lone = ['\ud800', '\udbff', '\udc00', '\udfff', 'a\ud800b', '\udc00\ud800', '"\ud83d" he said.', '\ud83d\ude00'.slice(1)];
const EDGE: Array<[string, string]> = [
  ['empty', ''],
  ['one space', ' '],
  ['whitespace only', SPACES.join('')],
  ['every control character', CONTROLS.join('')],
  ['control characters between words', CONTROLS.map((c) => `word${c}`).join(' ')],
  ...lone.map((s, i) => [`lone surrogate ${i}`, s] as [string, string]),
  ['emoji', EMOJI.join(' ')],
  ['RTL and mixed scripts', SCRIPTS.join('\n\n')],
  ['RTL overrides around a quote', '\u202e"Hello," said Ann.\u202c\n\n\u2067«مرحبا» قال\u2069'],
  ['HTML page', `<html><body>${HTML.join('\n')}</body></html>`],
  ['every quote mark', QUOTE_MARKS.join('')],
  ['quote marks spaced', QUOTE_MARKS.join(' said ')],
  ['only paragraph breaks', '\n\n'.repeat(1000)],
  ['NUL bytes', '\0'.repeat(1000)],
  ['BOM then article', '\ufeffTitle\n\nBy Ann Lee\n\n"Yes," she said.'],
  ['combining marks run', `e${'\u0301'.repeat(5000)}`],
  ['a dotted chain glued to a word', 'The fee at Acme Ltd.1.5 was paid.'],
  ['a dotted chain after a space', 'The rate was .1.5 last year, he said.'],
  ['an IP address and a version', 'Server 192.168.1.20 runs v2.10.3.4 and .5.6.7.8.'],
  ['dots and digits alternating', `${'.1'.repeat(2000)}.`],
  ['separators without digits', '1,,2 3,  4 1.,5 ,5 .,. 1 000 000,000.000,00 9.9.9'],
  // (A single short paragraph is taken for a title, and claims are looked for in the body only.)
  ['a 310-digit number', `Title\n\n${'1'.repeat(310)} people came.`],
  ['a number past Number.MAX_VALUE with a unit', `Title\n\nCosts reached $${'9'.repeat(320)}.5 billion, she said.`],
  ['a dateline and nothing else', 'BOSTON, March 3, 2026 /PRNewswire/ -- '],
  ['a dateline, then a quote', 'WASHINGTON (AP) — "We will," Biden said.'],
  // Long runs at full size are pathological.test.ts's.
  ['a run of one character', 'a'.repeat(10_000)],
  ['a run of quote marks', '"'.repeat(10_000)],
];

/**
 * Edge inputs that fail today, each with the bug it shows: their tests pass while the bug is there and fail as
 * soon as it is fixed, asking for the entry to be removed here (so the list cannot go stale).
 */
const KNOWN_BUGS: Readonly<Record<string, [bug: string, shows: RegExp]>> = {};

describe('hostile: extract() returns a sound, deterministic result for any string', () => {
  test('any short hostile string, with or without options', () => fuzz('small', RUNS), 300_000);

  test('longer hostile strings and mixtures', () => fuzz('large', Math.max(1, Math.floor(RUNS / 4))), 300_000);

  let edge: ReturnType<typeof checkIsolated>;
  beforeAll(() => {
    edge = checkIsolated(EDGE.map(([name, text]) => ({ name, text })), 60_000);
  }, 300_000);

  test.each(EDGE)('edge input: %s', (name) => {
    const problems = edge.get(name)?.problems;
    const known = KNOWN_BUGS[name];
    if (known === undefined) return void expect(problems).toEqual([]);
    const [bug, shows] = known;
    expect(problems?.some((p) => shows.test(p)), `fixed (${bug})? then remove "${name}" from KNOWN_BUGS; ` +
      `problems now: ${JSON.stringify(problems)}`).toBe(true);
  });
});

/** A small sound analysis with one of each kind of item, to show the checker catches each kind of fault. */
function fixture(): { text: string; analysis: Analysis } {
  const text = 'Ann Lee said "Prices rose 5%" to Bob.';
  const analysis = extract(text);
  const span = (s: number, e: number) => ({ start: s, end: e, text: text.slice(s, e) });
  analysis.entities = [
    { id: 'e1', name: 'Ann Lee', type: 'person', aliases: [], mentions: [{ ...span(0, 7), sentence: 0, kind: 'name' }] },
    { id: 'e2', name: 'Bob', type: 'person', aliases: [], mentions: [{ ...span(33, 36), sentence: 0, kind: 'name' }] },
  ];
  analysis.quotes = [{
    id: 'q1', kind: 'direct', content: span(14, 28), parts: [span(14, 28)],
    speaker: { name: 'Ann Lee', names: ['Ann Lee'], entity: 'e1', mention: span(0, 7), role: null },
    cue: span(8, 12), addressee: { name: 'Bob', entity: 'e2', mention: span(33, 36) }, medium: null,
    sentence: 0, paragraph: 0, confidence: 0.9, rule: 'test',
  }];
  analysis.claims = [{
    id: 'c1', span: span(26, 28), value: 5, upper: null, unit: '%', bound: 'exact', per: null, change: 'up',
    subject: null, time: null, quote: 'q1', source: 'Ann Lee', statement: span(0, 37), sentence: 0,
    checkworthiness: 0.5, features: ['quantity'], rule: 'test',
  }];
  return { text, analysis };
}

type Mutation = (a: Analysis, text: string) => void;

describe('hostile: the invariant checker catches each kind of fault (so the properties can fail)', () => {
  test('the fixture itself is sound', () => {
    const { text, analysis } = fixture();
    expect(checkAnalysis(text, analysis)).toEqual([]);
  });

  test.each<[string, Mutation, RegExp]>([
    ['a span whose text is not the slice', (a) => { a.quotes[0]!.content!.text = 'Prices'; }, /^span: .*content/],
    ['a span past the end of the text', (a, t) => { a.claims[0]!.statement = { start: 0, end: t.length + 1, text: `${t}x` }; }, /does not lie inside/],
    ['a span with start after end', (a) => { a.quotes[0]!.cue = { start: 12, end: 8, text: '' }; }, /does not lie inside/],
    ['a duplicate entity id', (a) => { a.entities[1]!.id = 'e1'; }, /^id: .*not unique/],
    ['an id without its prefix', (a) => { a.quotes[0]!.id = 'x1'; }, /^id: \$\.quotes\[0\]/],
    ['a speaker naming no entity', (a) => { a.quotes[0]!.speaker!.entity = 'e9'; }, /speaker\.entity = "e9"/],
    ['an addressee naming no entity', (a) => { a.quotes[0]!.addressee!.entity = 'e7'; }, /addressee\.entity/],
    ['a claim subject naming no entity', (a) => { a.claims[0]!.subject = 'e3'; }, /claims\[0\]\.subject/],
    ['a claim naming no quote', (a) => { a.claims[0]!.quote = 'q2'; }, /claims\[0\]\.quote/],
    ['a quote in no paragraph', (a) => { a.quotes[0]!.paragraph = 4; }, /quotes\[0\]\.paragraph = 4/],
    ['a mention in no sentence', (a) => { a.entities[0]!.mentions[0]!.sentence = 99; }, /mentions\[0\]\.sentence = 99/],
    ['a sentence in no paragraph', (a) => { a.sentences[0]!.paragraph = 3; }, /sentences\[0\]\.paragraph = 3/],
    ['a duplicateOf pointing forward', (a) => { a.paragraphs[0]!.duplicateOf = 0; }, /duplicateOf 0 is not earlier/],
    ['a field added later ending in Id', (a) => { (a.claims[0] as Record<string, unknown>).speakerId = 'e5'; }, /speakerId = "e5"/],
    ['an unknown warning code', (a) => { a.warnings.push({ code: 'made-up', message: 'x', span: null }); }, /WARNING_CODES/],
    ['a date computed from nothing', (a) => { a.entities[0]!.value = 'NaN-NaN'; }, /^garbage: .*value .*NaN/],
    ['a name printed from undefined', (a) => { a.quotes[0]!.speaker!.names = ['undefined Lee']; }, /^garbage: .*names\[0\]/],
    ['a value the schema rejects', (a) => { a.claims[0]!.checkworthiness = 2; }, /^schema: /],
  ])('catches %s', (_name, mutate, expected) => {
    const { text, analysis } = fixture();
    mutate(analysis, text);
    const problems = checkAnalysis(text, analysis);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  test('catches a span that cuts a surrogate pair', () => {
    const text = 'x \ud83d\ude00 y';
    const analysis = extract(text);
    analysis.sentences[0] = { ...analysis.sentences[0]!, start: 0, end: 3, text: text.slice(0, 3) };
    expect(checkAnalysis(text, analysis).join('\n')).toMatch(/cuts a surrogate pair at 3/);
  });
});
