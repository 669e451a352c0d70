/// <reference types="node" />
/**
 * The `whosaid` command. The same file is the program and the script of its worker threads: loaded as a worker,
 * it serves jobs; otherwise it runs the command line on process.argv.
 */
import { availableParallelism } from 'node:os';
import { runCli } from './run.js';
import { isWhosaidWorker, serveJobs } from './worker.js';

if (isWhosaidWorker()) {
  void serveJobs();
} else {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`whosaid --jsonl < big | head`): stop quietly, as a filter should.
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  runCli({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cores: availableParallelism(),
    workerScript: new URL(import.meta.url),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`whosaid: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
