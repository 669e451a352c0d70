import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { ROOT } from '../helpers.js';
import { checkAnalysis } from './check-analysis.js';

/**
 * The CLI's JSONL mode fed what a broken pipeline hands it: truncated lines, invalid UTF-8, a 50 MB line, an
 * empty file. It keeps going, answers every non-blank line exactly once in order, loses nothing (each good
 * line's analysis is the library's for the same text), and sets the exit code. Runs the built CLI
 * (dist/cli.js, made by `npm run build`, which `npm test` runs first); skipped, saying so, until it is built.
 */
const CLI = join(ROOT, 'dist', 'cli.js');
const HAS_CLI = existsSync(CLI);
const SKIP_NOTE = HAS_CLI ? '' : ' (SKIPPED: dist/cli.js is not built; run `npm run build` first)';
const MB = 1024 * 1024;
const ARTICLE = 'Council backs budget\n\nBy Ann Lee\n\n"We had no choice," the mayor said. Costs rose 5% to $3 million.';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  error: string | null;
}

function cli(args: string[], input?: Buffer | string, timeoutMs = 120_000): Run {
  const r = spawnSync(process.execPath, [CLI, '--no-progress', ...args],
    { input, cwd: ROOT, maxBuffer: 1 << 30, timeout: timeoutMs });
  const error = r.error ? String(r.error) : null;
  return { status: r.status, stdout: r.stdout?.toString('utf8') ?? '', stderr: r.stderr?.toString('utf8') ?? '', error };
}

type Rec = { id?: unknown; error?: { code: string; line: number }; analysis?: unknown } & Record<string, unknown>;
const records = (out: string): Rec[] => out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Rec);

/** A good line's analysis must be exactly what the library gives for the decoded text, and sound. */
function expectSameAsLibrary(rec: Rec, text: string): void {
  expect(rec.error, `line ${String(rec.id)}`).toBeUndefined();
  expect(checkAnalysis(text, rec.analysis), `line ${String(rec.id)}`).toEqual([]);
  expect(JSON.stringify(rec.analysis)).toBe(JSON.stringify(extract(text)));
}

const line = (o: unknown): Buffer => Buffer.from(`${JSON.stringify(o)}\n`, 'utf8');
const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'whosaid-hostile-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!HAS_CLI)(`hostile: the CLI in JSONL mode keeps going and loses nothing${SKIP_NOTE}`, () => {
  test.each([
    ['an empty file', Buffer.alloc(0)],
    ['only newlines', Buffer.from('\n\n\r\n\n')],
    ['only whitespace lines', Buffer.from('  \n\t\n \r\n')],
  ])('%s: no output line, exit 0', (_name, input) => {
    const file = join(tmp, 'empty.jsonl');
    writeFileSync(file, input);
    for (const r of [cli(['--jsonl', file]), cli(['--jsonl'], input)]) {
      expect(r.error).toBeNull();
      expect(r.stdout).toBe('');
      expect(r.status).toBe(0);
    }
  });

  test('truncated and broken lines: each gets one error record, in order; the good lines around them are analysed', () => {
    const good = (id: string) => line({ id, text: `${ARTICLE} (${id})` });
    const input = Buffer.concat([
      good('g1'),
      bytes('{"id":"t1","text":"The mayor said \n'), // cut inside a string
      good('g2'),
      bytes('{"id":"t2","text":"caf\\u00\n'), // cut inside an escape
      bytes('{"id":"t3","text":"caf', [0xc3], '\n'), // cut inside a two-byte character
      bytes('{"id":"t4","text":"ok"}', '}\n'), // one brace too many
      bytes('{"id":"t5",\n'), // cut after a comma
      bytes('null\n', '[]\n', '"a string"\n', '42\n'), // JSON, but not an object
      bytes(`${'['.repeat(100_000)}\n`), // deeply nested, never closed
      bytes(`${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), // deeply nested, closed: an array
      bytes('\u0000\u0000\n'),
      good('g3'),
      bytes('{"id":"t6","text":"the file ends mid-line'), // no newline at the end of the file
    ]);
    const r = cli(['--jsonl', '-w', '2'], input);
    expect(r.error).toBeNull();
    const recs = records(r.stdout);
    expect(recs.map((x) => x.error?.code ?? 'ok')).toEqual([
      'ok', 'invalid_json', 'ok', 'invalid_json', 'invalid_json', 'invalid_json', 'invalid_json',
      'not_an_object', 'not_an_object', 'not_an_object', 'not_an_object', 'invalid_json', 'not_an_object',
      'invalid_json', 'ok', 'invalid_json',
    ]);
    expect(recs.map((x) => x.error?.line ?? 0)).toEqual([0, 2, 0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0, 16]);
    expect(recs.filter((x) => !x.error).map((x) => x.id)).toEqual(['g1', 'g2', 'g3']);
    for (const rec of recs.filter((x) => !x.error)) expectSameAsLibrary(rec, `${ARTICLE} (${String(rec.id)})`);
    expect(r.status).toBe(1);
  });

  test('invalid UTF-8 of every kind becomes U+FFFD; every line is analysed, as the library would', () => {
    const cases: Array<[string, number[]]> = [
      ['lone continuation byte', [0x80]],
      ['byte FF', [0xff]],
      ['overlong slash', [0xc0, 0xaf]],
      ['encoded surrogate', [0xed, 0xa0, 0x80]],
      ['beyond U+10FFFF', [0xf5, 0x80, 0x80, 0x80]],
      ['truncated four-byte', [0xf0, 0x9f, 0x98]],
      ['truncated three-byte before a quote', [0xe2, 0x80]],
      ['NUL', [0x00]],
    ];
    const input = Buffer.concat(cases.map(([id, b]) => bytes(`{"id":"${id}","text":"He said `, b, ' \\"no\\" ', b, '."}\n')));
    const r = cli(['--jsonl', '-w', '1'], input);
    expect(r.error).toBeNull();
    const recs = records(r.stdout);
    // A raw NUL inside a JSON string is not JSON: that line's record has no id to keep.
    expect(recs.map((x) => x.id)).toEqual(cases.map(([id]) => (id === 'NUL' ? null : id)));
    // The library on the text as Node decodes the line (invalid bytes to U+FFFD, as the CLI says it does).
    cases.forEach(([id, b], i) => {
      const rec = recs[i]!;
      if (id === 'NUL') return void expect(rec.error?.code).toBe('invalid_json');
      const decoded = (JSON.parse(bytes(`{"text":"He said `, b, ' \\"no\\" ', b, '."}').toString('utf8')) as { text: string }).text;
      expect(decoded).toContain('\ufffd');
      expectSameAsLibrary(rec, decoded);
    });
    expect(r.status).toBe(1);
  });

  test('lone surrogates and control characters written as JSON escapes are analysed; the output stays valid JSON', () => {
    const texts = ['\ud800 said "\udfff".', '\u0000\u0001\u001f "x," he said.', '\u202e"Hi," Ann said.\u202c'];
    const r = cli(['--jsonl', '-w', '1'], Buffer.concat(texts.map((text, i) => line({ id: i, text }))));
    expect(r.error).toBeNull();
    expect(r.status).toBe(0);
    const recs = records(r.stdout);
    expect(recs).toHaveLength(texts.length);
    recs.forEach((rec, i) => expectSameAsLibrary(rec, texts[i]!));
  });

  test('a 50 MB line: a 50 MB text fails alone (over maxChars), 50 MB of non-JSON fails alone, the rest is analysed', () => {
    const file = join(tmp, 'big.jsonl');
    const bigText = 'The mayor said the budget would rise 5% next year. '.repeat(Math.ceil((50 * MB) / 51)).slice(0, 50 * MB);
    writeFileSync(file, Buffer.concat([
      line({ id: 'before', text: ARTICLE }),
      line({ id: 'big-text', text: bigText }),
      Buffer.from(`${'x'.repeat(50 * MB)}\n`),
      line({ id: 'after', text: ARTICLE }),
    ]));
    const r = cli(['--jsonl', '-w', '1', file], undefined, 300_000);
    expect(r.error).toBeNull();
    const recs = records(r.stdout);
    expect(recs.map((x) => x.id ?? null)).toEqual(['before', 'big-text', null, 'after']);
    expect(recs.map((x) => x.error?.code ?? 'ok')).toEqual(['ok', 'extract_failed', 'invalid_json', 'ok']);
    expectSameAsLibrary(recs[0]!, ARTICLE);
    expectSameAsLibrary(recs[3]!, ARTICLE);
    expect(r.status).toBe(1);
  }, 320_000);

  test('a file of good lines only: exit 0, one result per line', () => {
    const texts = Array.from({ length: 30 }, (_, i) => `${ARTICLE} Paragraph ${i}.`);
    const r = cli(['--jsonl', '-w', '2'], Buffer.concat(texts.map((text, id) => line({ id, text }))));
    expect(r.status).toBe(0);
    const recs = records(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(texts.map((_, i) => i));
    recs.forEach((rec, i) => expectSameAsLibrary(rec, texts[i]!));
  });
});

describe.skipIf(HAS_CLI)('hostile: CLI JSONL cases', () => {
  test('are skipped: dist/cli.js is not built (run `npm run build`, as `npm test` does)', () => {
    expect(HAS_CLI).toBe(false);
  });
});
