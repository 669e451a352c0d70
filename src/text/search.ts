/**
 * Index of the first item whose key is at or after `pos`, in items sorted by that key (items.length when none).
 * The one binary search of the project: offsets of tokens, mentions and quotation spans are all looked up here.
 */
export function firstAtOrAfter<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
