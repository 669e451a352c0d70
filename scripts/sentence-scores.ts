/// <reference types="node" />
/**
 * The sentence-boundary suites in ../shared/external/sentences, and their scoring: a case passes when the
 * splitter's sentences, whitespace folded, equal the expected ones (or the `alt_expected` ones). The text is never
 * changed, so cases that expect a cleaned text (markup or runs of dots removed) cannot pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/segment/sentences/index.js';
import { normalize } from '../src/text/normalize.js';
import { foldSpace, trimRange } from '../src/text/span.js';

export interface SentenceCase {
  id: string;
  name: string;
  input: string;
  expected: string[];
  alt: string[] | null;
}

export interface Suite {
  name: string;
  file: string;
  target: number;
  cases: SentenceCase[];
}

export interface Failure {
  id: string;
  name: string;
  input: string;
  expected: string[];
  got: string[];
}

export interface SuiteScore {
  name: string;
  passed: number;
  total: number;
  target: number;
  failures: Failure[];
}

const SUITES: ReadonlyArray<{ name: string; file: string; target: number }> = [
  { name: 'Golden Rules', file: 'golden_en.json', target: 48 },
  { name: 'further cases', file: 'ps_segment_en.json', target: 110 },
  { name: 'news checks', file: 'news_checks.json', target: 34 },
];

/** The three suites, or null when the directory is absent. */
export function loadSuites(dir: string): Suite[] | null {
  if (!existsSync(join(dir, SUITES[0]!.file))) return null;
  return SUITES.map(({ name, file, target }) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<Record<string, unknown>>;
    const cases = raw.map((r, k) => ({
      id: String(r.id ?? k + 1),
      name: String(r.name ?? r.category ?? ''),
      input: String(r.input),
      expected: r.expected as string[],
      alt: (r.alt_expected as string[] | undefined) ?? null,
    }));
    return { name, file, target, cases };
  });
}

/** Our splitter on a whole text, as the pipeline runs it: on the normalised copy, ranges trimmed, cut from the input. */
export function ourSentences(text: string): string[] {
  const norm = normalize(text);
  const out: string[] = [];
  for (const [s0, e0] of splitSentences(norm, 0, norm.length)) {
    const [s, e] = trimRange(norm, s0, e0);
    if (s < e) out.push(text.slice(s, e));
  }
  return out;
}

const same = (got: string[], want: string[]): boolean => {
  const w = want.map(foldSpace).filter((x) => x.length > 0);
  const g = got.map(foldSpace).filter((x) => x.length > 0);
  return g.length === w.length && g.every((x, k) => x === w[k]);
};

export function scoreSuite(suite: Suite, split: (text: string) => string[]): SuiteScore {
  const failures: Failure[] = [];
  let passed = 0;
  for (const c of suite.cases) {
    const got = split(c.input);
    if (same(got, c.expected) || (c.alt !== null && same(got, c.alt))) passed++;
    else failures.push({ id: c.id, name: c.name, input: c.input, expected: c.expected, got });
  }
  return { name: suite.name, passed, total: suite.cases.length, target: suite.target, failures };
}
