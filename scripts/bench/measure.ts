/** Timing helpers: run a function over texts until enough time has passed, and report rates. */

export interface Rate {
  mbPerS: number;
  /** MB per CPU-second of this process (all its threads): steadier than wall time when the machine is busy. */
  mbPerCpuS: number;
  articlesPerS: number;
  msPerPass: number;
  passes: number;
}

/** Runs `fn` over every text, pass after pass, until `minMs` have passed (at least `minPasses` passes). */
export function measure(texts: readonly string[], bytes: number, fn: (text: string) => unknown, minMs = 2000, minPasses = 1): Rate {
  let passes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (passes < minPasses || elapsed < minMs) {
    for (const t of texts) fn(t);
    passes++;
    elapsed = performance.now() - t0;
  }
  const seconds = elapsed / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    mbPerS: (bytes * passes) / 1e6 / seconds,
    mbPerCpuS: (bytes * passes) / 1e6 / cpuSeconds,
    articlesPerS: (texts.length * passes) / seconds,
    msPerPass: elapsed / passes,
    passes,
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** A right-aligned table with a left-aligned first column. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

export const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
