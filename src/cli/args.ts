/// <reference types="node" />
import { UsageError } from './errors.js';
import { DEFAULT_RECYCLE_AFTER } from './executor.js';

/** What the command line asked for, after checking. */
export interface CliArgs {
  help: boolean;
  version: boolean;
  /** One article a line in, one result a line out. */
  jsonl: boolean;
  pretty: boolean;
  /** Worker threads; 0 runs every article on the main thread. */
  workers: number;
  /** Default publication date for articles that carry none ("YYYY-MM-DD"). */
  publishedAt: string | null;
  /** Passed to extract() as options.maxChars. */
  maxChars: number | null;
  /** Give up on an article after this many seconds (needs worker threads); 0: never. */
  timeoutSeconds: number;
  /** Replace each worker thread after this many articles (bounds its memory); 0: never. */
  recycleAfter: number;
  /** Whether a progress bar may be drawn (it still needs stderr to be a terminal). */
  progress: boolean;
  /** Write the HTML view of the one input article to this path instead of JSON. */
  html: string | null;
  /** Input paths in order; "-" is stdin. Empty means stdin. */
  files: string[];
}

type ValueOption = 'workers' | 'publishedAt' | 'maxChars' | 'timeout' | 'recycle' | 'html';

const FLAGS: Record<string, (a: CliArgs) => void> = {
  '--help': (a) => { a.help = true; },
  '-h': (a) => { a.help = true; },
  '--version': (a) => { a.version = true; },
  '-V': (a) => { a.version = true; },
  '--jsonl': (a) => { a.jsonl = true; },
  '--pretty': (a) => { a.pretty = true; },
  '-p': (a) => { a.pretty = true; },
  '--no-progress': (a) => { a.progress = false; },
};

const VALUE_OPTIONS: Record<string, ValueOption> = {
  '--workers': 'workers',
  '-w': 'workers',
  '--published-at': 'publishedAt',
  '--max-chars': 'maxChars',
  '--timeout': 'timeout',
  '--recycle': 'recycle',
  '--html': 'html',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNT = /^\d{1,9}$/;
const SECONDS = /^\d{1,7}(?:\.\d{1,3})?$/;

/**
 * Reads argv (without node and the script). Pure: `defaultWorkers` is the number of cores.
 * Throws UsageError for an unknown option, a missing or malformed value, or a misused combination.
 */
export function parseArgs(argv: readonly string[], defaultWorkers: number): CliArgs {
  const args: CliArgs = {
    help: false,
    version: false,
    jsonl: false,
    pretty: false,
    workers: Math.max(1, defaultWorkers),
    publishedAt: null,
    maxChars: null,
    timeoutSeconds: 0,
    recycleAfter: DEFAULT_RECYCLE_AFTER,
    progress: true,
    html: null,
    files: [],
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      args.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = FLAGS[name];
    if (flag && eq < 0) {
      flag(args);
      continue;
    }
    const option = VALUE_OPTIONS[name];
    if (!option) {
      if (flag) throw new UsageError(`option ${name} takes no value (see whosaid --help)`);
      throw new UsageError(`unknown option ${name} (see whosaid --help)`);
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) throw new UsageError(`option ${name} needs a value (see whosaid --help)`);
    setValue(args, option, name, value);
  }
  if (args.timeoutSeconds > 0 && args.workers === 0) {
    throw new UsageError('--timeout needs worker threads (--workers 1 or more): the main thread cannot be interrupted');
  }
  if (args.html !== null && (args.jsonl || args.files.length > 1)) {
    throw new UsageError('--html writes the view of one article: give one file (or stdin), without --jsonl');
  }
  if (args.pretty && args.jsonl) {
    throw new UsageError('--pretty cannot be used with --jsonl (JSON Lines keeps each result on one line)');
  }
  return args;
}

function setValue(args: CliArgs, option: ValueOption, name: string, value: string): void {
  if (option === 'workers') {
    if (!COUNT.test(value) || Number(value) > 256) {
      throw new UsageError(`expecting ${name} to be a whole number from 0 to 256, instead found "${value}"`);
    }
    args.workers = Number(value);
  } else if (option === 'timeout') {
    if (!SECONDS.test(value) || Number(value) === 0) {
      throw new UsageError(`expecting ${name} to be a positive number of seconds, instead found "${value}"`);
    }
    args.timeoutSeconds = Number(value);
  } else if (option === 'html') {
    if (value === '' || value.startsWith('-')) throw new UsageError(`expecting ${name} to name an output file, instead found "${value}"`);
    args.html = value;
  } else if (option === 'recycle') {
    if (!COUNT.test(value)) throw new UsageError(`expecting ${name} to be a whole number (0: never), instead found "${value}"`);
    args.recycleAfter = Number(value);
  } else if (option === 'maxChars') {
    if (!COUNT.test(value) || Number(value) === 0) {
      throw new UsageError(`expecting ${name} to be a positive whole number, instead found "${value}"`);
    }
    args.maxChars = Number(value);
  } else {
    if (!DATE.test(value)) {
      throw new UsageError(`expecting ${name} to be a date such as 2026-02-18, instead found "${value}"`);
    }
    args.publishedAt = value;
  }
}
