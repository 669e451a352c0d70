import type { Claim } from '../schema/claim.js';
import type { Quote } from '../schema/quote.js';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const BOUND_SIGN: Readonly<Record<Claim['bound'], string>> = { exact: '', approx: '≈ ', lower: '≥ ', upper: '≤ ', range: '' };

function withUnit(n: string, unit: string | null): string {
  if (unit === null) return n;
  if (unit === '%') return `${n}%`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${n}`;
  return `${n} ${unit}`;
}

/** A claim's value in a few characters: "≥ 70,000,000 user / month", "USD 2–3", "▲ 12%". */
export function formatClaimValue(c: Claim): string {
  if (c.value === null) return '?';
  const n = c.upper !== null && c.upper !== c.value ? `${NUMBER.format(c.value)}–${NUMBER.format(c.upper)}` : NUMBER.format(c.value);
  const change = c.change === 'up' ? '▲ ' : c.change === 'down' ? '▼ ' : '';
  return `${change}${BOUND_SIGN[c.bound]}${withUnit(n, c.unit)}${c.per ? ` / ${c.per}` : ''}`;
}

/** Everything known about a claim, one fact a line: the hover text of its underline. */
export function describeClaim(c: Claim): string {
  const lines = [`${formatClaimValue(c)}`];
  if (c.bound !== 'exact') lines.push(`bound: ${c.bound}`);
  if (c.change) lines.push(`change: ${c.change}`);
  if (c.time) lines.push(`time: ${c.time.text}`);
  lines.push(`source: ${c.source ?? 'the article itself'}`);
  lines.push(`check-worthiness: ${c.checkworthiness.toFixed(2)}${c.features.length ? ` (${c.features.join(', ')})` : ''}`);
  return lines.join('\n');
}

/** "Alex Stamos (Facebook's former privacy chief)", or "unknown speaker". */
export function speakerLabel(q: Quote): string {
  if (!q.speaker) return 'unknown speaker';
  return q.speaker.role ? `${q.speaker.name} (${q.speaker.role})` : q.speaker.name;
}

/** At most `max` characters of a text on one line, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const one = text.split(/\s+/).filter(Boolean).join(' ');
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}
