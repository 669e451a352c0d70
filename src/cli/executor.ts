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
  /** Jobs sent, in the order sent: the worker runs the first and holds the others. */
  inflight: Map<number, Job>;
  ready: boolean;
  dead: boolean;
  /** When the first job in flight started (performance.now()). */
  startedAt: number;
  /** Jobs sent to it. */
  sent: number;
}

/** Limits of a ThreadExecutor; 0 means none. */
export interface ThreadLimits {
  /** Give up on a job after this long: the worker is replaced and the job fails as timed_out. */
  timeoutMs: number;
  /**
   * Replace a worker after this many jobs. Memory a worker keeps between articles (wink-nlp remembers every
   * unknown word it has seen, about 110 bytes each) is then given back: a run over millions of articles stays
   * bounded. The new worker's start and warm-up cost a few seconds of CPU.
   */
  recycleAfter: number;
}

/** Jobs per worker between replacements, by default. */
export const DEFAULT_RECYCLE_AFTER = 20_000;

/**
 * Runs jobs on a fixed number of worker threads, each loading `script` with WorkerData. A worker that dies (out
 * of memory, say) or spends more than `limits.timeoutMs` on one job is replaced: the job it was running fails,
 * the jobs it held but had not started go to the new one. A worker that cannot even start stops the run. After
 * `limits.recycleAfter` jobs sent, a worker gets no more, a fresh one takes its place, and it ends once it has
 * answered them.
 */
export class ThreadExecutor implements Executor {
  private readonly slots: Slot[] = [];
  /** Workers being replaced: answering the jobs they hold, getting no new ones. */
  private readonly retiring = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closing = false;
  private readonly timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    size: number,
    private readonly script: URL,
    private readonly settings: JobSettings,
    private readonly done: Done,
    private readonly fatal: (err: Error) => void,
    private readonly limits: ThreadLimits = { timeoutMs: 0, recycleAfter: DEFAULT_RECYCLE_AFTER },
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    if (limits.timeoutMs > 0) {
      this.timer = setInterval(() => this.enforceTimeout(), Math.min(1000, Math.max(10, limits.timeoutMs / 4)));
      this.timer.unref();
    }
  }

  run(job: Job): void {
    this.queue.push(job);
    this.pump();
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.slots, ...this.retiring].map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const data: WorkerData = { whosaidWorker: true, settings: this.settings };
    const worker = new Worker(this.script, { workerData: data });
    const slot: Slot = { worker, inflight: new Map(), ready: false, dead: false, startedAt: performance.now(), sent: 0 };
    worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) {
        slot.ready = true;
        slot.startedAt = performance.now();
        return;
      }
      const job = slot.inflight.get(m.seq);
      if (!job) return;
      slot.inflight.delete(m.seq);
      slot.startedAt = performance.now();
      this.endIfRetired(slot);
      this.pump();
      this.done(m.seq, { out: m.out, failed: m.failed });
    });
    worker.on('error', (err) => this.lost(slot, err.message));
    worker.on('exit', (code) => this.lost(slot, `exit code ${code}`));
    return slot;
  }

  /** A worker that has been sent its share of jobs: a fresh one takes its place; it ends once it has answered. */
  private retire(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots[at] = this.spawn();
    this.retiring.add(slot);
  }

  private endIfRetired(slot: Slot): void {
    if (!this.retiring.has(slot) || slot.inflight.size > 0) return;
    this.retiring.delete(slot);
    slot.dead = true;
    void slot.worker.terminate();
  }

  private enforceTimeout(): void {
    const now = performance.now();
    for (const slot of [...this.slots, ...this.retiring]) {
      if (slot.dead || !slot.ready || slot.inflight.size === 0 || now - slot.startedAt <= this.limits.timeoutMs) continue;
      this.lost(slot, `no result after ${this.limits.timeoutMs / 1000} s`, 'timed_out');
      void slot.worker.terminate();
    }
  }

  private lost(slot: Slot, reason: string, code: 'worker_failed' | 'timed_out' = 'worker_failed'): void {
    if (this.closing || slot.dead) return;
    slot.dead = true;
    if (!slot.ready) {
      this.closing = true;
      this.fatal(new Error(`whosaid: a worker thread could not start (${reason}); try --workers 0`));
      return;
    }
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots[at] = this.spawn();
    this.retiring.delete(slot);
    const [running, ...waiting] = slot.inflight.values();
    slot.inflight.clear();
    this.queue.unshift(...waiting);
    if (running) this.done(running.seq, workerFailed(running, reason, code));
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
      if (best.inflight.size === 0) best.startedAt = performance.now();
      best.inflight.set(job.seq, job);
      best.worker.postMessage(job);
      best.sent++;
      if (this.limits.recycleAfter > 0 && best.sent >= this.limits.recycleAfter) this.retire(best);
    }
  }
}
