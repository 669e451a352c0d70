/// <reference types="node" />
import type { Job, Outcome } from './records.js';
import type { Executor } from './executor.js';
import { Reorder } from './reorder.js';

/** Where results go: stdout, or anything with the same write/drain contract. */
export interface Sink {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Feeds jobs to an executor and writes their outcomes to the sink in submission order, one a line. At most
 * `maxPending` jobs are between submission and output (running, or finished and waiting for an earlier one), and
 * submission also waits while the sink is full: memory stays bounded however long the input is, and a slow
 * reader of stdout slows the run down instead of filling memory.
 */
export class Batch {
  private readonly reorder = new Reorder<Outcome>();
  private pending = 0;
  private blocked = false;
  private wake: (() => void) | null = null;
  private seq = 0;
  private error: Error | null = null;
  failed = 0;
  written = 0;

  constructor(
    private readonly sink: Sink,
    private readonly maxPending: number,
    private readonly onOutcome: (outcome: Outcome) => void = () => {},
  ) {}

  /** The next sequence number to give a job. */
  nextSeq(): number {
    return this.seq++;
  }

  /** Waits until a job may be submitted (rejects if the run was stopped). */
  async ready(): Promise<void> {
    while (this.pending >= this.maxPending || this.blocked) {
      if (this.error) throw this.error;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.error) throw this.error;
  }

  /** Hands a job (from nextSeq()) to the executor. */
  submit(executor: Executor, job: Job): void {
    this.pending++;
    executor.run(job);
  }

  /** Records an outcome found without the executor (a line too long to read, say). */
  put(seq: number, outcome: Outcome): void {
    this.pending++;
    this.done(seq, outcome);
  }

  /** Called by the executor with each outcome, in any order. */
  readonly done = (seq: number, outcome: Outcome): void => {
    this.onOutcome(outcome);
    for (const o of this.reorder.put(seq, outcome)) {
      this.pending--;
      this.written++;
      if (o.failed) this.failed++;
      if (!this.sink.write(`${o.out}\n`) && !this.blocked) {
        this.blocked = true;
        this.sink.once('drain', () => {
          this.blocked = false;
          this.notify();
        });
      }
    }
    this.notify();
  };

  /** Stops the run: waiting callers reject with this error. */
  stop(err: Error): void {
    this.error = err;
    this.notify();
  }

  /** Waits until every submitted job has been written. */
  async finish(): Promise<void> {
    while (this.pending > 0 || this.blocked) {
      if (this.error) throw this.error;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.error) throw this.error;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
