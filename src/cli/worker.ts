/// <reference types="node" />
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Job } from './records.js';
import type { WorkerData, WorkerMessage } from './executor.js';

/** Whether this thread is one of our workers (the CLI script is loaded both as the program and as its workers). */
export function isWhosaidWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerData> | null)?.whosaidWorker === true;
}

/** The worker side: loads the analyser, says it is ready, then answers each job in the order received. */
export async function serveJobs(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('whosaid: serveJobs() runs only in a worker thread');
  const { runJob } = await import('./job.js');
  const { settings } = workerData as WorkerData;
  port.on('message', (job: Job) => {
    const outcome = runJob(job, settings);
    const reply: WorkerMessage = { seq: job.seq, out: outcome.out, failed: outcome.failed };
    port.postMessage(reply);
  });
  const ready: WorkerMessage = { ready: true };
  port.postMessage(ready);
}
