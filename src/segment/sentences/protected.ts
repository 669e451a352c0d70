import { isCloser, isSpace, isTerminal } from './chars.js';

/**
 * Web addresses and e-mail addresses are opaque: if the token starting at `p` is one ("https://…", "www.…",
 * "name@host.tld"), returns the index where its trailing punctuation begins (a stop after the address still
 * counts); otherwise -1. Reads the token once.
 */
export function protectedEnd(norm: string, p: number, end: number): number {
  let e = p;
  let url = norm.startsWith('www.', p);
  let at = -1;
  let dotAfterAt = false;
  while (e < end) {
    const c = norm.charCodeAt(e);
    if (isSpace(c)) break;
    if (c === 58 && norm.charCodeAt(e + 1) === 47 && norm.charCodeAt(e + 2) === 47) url = true;
    else if (c === 64) at = e;
    else if (c === 46 && at >= 0 && e > at + 1) dotAfterAt = true;
    e++;
  }
  if (!url && !(at > p && dotAfterAt)) return -1;
  while (e > p && (isTerminal(norm.charCodeAt(e - 1)) || isCloser(norm.charCodeAt(e - 1)) ||
    norm.charCodeAt(e - 1) === 44 || norm.charCodeAt(e - 1) === 59 || norm.charCodeAt(e - 1) === 58)) e--;
  return e;
}
