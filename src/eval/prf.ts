/** Counts for one task, and precision / recall / F1 from them. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** A share: right / total, 1 when there is nothing to count. */
export interface Ratio {
  right: number;
  total: number;
}

export const ratio = (r: Ratio): number => (r.total === 0 ? 1 : r.right / r.total);

export function addRatio(a: Ratio, b: Ratio): Ratio {
  return { right: a.right + b.right, total: a.total + b.total };
}

interface Range {
  start: number;
  end: number;
}

/** How much of `a` lies inside `b`, in characters. */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
