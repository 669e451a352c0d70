/// <reference types="node" />

/** Where the progress bar is drawn: stderr, when it is a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

const REDRAW_MS = 100;
const BAR = 20;

/**
 * A one-line progress bar on a terminal: articles done, rate, and, when the input size is known, percent and time
 * left. Draws nothing at all when the stream is not a terminal (a pipe, a file, a CI log).
 */
export class Progress {
  private readonly enabled: boolean;
  private readonly started: number;
  private lastDraw = 0;
  private done = 0;
  private failed = 0;
  private consumed = 0;

  /** `total` is in the same unit as `advance()`'s argument (bytes of input, or files), or null if unknown. */
  constructor(private readonly stream: ProgressStream, private readonly total: number | null, wanted: boolean, private readonly now = () => performance.now()) {
    this.enabled = wanted && stream.isTTY === true;
    this.started = this.now();
  }

  /** Input consumed (bytes or files). */
  advance(n: number): void {
    this.consumed += n;
  }

  /** One article finished. */
  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.stream.write(`\r${this.line(t)}\x1b[K`);
  }

  /** Clears the bar (the terminal gets back a clean line). */
  finish(): void {
    if (this.enabled && this.lastDraw > 0) this.stream.write('\r\x1b[K');
  }

  /** The text of the bar at time t (exported for tests through the class). */
  line(t: number): string {
    const seconds = Math.max((t - this.started) / 1000, 1e-3);
    const rate = this.done / seconds;
    const parts = [`${this.done.toLocaleString('en-US')} articles`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
    if (this.failed > 0) parts.push(`${this.failed} failed`);
    if (this.total !== null && this.total > 0) {
      const frac = Math.min(this.consumed / this.total, 1);
      const filled = Math.round(frac * BAR);
      parts.unshift(`[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${Math.floor(frac * 100)}%`);
      if (frac > 0) parts.push(`ETA ${clock(seconds * (1 - frac) / frac)}`);
    }
    const text = `whosaid ${parts.join('  ')}`;
    const width = this.stream.columns || 80;
    return text.length >= width ? text.slice(0, width - 1) : text;
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
