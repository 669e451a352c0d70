import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { LineSplitter, isBlank, type Line } from '../src/cli/lines.js';
import { Reorder } from '../src/cli/reorder.js';
import { analyseLine } from '../src/cli/job.js';
import type { Job, JobSettings, Outcome } from '../src/cli/records.js';
import { Batch } from '../src/cli/batch.js';
import { ThreadExecutor, type Executor } from '../src/cli/executor.js';
import { pathToFileURL } from 'node:url';
import { Progress } from '../src/cli/progress.js';
import { helpText } from '../src/cli/help.js';
import { CORPUS, ROOT, corpusArticles } from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const SETTINGS: JobSettings = { publishedAt: null, maxChars: null, pretty: false, wrapFiles: false };
const ARTICLE = 'Council backs budget\n\nBy Ann Lee\n\nThe council voted on Tuesday. "We had no choice," the mayor said.';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, '--no-progress', ...args], { input, cwd: ROOT, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

const jsonLines = (out: string) => out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

let tmp = '';
beforeAll(() => {
  // `npm test` builds first; a lone `vitest run tests/cli.test.ts` on a fresh clone builds here.
  if (!existsSync(CLI)) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('cli: arguments', () => {
  test.each([
    ['no arguments: stdin, one worker per core', [], { files: [], workers: 4, jsonl: false, pretty: false }],
    ['files in order, - is stdin', ['a.txt', '-', 'b.txt'], { files: ['a.txt', '-', 'b.txt'] }],
    ['--workers N and --workers=N', ['--workers', '3', '--jsonl'], { workers: 3, jsonl: true }],
    ['-w 0 runs on the main thread', ['-w', '0'], { workers: 0 }],
    ['--pretty and -p', ['-p', 'x.txt'], { pretty: true, files: ['x.txt'] }],
    ['-- ends the options', ['--', '--pretty'], { pretty: false, files: ['--pretty'] }],
    ['--published-at', ['--published-at=2026-02-18'], { publishedAt: '2026-02-18' }],
    ['--max-chars', ['--max-chars', '500'], { maxChars: 500 }],
    ['--no-progress', ['--no-progress'], { progress: false }],
    ['--timeout in seconds', ['--timeout', '2.5'], { timeoutSeconds: 2.5 }],
    ['--recycle, and its default', ['--recycle', '0'], { recycleAfter: 0 }],
    ['the default recycling', [], { recycleAfter: 20_000 }],
    ['--help and -h', ['-h'], { help: true }],
    ['--html FILE', ['--html', 'out.html', 'a.txt'], { html: 'out.html', files: ['a.txt'] }],
  ])('%s', (_name, argv, expected) => {
    expect(parseArgs(argv, 4)).toMatchObject(expected);
  });

  test.each([
    ['an unknown option', ['--frobnicate'], 'whosaid: unknown option --frobnicate'],
    ['an unknown short option', ['-x'], 'whosaid: unknown option -x'],
    ['a value option without its value', ['--workers'], 'whosaid: option --workers needs a value'],
    ['a flag given a value', ['--pretty=yes'], 'whosaid: option --pretty takes no value'],
    ['a worker count that is no number', ['--workers', 'many'], 'whosaid: expecting --workers to be a whole number'],
    ['a negative worker count', ['--workers=-1'], 'whosaid: expecting --workers to be a whole number'],
    ['a malformed date', ['--published-at', 'yesterday'], 'whosaid: expecting --published-at to be a date'],
    ['a zero max-chars', ['--max-chars', '0'], 'whosaid: expecting --max-chars to be a positive whole number'],
    ['--pretty with --jsonl', ['--jsonl', '--pretty'], 'whosaid: --pretty cannot be used with --jsonl'],
    ['--timeout without worker threads', ['--timeout', '5', '-w', '0'], 'whosaid: --timeout needs worker threads'],
    ['a timeout that is no number', ['--timeout', 'soon'], 'whosaid: expecting --timeout to be a positive number'],
  ])('rejects %s', (_name, argv, message) => {
    expect(() => parseArgs(argv, 2)).toThrow(message);
  });
});

describe('cli: --html', () => {
  test('writes the HTML view of one article, escaped, and says where on stderr', () => {
    const input = join(tmp, 'story.txt');
    const out = join(tmp, 'story.html');
    writeFileSync(input, `${ARTICLE} <script>alert(1)</script>`);
    const r = cli(['--html', out, input]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(out);
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>') || page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
  });

  test.each([
    ['with --jsonl', ['--html', 'x.html', '--jsonl']],
    ['with two files', ['--html', 'x.html', 'a.txt', 'b.txt']],
    ['without a file name', ['--html']],
  ])('is a usage error %s', (_name, argv) => {
    expect(() => parseArgs(argv, 2)).toThrow();
  });
});

describe('cli: line splitting', () => {
  const split = (chunks: Array<string | Buffer>, max?: number): Line[] => {
    const s = new LineSplitter(max);
    const lines = chunks.flatMap((c) => s.push(typeof c === 'string' ? Buffer.from(c) : c));
    return [...lines, ...s.end()];
  };
  const texts = (lines: Line[]) => lines.map((l) => l.text);

  test.each([
    ['lines across chunk boundaries', ['{"a"', ':1}\n{"b":', '2}\n'], ['{"a":1}', '{"b":2}']],
    ['a last line without a newline', ['one\ntwo'], ['one', 'two']],
    ['CRLF line ends', ['one\r\ntwo\r\n'], ['one', 'two']],
    ['a byte order mark at the start only', ['\uFEFFone\n\uFEFFtwo\n'], ['one', '\uFEFFtwo']],
    ['empty lines are kept (the caller skips them)', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['no input, no line', [], []],
  ])('%s', (_name, chunks, expected) => {
    expect(texts(split(chunks))).toEqual(expected);
  });

  test('a multi-byte character split between two chunks is decoded whole', () => {
    const bytes = Buffer.from('café “quoted”\n');
    const lines = split([bytes.subarray(0, 4), bytes.subarray(4, 7), bytes.subarray(7)]);
    expect(texts(lines)).toEqual(['café “quoted”']);
  });

  test('invalid UTF-8 becomes U+FFFD instead of failing', () => {
    expect(texts(split([Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a])]))).toEqual(['a\uFFFD\uFFFDb']);
  });

  test('a line over the limit is dropped and reported, and the next line is read', () => {
    const lines = split(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nafter\n'], 50);
    expect(lines).toEqual([
      { lineNo: 1, text: 'short', bytes: 5 },
      { lineNo: 2, text: null, bytes: 60 },
      { lineNo: 3, text: 'after', bytes: 5 },
    ]);
  });

  test('line numbers can continue from an earlier input', () => {
    const s = new LineSplitter(100, 7);
    expect(s.push(Buffer.from('a\nb\n')).map((l) => l.lineNo)).toEqual([7, 8]);
    expect(s.lastLineNo).toBe(8);
  });

  test.each([
    ['', true],
    [' \t\r', true],
    [' x ', false],
  ])('isBlank(%j) is %s', (text, blank) => {
    expect(isBlank(text)).toBe(blank);
  });
});

describe('cli: JSONL records', () => {
  test.each([
    ['not JSON', '{"id": 1, text}', 'invalid_json', null],
    ['an array', '[1, 2]', 'not_an_object', null],
    ['a bare string', '"text"', 'not_an_object', null],
    ['no text', '{"id": "a"}', 'missing_text', 'a'],
    ['text not a string', '{"id": "b", "text": ["x"]}', 'text_not_string', 'b'],
    ['text null', '{"id": "c", "text": null}', 'text_not_string', 'c'],
    ['a bad publishedAt', '{"id": "d", "text": "Hi.", "publishedAt": "soon"}', 'extract_failed', 'd'],
  ])('a line with %s gives an error record', (_name, line, code, id) => {
    const outcome = analyseLine(line, 12, SETTINGS);
    expect(outcome.failed).toBe(true);
    const record = JSON.parse(outcome.out);
    expect(record.id).toBe(id);
    expect(record.error).toMatchObject({ code, line: 12 });
    expect(record.error.message).toMatch(/^whosaid: line 12: /);
    expect(record.analysis).toBeUndefined();
  });

  test('a good line keeps id first and every field but text, then the analysis', () => {
    const line = JSON.stringify({ source: 'wire', id: 'x1', text: ARTICLE, publishedAt: '2026-02-18', tags: ['a'] });
    const outcome = analyseLine(line, 1, SETTINGS);
    expect(outcome.failed).toBe(false);
    const record = JSON.parse(outcome.out);
    expect(Object.keys(record)).toEqual(['id', 'source', 'publishedAt', 'tags', 'analysis']);
    expect(record.analysis.title.text).toBe('Council backs budget');
  });

  test('a line without an id gets "id": null', () => {
    expect(JSON.parse(analyseLine('{"text": "Hello."}', 1, SETTINGS).out).id).toBeNull();
  });

  test('the error record of a line keeps its other fields, so it can be joined back', () => {
    const record = JSON.parse(analyseLine('{"id": 7, "url": "u", "text": 5}', 3, SETTINGS).out);
    expect(record).toMatchObject({ id: 7, url: 'u', error: { code: 'text_not_string' } });
  });

  test('--max-chars reaches extract()', () => {
    const outcome = analyseLine(JSON.stringify({ id: 1, text: 'x'.repeat(50) }), 1, { ...SETTINGS, maxChars: 10 });
    expect(JSON.parse(outcome.out).error.code).toBe('extract_failed');
  });
});

describe('cli: output order', () => {
  test('Reorder returns results in sequence whatever order they arrive in', () => {
    const r = new Reorder<string>();
    expect(r.put(2, 'c')).toEqual([]);
    expect(r.put(1, 'b')).toEqual([]);
    expect(r.held).toBe(2);
    expect(r.put(0, 'a')).toEqual(['a', 'b', 'c']);
    expect(r.put(3, 'd')).toEqual(['d']);
    expect(() => r.put(1, 'again')).toThrow(/twice/);
  });

  test('Batch writes in submission order, bounds what is pending, and waits for a full sink to drain', async () => {
    const held: Job[] = [];
    const executor: Executor = { run: (job) => void held.push(job), close: async () => {} };
    const written: string[] = [];
    let drain: (() => void) | null = null;
    const sink = {
      write: (s: string) => (written.push(s), written.length !== 2),
      once: (_e: 'drain', f: () => void) => void (drain = f),
    };
    const batch = new Batch(sink, 3);
    for (let i = 0; i < 3; i++) {
      await batch.ready();
      batch.submit(executor, { kind: 'line', seq: batch.nextSeq(), lineNo: i + 1, text: String(i) });
    }
    let admitted = false;
    const next = batch.ready().then(() => (admitted = true));
    const finish = (job: Job, failed = false): Outcome => ({ out: `r${job.seq}`, failed });
    batch.done(2, finish(held[2] as Job));
    batch.done(1, finish(held[1] as Job, true));
    await Promise.resolve();
    expect(written).toEqual([]);
    expect(admitted).toBe(false);
    batch.done(0, finish(held[0] as Job));
    expect(written).toEqual(['r0\n', 'r1\n', 'r2\n']);
    await Promise.resolve();
    expect(admitted).toBe(false); // the sink said it was full at the second write
    (drain as unknown as () => void)();
    await next;
    expect(admitted).toBe(true);
    expect(batch.failed).toBe(1);
  });
});

describe('cli: worker threads', () => {
  const settings: JobSettings = { publishedAt: null, maxChars: null, pretty: false, wrapFiles: false };
  const job = (seq: number, text: string): Job => ({ kind: 'line', seq, lineNo: seq + 1, text });
  const script = (name: string, body: string) => {
    const path = join(tmp, name);
    writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}`);
    return pathToFileURL(path);
  };
  /** Runs the texts as jobs on one worker loading `url`; resolves with every outcome by sequence number. */
  const runAll = (url: URL, texts: string[], timeoutMs = 0, recycleAfter = 0) =>
    new Promise<Map<number, Outcome>>((resolve, reject) => {
      const outcomes = new Map<number, Outcome>();
      const executor = new ThreadExecutor(1, url, settings, (seq, o) => {
        outcomes.set(seq, o);
        if (outcomes.size === texts.length) void executor.close().then(() => resolve(outcomes));
      }, reject, { timeoutMs, recycleAfter });
      texts.forEach((t, i) => executor.run(job(i, t)));
    });

  test('a worker that dies fails only the jobs it held; a new one takes the rest', async () => {
    const url = script('crashing-worker.mjs', `parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => {
  if (job.text === 'crash') process.exit(7);
  parentPort.postMessage({ seq: job.seq, out: 'ok ' + job.text, failed: false });
});`);
    const outcomes = await runAll(url, ['a', 'crash', 'b', 'c', 'd']);
    expect(outcomes.get(0)).toEqual({ out: 'ok a', failed: false });
    expect(JSON.parse(outcomes.get(1)?.out ?? '{}').error).toMatchObject({ code: 'worker_failed', line: 2 });
    // the jobs the dead worker held but had not started were run by its replacement
    expect([2, 3, 4].map((i) => outcomes.get(i))).toEqual(['b', 'c', 'd'].map((t) => ({ out: `ok ${t}`, failed: false })));
  });

  test('--timeout: a job that runs too long fails as timed_out, keeping its id; the others go on', async () => {
    const url = script('hanging-worker.mjs', `parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => {
  if (job.text.includes('hang')) for (;;);
  parentPort.postMessage({ seq: job.seq, out: 'ok ' + job.seq, failed: false });
});`);
    const outcomes = await runAll(url, ['{"id": "h1", "text": "hang"}', 'b', 'c'], 300);
    const record = JSON.parse(outcomes.get(0)?.out ?? '{}');
    expect(record).toMatchObject({ id: 'h1', error: { code: 'timed_out', line: 1 } });
    expect(record.error.message).toMatch(/^whosaid: line 1: gave up on this article: no result after 0.3 s/);
    expect(outcomes.get(1)).toEqual({ out: 'ok 1', failed: false });
    expect(outcomes.get(2)).toEqual({ out: 'ok 2', failed: false });
  });

  test('--recycle: a worker is replaced after N jobs, and every job is answered once', async () => {
    const url = script('counting-worker.mjs', `import { threadId } from 'node:worker_threads';
parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => parentPort.postMessage({ seq: job.seq, out: job.text + '@' + threadId, failed: false }));`);
    const outcomes = await runAll(url, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 0, 2);
    const answers = [...outcomes.keys()].sort().map((k) => outcomes.get(k)?.out.split('@'));
    expect(answers.map((a) => a?.[0])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const threads = answers.map((a) => a?.[1]);
    expect(new Set(threads).size).toBe(4);
    expect([...new Set(threads)].map((t) => threads.filter((x) => x === t).length)).toEqual([2, 2, 2, 1]);
  });

  test('a worker that cannot start stops the run with a whosaid: error', async () => {
    const url = script('broken-worker.mjs', `throw new Error('no analyser here');`);
    const fatal = await new Promise<Error>((resolve) => {
      const executor = new ThreadExecutor(1, url, settings, () => {}, resolve);
      executor.run(job(0, 'x'));
    });
    expect(fatal.message).toMatch(/^whosaid: a worker thread could not start \(no analyser here\); try --workers 0/);
  });
});

describe('cli: progress', () => {
  const fakeStream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, columns: 100, write: (s: string) => out.push(s) } };
  };

  test.each([
    ['stderr is not a terminal', false, true],
    ['--no-progress', true, false],
  ])('draws nothing when %s', (_name, isTTY, wanted) => {
    const { out, stream } = fakeStream(isTTY);
    let t = 0;
    const p = new Progress(stream, 100, wanted, () => (t += 1000));
    for (let i = 0; i < 5; i++) p.tick(false);
    p.finish();
    expect(out).toEqual([]);
  });

  test('on a terminal: percent, articles, rate, failures, time left; cleared at the end', () => {
    const { out, stream } = fakeStream(true);
    let t = 0;
    const p = new Progress(stream, 1000, true, () => t);
    t = 2000;
    p.advance(250);
    for (let i = 0; i < 10; i++) p.tick(i === 3);
    expect(p.line(2000)).toBe('whosaid [#####---------------] 25%  10 articles  5.0/s  1 failed  ETA 0:06');
    p.finish();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });
});

describe('cli: the command', () => {
  test('the built command starts with a shebang, is executable, and is package.json "bin"', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    accessSync(CLI, constants.X_OK);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ whosaid: './dist/cli.js' });
  });

  test('--help shows usage, the JSONL shapes and the batch examples', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    for (const s of ['--jsonl', '--workers', 'Exit status', 'hadoop', 'rdd.pipe', 'parallel --pipe', 'Blank lines']) {
      expect(r.stdout).toContain(s);
    }
    expect(helpText(3)).toContain('here 3');
  });

  test.each([
    ['a missing file', ['no-such-file.txt'], 'whosaid: no such file: no-such-file.txt'],
    ['a directory', ['corpus'], 'whosaid: corpus is a directory'],
    ['an unknown option', ['--colour'], 'whosaid: unknown option --colour'],
    ['a missing file among good ones', [join('corpus', 'uk-rail-strike.txt'), 'gone.txt'], 'whosaid: no such file: gone.txt'],
    ['stdin twice', ['-', '-'], 'whosaid: stdin (-) can be read only once'],
  ])('%s: a usage error, exit 2, nothing on stdout', (_name, args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stdout).toBe('');
  });

  test('one file: the bare analysis, as one JSON line; --pretty indents it', () => {
    const article = corpusArticles()[0];
    expect(article).toBeDefined();
    const path = join(CORPUS, `${article?.name}.txt`);
    const r = cli([path]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const analysis = JSON.parse(r.stdout);
    expect(analysis.schemaVersion).toBe(1);
    expect(article?.text.slice(analysis.title.start, analysis.title.end)).toBe(analysis.title.text);
    const pretty = cli(['--pretty', path]);
    expect(pretty.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(JSON.parse(pretty.stdout)).toEqual(analysis);
  });

  test.each([
    ['no file argument', []],
    ['-', ['-']],
  ])('stdin with %s', (_name, args) => {
    const r = cli([...args, '--published-at', '2026-02-18'], ARTICLE);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title.text).toBe('Council backs budget');
  });

  test('an article over --max-chars: exit 1 and a whosaid: message on stderr', () => {
    const r = cli(['--max-chars', '10'], ARTICLE);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^whosaid: stdin: expecting a text of at most 10 characters/);
    expect(r.stdout).toBe('');
  });

  test('several files: one {"file", "analysis"} line each, in argument order, on any number of workers', () => {
    const names = corpusArticles().slice(0, 4).map((a) => join('corpus', `${a.name}.txt`));
    const reversed = [...names].reverse();
    for (const workers of ['0', '2']) {
      const r = cli(['-w', workers, ...reversed]);
      expect(r.status).toBe(0);
      expect(jsonLines(r.stdout).map((x) => x.file)).toEqual(reversed);
      expect(jsonLines(r.stdout).every((x) => (x.analysis as { schemaVersion: number }).schemaVersion === 1)).toBe(true);
    }
  });

  test('several files with stdin among them', () => {
    const file = join('corpus', `${corpusArticles()[0]?.name}.txt`);
    const r = cli([file, '-'], ARTICLE);
    expect(jsonLines(r.stdout).map((x) => x.file)).toEqual([file, '-']);
  });
});

describe('cli: --jsonl', () => {
  const articles = corpusArticles();
  const corpusJsonl = () =>
    articles.map((a, i) => JSON.stringify({ id: `${a.name}#${i}`, text: a.text, publishedAt: '2026-02-18' })).join('\n');

  test('mixed good, bad and blank lines: one record per non-blank line, in order, exit 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      'this is not JSON',
      '',
      '   ',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 42 }),
      JSON.stringify({ id: 'e', text: ARTICLE, extra: { kept: true } }),
    ].join('\n');
    const r = cli(['--jsonl', '-w', '2'], `${input}\n`);
    expect(r.status).toBe(1);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.id)).toEqual(['a', null, 'c', 'd', 'e']);
    expect(records.map((x) => (x.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual([
      'ok', 'invalid_json', 'missing_text', 'text_not_string', 'ok',
    ]);
    expect(records.map((x) => (x.error as { line?: number } | undefined)?.line ?? 0)).toEqual([0, 2, 5, 6, 0]);
    expect(records[4]?.extra).toEqual({ kept: true });
  });

  test('every line good: exit 0, stderr silent when it is not a terminal', () => {
    const r = spawnSync(process.execPath, [CLI, '--jsonl', '-w', '1'], { input: corpusJsonl(), maxBuffer: 1 << 30 });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toBe('');
    expect(jsonLines(r.stdout.toString())).toHaveLength(articles.length);
  });

  test('the output does not depend on the number of workers (order kept)', () => {
    // articles of different lengths on 3 workers finish out of order; the output must not show it
    const input = `${corpusJsonl()}\n`;
    const inline = cli(['--jsonl', '-w', '0'], input);
    expect(jsonLines(inline.stdout).map((x) => x.id)).toEqual(articles.map((a, i) => `${a.name}#${i}`));
    expect(cli(['--jsonl', '-w', '3'], input).stdout).toBe(inline.stdout);
  });

  test('JSONL files given as arguments are read in order, line numbers running on', () => {
    const a = join(tmp, 'a.jsonl');
    const b = join(tmp, 'b.jsonl');
    writeFileSync(a, `${JSON.stringify({ id: 1, text: 'One.' })}\n`);
    writeFileSync(b, `${JSON.stringify({ id: 2, text: 'Two.' })}\nbroken\n`);
    const r = cli(['--jsonl', a, b]);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual([1, 2, null]);
    expect((jsonLines(r.stdout)[2]?.error as { line: number }).line).toBe(3);
  });

  test('invalid UTF-8 and a CRLF file do not stop the run', () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"u1","text":"caf\xc3\xa9 ', 'latin1'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' end."}\r\n\xff\xff\r\n{"id":"u2","text":"ok"}', 'latin1'),
    ]);
    const r = cli(['--jsonl'], input);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.id)).toEqual(['u1', null, 'u2']);
    expect((records[0]?.analysis as { title: { text: string } }).title.text).toBe('café \uFFFD\uFFFD end.');
    expect(r.status).toBe(1);
  });

  test('a 12 MB line (over the default maxChars) fails alone; the lines around it are analysed', () => {
    const big = JSON.stringify({ id: 'big', text: 'The mayor said no. '.repeat(640_000) });
    const input = [JSON.stringify({ id: 'before', text: ARTICLE }), big, JSON.stringify({ id: 'after', text: ARTICLE })].join('\n');
    const r = cli(['--jsonl', '-w', '1'], input);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.id)).toEqual(['before', 'big', 'after']);
    expect((records[1]?.error as { code: string }).code).toBe('extract_failed');
    expect(r.status).toBe(1);
  });

  test('a reader that stops early (| head) ends the run quietly', () => {
    const input = Array.from({ length: 40 }, () => corpusJsonl()).join('\n');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --jsonl -w 1 | head -n 1`], { input, maxBuffer: 1 << 30 });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toBe('');
    expect(jsonLines(r.stdout.toString())).toHaveLength(1);
  });
});
