import { isCloser, isSpace, isTerminal } from './chars.js';

const NEEDLES = ['://', 'www.', '@'];

/**
 * Web addresses and e-mail addresses are opaque. Finds every token in [start, end) that holds "://", starts
 * with "www." or is name@host.tld, and returns [token start, index where its trailing punctuation begins] for
 * each, in order (a stop after the address still counts), flat: [s0, e0, s1, e1, ...], an array of small integers
 * whatever the text. Native searches over the range find the candidates; each token is read at most once.
 */
export function protectedRanges(norm: string, start: number, end: number): number[] {
  const text = norm.slice(start, end);
  const hits: number[] = [];
  for (const needle of NEEDLES) {
    for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + needle.length)) hits.push(start + k);
  }
  const out: number[] = [];
  if (hits.length === 0) return out;
  hits.sort((a, b) => a - b);
  let covered = start;
  for (const h of hits) {
    if (h < covered) continue;
    let s = h;
    while (s > covered && !isSpace(norm.charCodeAt(s - 1))) s--;
    let e = h;
    let at = -1;
    let dotAfterAt = false;
    let url = false;
    for (; e < end; e++) {
      const c = norm.charCodeAt(e);
      if (isSpace(c)) break;
      if (c === 64 && at < 0) at = e;
      else if (c === 46 && at >= 0 && e > at + 1) dotAfterAt = true;
      else if (c === 58 && norm.charCodeAt(e + 1) === 47 && norm.charCodeAt(e + 2) === 47) url = true;
    }
    for (let q = s; q < e; q++) {
      const c = norm.charCodeAt(q);
      if (c === 58 && norm.charCodeAt(q + 1) === 47 && norm.charCodeAt(q + 2) === 47) url = true;
      if (c === 64 && (at < 0 || q < at)) at = q;
      if (c !== 40 && c !== 34 && c !== 39 && c !== 60 && c !== 91 && c !== 0x201c && c !== 0x2018) {
        if (norm.startsWith('www.', q) || norm.startsWith('WWW.', q)) url = true;
        break;
      }
    }
    covered = e;
    if (!url && !(at > s && dotAfterAt)) continue;
    let core = e;
    while (core > s && (isTerminal(norm.charCodeAt(core - 1)) || isCloser(norm.charCodeAt(core - 1)) ||
      norm.charCodeAt(core - 1) === 44 || norm.charCodeAt(core - 1) === 59 || norm.charCodeAt(core - 1) === 58)) core--;
    out.push(s, core);
  }
  return out;
}
