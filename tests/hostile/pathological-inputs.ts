/**
 * Pathological inputs, each a deterministic function of its size in UTF-16 code units, and ordinary news text of
 * any size to compare them with. Shared by tests/hostile/pathological.test.ts (generous time guards) and
 * scripts/bench-pathological.ts (throughput figures).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, SHARED } from '../helpers.js';

export const MB = 1_000_000;

/** A small seeded generator (mulberry32): the same input every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Repeats `unit` (or calls it) until `size` code units, cut at exactly `size`. */
function fill(size: number, unit: string | ((i: number) => string)): string {
  if (typeof unit === 'string') return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const s = unit(i);
    parts.push(s);
    n += s.length;
  }
  return cutAt(parts.join(''), size);
}

/** s cut to `size` code units, never between the two halves of a surrogate pair. */
function cutAt(s: string, size: number): string {
  if (s.length <= size) return s;
  const c = s.charCodeAt(size - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? size - 1 : size);
}

let ordinaryCache: { source: string; text: string } | null = null;

/**
 * Ordinary news text: the Wikinews articles of ../shared concatenated (blank line between articles), or the
 * project's corpus/ when ../shared is absent. `source` says which.
 */
export function ordinarySource(): { source: string; text: string } {
  if (ordinaryCache) return ordinaryCache;
  const wikinews = join(SHARED, 'external/wikinews/wikinews.jsonl');
  if (existsSync(wikinews)) {
    const texts = readFileSync(wikinews, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const o = JSON.parse(l) as { title?: string; text: string };
      return o.title ? `${o.title}\n\n${o.text}` : o.text;
    });
    ordinaryCache = { source: 'Wikinews (../shared)', text: texts.join('\n\n') };
  } else {
    const texts = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    ordinaryCache = { source: 'corpus/', text: texts.join('\n\n') };
  }
  return ordinaryCache;
}

/** `size` code units of ordinary news text, the source repeated as needed. */
export function ordinaryText(size: number): string {
  const { text } = ordinarySource();
  return fill(size, `${text}\n\n`);
}

export interface Pathological {
  name: string;
  /** Size in code units the issue names for it. */
  size: number;
  make: (size: number) => string;
}

const QUOTES = ['"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb'];

/** The inputs of issue 7, at the sizes it names (roughly, for those it gives as counts). */
export const PATHOLOGICAL: readonly Pathological[] = [
  { name: '1 MB of straight quote marks', size: MB, make: (n) => fill(n, '"') },
  {
    name: '1 MB of mixed quote marks',
    size: MB,
    make: (n) => {
      const r = prng(1);
      return fill(n, () => QUOTES[Math.floor(r() * QUOTES.length)]!);
    },
  },
  {
    name: '1 MB with no spaces',
    size: MB,
    make: (n) => fill(n, 'Thecompanysaid"itwouldcut5%ofjobs,"accordingtoMs.Lee.Prices(up$1.5bn)rose;'),
  },
  { name: '1 MB of one letter', size: MB, make: (n) => fill(n, 'a') },
  { name: '100,000 short lines', size: 100_000 * 10, make: (n) => fill(n, (i) => `Line ${i % 1000}.\n`) },
  {
    name: 'one 2 MB sentence',
    size: 2 * MB,
    make: (n) => fill(n, (i) => (i % 7 === 0 ? 'Ann Lee said that the company, ' : 'which grew 5% in 2025 and ')) + '.',
  },
  {
    name: '10,000 nested quotes',
    size: 10_000 * 4,
    make: (n) => {
      const depth = Math.floor(n / 4);
      return `${'\u201c\u2018'.repeat(depth / 2)}said${'\u2019\u201d'.repeat(depth / 2)}`;
    },
  },
  {
    name: '10,000 unbalanced quotes',
    size: 10_000 * 12,
    make: (n) => {
      const r = prng(2);
      return fill(n, () => `${QUOTES[Math.floor(r() * QUOTES.length)]}Yes, he `);
    },
  },
  { name: '"said" 10,000 times', size: 10_000 * 5, make: (n) => fill(n, 'said ') },
  { name: '"X said" 10,000 times in quotes', size: 10_000 * 16, make: (n) => fill(n, '"No," Lee said. ') },
  // Every quote is a candidate the overlap filter must weigh against those kept: no pairwise comparison.
  { name: '20,000 quoted paragraphs', size: 20_000 * 48, make: (n) => fill(n, (i) => `"we will look at item ${i} again," Lee said.\n\n`) },
  { name: 'a whole article in capitals', size: MB, make: (n) => ordinaryText(n).toUpperCase() },
  {
    name: 'a table of numbers',
    size: MB,
    make: (n) => {
      const r = prng(3);
      const cell = (): string => {
        const v = r() * 1e6;
        const k = Math.floor(r() * 5);
        return k === 0 ? v.toFixed(2) : k === 1 ? `${(v / 1e4).toFixed(1)}%` : k === 2 ? `$${Math.round(v).toLocaleString('en-US')}` :
          k === 3 ? `${Math.round(v)}-${Math.round(v) + 9}` : `2026-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
      };
      return fill(n, () => `${cell()} | ${cell()} | ${cell()} | ${cell()}\n`);
    },
  },
  {
    name: 'base64 blobs',
    size: MB,
    make: (n) => {
      const r = prng(4);
      const bytes = new Uint8Array(Math.ceil(n * 0.75));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r() * 256);
      const b64 = Buffer.from(bytes).toString('base64');
      // Half as 76-character lines (MIME), half as one long line (a data: URI).
      const half = Math.floor(n / 2);
      const lines = (b64.slice(0, half).match(/.{1,76}/g) ?? []).join('\n');
      return cutAt(`${lines}\n\ndata:image/png;base64,${b64.slice(half)}`, n);
    },
  },
  {
    name: 'HTML soup',
    size: MB,
    make: (n) => fill(n, (i) => `<div class="c${i % 9}"><p>&ldquo;Yes,&rdquo; <a href="/x?a=1&b=2">said</a> Lee.</p></div>\n`),
  },
  {
    name: 'emoji and RTL',
    size: MB,
    make: (n) => fill(n, '\u202e«مرحبا» قال 👨‍👩‍👧‍👦 "שלום," אמר 🇺🇸 '),
  },
];
