/**
 * Catastrophic-backtracking check of one regular expression with recheck (https://makenowjust-labs.github.io/recheck/),
 * on its pure-JavaScript backend: in process, no Java, no native binary, no network. It finds exponential and
 * polynomial (e.g. quadratic) backtracking, with an attack string as proof.
 */
import { checkSync, type Diagnostics } from 'recheck';

// Read by recheck at each call: run the Scala.js build in this thread rather than a worker or a binary.
process.env.RECHECK_SYNC_BACKEND = 'pure';

export interface Audit {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** "exponential", "polynomial (degree 2)", "safe", or why it is unknown. */
  detail: string;
  /** A string that makes it backtrack, when vulnerable. */
  attack?: string;
  hotspot?: string;
}

/** Checks one pattern; `timeoutMs` bounds recheck's own analysis. */
export function auditRegex(source: string, flags: string, timeoutMs = 20_000): Audit {
  const d: Diagnostics = checkSync(source, flags, { timeout: timeoutMs });
  if (d.status === 'safe') return { status: 'safe', detail: describeComplexity(d.complexity) };
  if (d.status === 'vulnerable') {
    const hot = d.hotspot.map((h) => source.slice(h.start, h.end)).join(' … ');
    return {
      status: 'vulnerable',
      detail: describeComplexity(d.complexity),
      attack: d.attack.pattern,
      hotspot: hot,
    };
  }
  return { status: 'unknown', detail: `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}` };
}

function describeComplexity(c: { type: string; degree?: number } | null): string {
  if (c === null) return 'unknown complexity';
  return c.type === 'polynomial' ? `polynomial (degree ${c.degree})` : c.type;
}
