/// <reference types="node" />
import { createReadStream, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import pkg from '../../package.json' with { type: 'json' };
import { parseArgs, type CliArgs } from './args.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, UsageError, messageOf } from './errors.js';
import { helpText } from './help.js';
import { STDIN, checkInputs, readAll, totalBytes } from './inputs.js';
import { LineSplitter, MAX_LINE_BYTES, isBlank, readLines } from './lines.js';
import { tooLongLine, type JobSettings, type Outcome } from './records.js';
import { Batch, type Sink } from './batch.js';
import { InlineExecutor, ThreadExecutor, type Executor } from './executor.js';
import { Progress, type ProgressStream } from './progress.js';

/** What the command line runs against: the process, or fakes in tests. */
export interface CliIo {
  argv: readonly string[];
  stdin: Readable & { isTTY?: boolean };
  stdout: Sink & { write(chunk: string): boolean };
  stderr: ProgressStream;
  /** Default worker count. */
  cores: number;
  /** The script worker threads load (the CLI's own file). */
  workerScript: URL;
}

/** Jobs between reading and writing, per worker: enough to keep every worker busy while one article is slow. */
const PENDING_PER_WORKER = 8;

/** Runs the command line; resolves to the exit code. */
export async function runCli(io: CliIo): Promise<number> {
  let args: CliArgs;
  let inputs: string[];
  try {
    args = parseArgs(io.argv, io.cores);
    if (args.help) {
      io.stdout.write(helpText(io.cores));
      return EXIT_OK;
    }
    if (args.version) {
      io.stdout.write(`${pkg.version}\n`);
      return EXIT_OK;
    }
    inputs = checkInputs(args.files);
    if (inputs.includes(STDIN) && io.stdin.isTTY && io.stderr.isTTY) {
      io.stderr.write('whosaid: reading stdin (end with Ctrl-D; whosaid --help for usage)\n');
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return EXIT_USAGE;
  }
  const settings: JobSettings = {
    publishedAt: args.publishedAt,
    maxChars: args.maxChars,
    pretty: args.pretty,
    wrapFiles: inputs.length > 1,
  };
  try {
    if (args.html !== null) return await runHtml(io, inputs[0] ?? STDIN, args.html, settings);
    if (args.jsonl) return await runJsonl(io, args, inputs, settings);
    if (inputs.length === 1) return await runOne(io, inputs[0] as string, settings);
    return await runFiles(io, args, inputs, settings);
  } catch (err) {
    io.stderr.write(`${messageOf(err)}\n`);
    return EXIT_SOME_FAILED;
  }
}

/** One article's HTML view (toHtml) written to `out`; the path is printed on stderr. */
async function runHtml(io: CliIo, input: string, out: string, settings: JobSettings): Promise<number> {
  const { writeHtml } = await import('./html.js');
  const text = input === STDIN ? (await readAll(io.stdin)).toString('utf8') : readFileSync(input).toString('utf8');
  const error = writeHtml(text, out, settings);
  if (error) {
    io.stderr.write(`${error}\n`);
    return EXIT_SOME_FAILED;
  }
  io.stderr.write(`whosaid: wrote ${out}\n`);
  return EXIT_OK;
}

/** One article (a file or stdin), analysed on this thread: the bare analysis, or an error on stderr. */
async function runOne(io: CliIo, input: string, settings: JobSettings): Promise<number> {
  const { analyseDocument, analyseFile } = await import('./job.js');
  let outcome: Outcome;
  if (input === STDIN) {
    outcome = analyseDocument((await readAll(io.stdin)).toString('utf8'), STDIN, settings);
  } else {
    outcome = analyseFile(input, settings);
  }
  if (outcome.failed) {
    io.stderr.write(`${(JSON.parse(outcome.out) as { error: { message: string } }).error.message}\n`);
    return EXIT_SOME_FAILED;
  }
  io.stdout.write(`${outcome.out}\n`);
  return EXIT_OK;
}

/** Several files: one result line (or indented object) per file, in argument order. */
async function runFiles(io: CliIo, args: CliArgs, inputs: string[], settings: JobSettings): Promise<number> {
  const progress = new Progress(io.stderr, inputs.length, args.progress);
  const workers = Math.min(args.workers, inputs.length);
  return pipeline(io, { ...args, workers }, settings, progress, async (batch, executor) => {
    for (const input of inputs) {
      await batch.ready();
      if (input === STDIN) {
        const { analyseDocument } = await import('./job.js');
        batch.put(batch.nextSeq(), analyseDocument((await readAll(io.stdin)).toString('utf8'), STDIN, settings));
      } else {
        batch.submit(executor, { kind: 'file', seq: batch.nextSeq(), path: input });
      }
      progress.advance(1);
    }
  });
}

/** JSON Lines: streamed from stdin or the files in order, one result line per non-blank input line. */
async function runJsonl(io: CliIo, args: CliArgs, inputs: string[], settings: JobSettings): Promise<number> {
  const progress = new Progress(io.stderr, totalBytes(inputs), args.progress);
  return pipeline(io, args, settings, progress, async (batch, executor) => {
    let lineNo = 1;
    for (const input of inputs) {
      const stream = input === STDIN ? io.stdin : createReadStream(input, { highWaterMark: 1 << 20 });
      const splitter = new LineSplitter(MAX_LINE_BYTES, lineNo);
      for await (const line of readLines(stream, splitter)) {
        progress.advance(line.bytes + 1);
        if (line.text !== null && isBlank(line.text)) continue;
        await batch.ready();
        const seq = batch.nextSeq();
        if (line.text === null) {
          batch.put(seq, tooLongLine(line.lineNo, line.bytes, MAX_LINE_BYTES));
        } else {
          batch.submit(executor, { kind: 'line', seq, lineNo: line.lineNo, text: line.text });
        }
      }
      lineNo = splitter.lastLineNo + 1;
    }
  });
}

type Feed = (batch: Batch, executor: Executor) => Promise<void>;

/** Sets up the executor (worker threads, or this thread with --workers 0), feeds it, and waits for the output. */
async function pipeline(io: CliIo, args: CliArgs, settings: JobSettings, progress: Progress, feed: Feed): Promise<number> {
  const workers = args.workers;
  const batch = new Batch(io.stdout, Math.max(1, workers) * PENDING_PER_WORKER, (o) => progress.tick(o.failed));
  const executor: Executor =
    workers === 0
      ? new InlineExecutor((await import('./job.js')).runJob, settings, batch.done)
      : new ThreadExecutor(workers, io.workerScript, settings, batch.done, (err) => batch.stop(err), {
          timeoutMs: args.timeoutSeconds * 1000,
          recycleAfter: args.recycleAfter,
        });
  try {
    await feed(batch, executor);
    await batch.finish();
  } finally {
    progress.finish();
    await executor.close();
  }
  return batch.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
