/// <reference types="node" />
import { Worker } from 'node:worker_threads';
import { workerFailed, type Job, type JobSettings, type Outcome } from './records.js';

/** Runs jobs and reports each outcome once, in any order. */
export interface Executor {
  run(job: Job): void;
  close(): Promise<void>;
}

export type Done = (seq: number, outcome: Outcome) => void;

/** Runs each job at once on the calling thread (--workers 0) with `runJob` from job.ts. */
export class InlineExecutor implements Executor {
  constructor(
    private readonly runJob: (job: Job, settings: JobSettings) => Outcome,
    private readonly settings: JobSettings,
    private readonly done: Done,
  ) {}
  run(job: Job): void {
    this.done(job.seq, this.runJob(job, this.settings));
  }
  async close(): Promise<void> {}
}

/** What the worker script receives as workerData. */
export interface WorkerData {
  whosaidWorker: true;
  settings: JobSettings;
}

/** Messages from a worker: it is ready, or a job is done. */
export type WorkerMessage = { ready: true } | { seq: number; out: string; failed: boolean };

/** Jobs sent ahead to each worker, so it never waits for the main thread between two articles. */
const PREFETCH = 2;

interface Slot {
  worker: Worker;
  inflight: Map<number, Job>;
  ready: boolean;
  dead: boolean;
}

/**
 * Runs jobs on a fixed number of worker threads, each loading `script` with WorkerData. A worker that dies
 * (out of memory, say) fails only the jobs it held, and is replaced; one that cannot even start stops the run.
 */
export class ThreadExecutor implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closing = false;

  constructor(
    size: number,
    private readonly script: URL,
    private readonly settings: JobSettings,
    private readonly done: Done,
    private readonly fatal: (err: Error) => void,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(job: Job): void {
    this.queue.push(job);
    this.pump();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const data: WorkerData = { whosaidWorker: true, settings: this.settings };
    const slot: Slot = { worker: new Worker(this.script, { workerData: data }), inflight: new Map(), ready: false, dead: false };
    slot.worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) {
        slot.ready = true;
        return;
      }
      const job = slot.inflight.get(m.seq);
      if (!job) return;
      slot.inflight.delete(m.seq);
      this.pump();
      this.done(m.seq, { out: m.out, failed: m.failed });
    });
    slot.worker.on('error', (err) => this.lost(slot, err.message));
    slot.worker.on('exit', (code) => this.lost(slot, `exit code ${code}`));
    return slot;
  }

  private lost(slot: Slot, reason: string): void {
    if (this.closing || slot.dead) return;
    slot.dead = true;
    const at = this.slots.indexOf(slot);
    if (!slot.ready) {
      this.closing = true;
      this.fatal(new Error(`whosaid: a worker thread could not start (${reason}); try --workers 0`));
      return;
    }
    this.slots[at] = this.spawn();
    for (const job of slot.inflight.values()) this.done(job.seq, workerFailed(job, reason));
    slot.inflight.clear();
    this.pump();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) {
        if (!s.dead && s.inflight.size < PREFETCH && (!best || s.inflight.size < best.inflight.size)) best = s;
      }
      if (!best) return;
      const job = this.queue.shift() as Job;
      best.inflight.set(job.seq, job);
      best.worker.postMessage(job);
    }
  }
}
