import type { Candidate } from './candidate.js';

const PRIORITY: Readonly<Record<string, number>> = { direct: 3, mixed: 2, indirect: 1 };

const overlap = (a: Candidate, b: Candidate): boolean =>
  a.parts.some(([s1, e1]) => b.parts.some(([s2, e2]) => s1 < e2 && s2 < e1));

/**
 * One quote per stretch of text: where two candidates share content, the direct quote wins over reported
 * speech, then the more confident, then the earlier cue. Missing quotes (no parts) never collide.
 */
export function removeOverlaps(cands: readonly Candidate[]): Candidate[] {
  // Among missing quotes of one sentence, the cue nearest the colon ("posted a tweet ..., which reads:").
  const ranked = [...cands].sort((a, b) =>
    (PRIORITY[b.kind]! - PRIORITY[a.kind]!) || (b.confidence - a.confidence) || ((a.parts[0]?.[0] ?? 0) - (b.parts[0]?.[0] ?? 0)) ||
    ((b.cue?.from ?? 0) - (a.cue?.from ?? 0)));
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.parts.length > 0 && kept.some((k) => overlap(k, c))) continue;
    if (c.parts.length === 0 && kept.some((k) => k.parts.length === 0 && k.sentence === c.sentence)) continue;
    kept.push(c);
  }
  return kept;
}
