/**
 * The dateline at the start of a wire story's first body paragraph: "CHICAGO (Metro Wire) —",
 * "WASHINGTON, March 3 (AP) -", "London, March 3 (Reuters) -", "BOSTON, March 3, 2026 /PRNewswire/ --".
 * Returns the length of the dateline (its dash included), or 0 when there is none.
 */
export function datelineLength(p: string): number {
  const sep = findSeparator(p.slice(0, 120));
  if (sep === null) return 0;
  const prefix = p.slice(0, sep.index).trim();
  if (prefix.length < 2 || prefix.split(/\s+/).length > 12) return 0;
  const placeEnd = firstOf(prefix, [',', '(', '/']);
  const place = prefix.slice(0, placeEnd).trim();
  const placeWords = place.split(/\s+/).filter(Boolean);
  const shouting = placeWords.length > 0 && placeWords.length <= 5 &&
    placeWords.every((w) => w === w.toUpperCase()) && /[A-Z].*[A-Z]/.test(place);
  const agency = /\)$/.test(prefix) || /\/$/.test(prefix);
  const capitalised = /^[A-Z]/.test(place) && placeWords.length <= 4;
  if (!shouting && !(agency && capitalised)) return 0;
  return sep.index + sep.length;
}

function firstOf(s: string, chars: readonly string[]): number {
  let best = s.length;
  for (const c of chars) {
    const at = s.indexOf(c);
    if (at >= 0 && at < best) best = at;
  }
  return best;
}

/** The first em or en dash (or a horizontal bar, "WASHINGTON ―"), "--", or a hyphen standing between spaces. */
function findSeparator(head: string): { index: number; length: number } | null {
  for (let i = 1; i < head.length; i++) {
    const c = head[i];
    if (c === '\u2014' || c === '\u2013' || c === '\u2015') return { index: i, length: 1 };
    if (c === '-' && head[i + 1] === '-') return { index: i, length: 2 };
    if (c === '-' && head[i - 1] === ' ' && head[i + 1] === ' ') return { index: i, length: 1 };
  }
  return null;
}
