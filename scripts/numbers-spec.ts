/// <reference types="node" />
/**
 * Runs Microsoft Recognizers-Text's English spec cases (../shared/external/numbers) through whosaid's number
 * parser and quantity finder, and prints the pass rate of each model; compromise's score is printed beside it.
 *
 *   npm run numbers:spec                 pass rates
 *   npm run numbers:spec -- --verbose    and every failing case
 *   npm run numbers:spec -- --no-compromise   without compromise's scores beside ours
 *   npm run numbers:spec -- --corpus     also the project's corpus/: quantities against the gold claims
 *   npm run numbers:spec -- --bench      also findQuantities' speed on ../shared's Wikinews articles (MB/s, scaling)
 *
 * A case passes when the values found equal the values expected, in order (and, for currency, the ISO code;
 * for ranges, the interval's ends). Expected mentions that carry no value (a bare "dollar") are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scanNumbers } from '../src/claims/numbers.js';
import { carryUnits, findQuantities, type Quantity } from '../src/claims/quantities.js';
import { normalize } from '../src/text/normalize.js';
import { segment } from '../src/segment/index.js';

export const SPEC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'external', 'numbers');

export interface SpecCase {
  Input: string;
  Results: Array<{ Text: string; TypeName: string; Resolution: Record<string, string | null> | null; Start: number; End: number }>;
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

/** What a case's result is compared on: a value, and a unit or an interval. */
export interface Found {
  value: number | null;
  upper?: number | null;
  unit?: string | null;
}

export interface Model {
  name: string;
  file: string;
  /** Our findings for one input. */
  ours: (input: string) => Found[];
  /** The spec's expectations for one case, mapped to the same form. */
  expected: (c: SpecCase) => Found[];
  same: (a: Found, b: Found) => boolean;
}

const close = (a: number | null | undefined, b: number | null | undefined): boolean => {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (a === b) return true;
  const d = Math.abs(a - b);
  return d <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) || d < 1e-12;
};

export const NUMBER_MODEL: Model = {
  name: 'NumberModel',
  file: 'Number/English/NumberModel.json',
  ours: (input) => scanNumbers(normalize(input))
    .filter((m) => m.kind !== 'ordinal' && m.suffix === null)
    .map((m) => ({ value: m.value })),
  expected: (c) => c.Results.map((r) => ({ value: numberOrNull(r.Resolution?.value) })).filter((f) => f.value !== null),
  same: (a, b) => close(a.value, b.value),
};

function numberOrNull(s: string | null | undefined): number | null {
  if (s === null || s === undefined || s === 'null') return null;
  const n = Number(s.replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

const quantities = (input: string): Quantity[] => findQuantities(normalize(input));

export const PERCENT_MODEL: Model = {
  name: 'PercentModel',
  file: 'Number/English/PercentModel.json',
  ours: (input) => quantities(input).filter((q) => q.unit === '%').map((q) => ({ value: q.value })),
  expected: NUMBER_MODEL.expected,
  same: NUMBER_MODEL.same,
};

/** Recognizers-Text currency names to ISO 4217, and subunits to their unit. */
const CURRENCY_NAMES: Record<string, { code: string; factor?: number; alt?: string[] }> = {
  Dollar: { code: 'USD' }, Cent: { code: 'USD', factor: 0.01 }, Pound: { code: 'GBP' }, Pence: { code: 'GBP', factor: 0.01 },
  Penny: { code: 'GBP', factor: 0.01 }, Franc: { code: 'CHF', alt: ['FRF'] }, Peseta: { code: 'ESP' }, 'Finnish markka': { code: 'FIM' },
  'Netherlands guilder': { code: 'NLG' }, Rupee: { code: 'INR' }, Bitcoin: { code: 'BTC' }, Satoshi: { code: 'BTC', factor: 1e-8 },
  Euro: { code: 'EUR' }, 'British pound': { code: 'GBP' },
};

export const CURRENCY_MODEL: Model = {
  name: 'CurrencyModel',
  file: 'NumberWithUnit/English/CurrencyModel.json',
  ours: (input) => quantities(input).filter((q) => q.unit !== null && /^[A-Z]{3}$/.test(q.unit) && q.rule.includes('money'))
    .map((q) => ({ value: q.value, unit: q.unit })),
  expected: (c) => c.Results.flatMap((r) => {
    const v = numberOrNull(r.Resolution?.value);
    if (v === null) return [];
    const iso = r.Resolution?.isoCurrency ?? null;
    const name = CURRENCY_NAMES[r.Resolution?.unit ?? ''];
    if (iso !== null) return [{ value: v, unit: iso }];
    if (name !== undefined) return [{ value: v * (name.factor ?? 1), unit: [name.code, ...(name.alt ?? [])].join('|') }];
    return [{ value: v, unit: r.Resolution?.unit ?? null }];
  }),
  same: (a, b) => close(a.value, b.value) && (b.unit ?? '').split('|').includes(a.unit ?? ''),
};

/** "(20,35]" -> [20, 35]; "[3965,)" -> [3965, null]. Open and closed ends are not told apart. */
function interval(s: string | null | undefined): Found | null {
  const m = /^[[(](-?[\d.]*),(-?[\d.]*)[\])]$/.exec(s ?? '');
  if (m === null) return null;
  return { value: m[1] === '' ? null : Number(m[1]), upper: m[2] === '' ? null : Number(m[2]) };
}

export const RANGE_MODEL: Model = {
  name: 'NumberRangeModel',
  file: 'Number/English/NumberRangeModel.json',
  ours: (input) => quantities(input).flatMap((q): Found[] => {
    if (q.bound === 'range') return [{ value: q.value, upper: q.upper }];
    if (q.bound === 'lower') return [{ value: q.value, upper: null }];
    if (q.bound === 'upper') return [{ value: null, upper: q.value }];
    if (q.rule.includes('bound:equal')) return [{ value: q.value, upper: q.value }];
    return [];
  }),
  expected: (c) => c.Results.map((r) => interval(r.Resolution?.value)).filter((f): f is Found => f !== null),
  same: (a, b) => close(a.value, b.value) && close(a.upper, b.upper),
};

export const MODELS: Model[] = [NUMBER_MODEL, PERCENT_MODEL, CURRENCY_MODEL, RANGE_MODEL];

export function loadCases(model: Model): SpecCase[] | null {
  const p = join(SPEC_DIR, model.file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as SpecCase[]) : null;
}

export interface CaseResult { input: string; pass: boolean; expected: Found[]; got: Found[] }

export function runModel(model: Model, cases: SpecCase[]): CaseResult[] {
  return cases.map((c) => {
    const expected = model.expected(c);
    const got = model.ours(c.Input);
    const pass = expected.length === got.length && expected.every((e, k) => model.same(got[k]!, e));
    return { input: c.Input, pass, expected, got };
  });
}

export function passRate(results: CaseResult[]): number {
  return results.length === 0 ? 0 : results.filter((r) => r.pass).length / results.length;
}

const show = (fs: Found[]): string => JSON.stringify(fs.map((f) => (f.upper !== undefined || f.unit !== undefined ? f : f.value)));

interface GoldClaim { text: string; value: number; unit?: string | null; bound?: string; sentence?: string; optional?: boolean; upper?: number }

export interface CorpusScore {
  gold: number; found: number; predicted: number; falsePositives: number; unitRight: number; boundRight: number;
  misses: string[]; wrong: string[]; extra: string[];
}

/** Quantities of every body sentence of every corpus article, held against the gold claims (see GOLD-FORMAT.md). */
export function scoreCorpus(dir: string): CorpusScore {
  const score: CorpusScore = { gold: 0, found: 0, predicted: 0, falsePositives: 0, unitRight: 0, boundRight: 0, misses: [], wrong: [], extra: [] };
  if (!existsSync(dir)) return score;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; claims?: GoldClaim[] };
    const text = readFileSync(join(dir, gold.text), 'utf8');
    const norm = normalize(text);
    const structure = segment(text, norm);
    const body = new Set(structure.paragraphs.filter((p) => p.zone === 'body' && p.duplicateOf === null).map((p) => p.index));
    const qs = carryUnits(structure.sentences.filter((s) => body.has(s.paragraph)).map((s) => findQuantities(norm, s.start, s.end))).flat();
    const claims = gold.claims ?? [];
    const spans = claims.map((c) => goldSpans(text, c));
    const used = new Set<number>();
    claims.forEach((c, k) => {
      if (!c.optional) score.gold++;
      const hit = qs.findIndex((q, j) => !used.has(j) && spans[k]!.some(([s, e]) => q.span.start < e && s < q.span.end) && closeEnough(q.value, c.value));
      const name = `${f.replace('.gold.json', '')}: ${JSON.stringify(c.text)}`;
      if (hit < 0) { if (!c.optional) score.misses.push(`${name} ${c.value} ${c.unit ?? ''}`); return; }
      used.add(hit);
      if (c.optional) return;
      score.found++;
      const q = qs[hit]!;
      const unitOk = (q.unit ?? null) === (c.unit ?? null);
      const boundOk = q.bound === (c.bound ?? 'exact');
      if (unitOk) score.unitRight++;
      if (boundOk) score.boundRight++;
      if (!unitOk || !boundOk) score.wrong.push(`${name} unit ${q.unit} (gold ${c.unit ?? null}), bound ${q.bound} (gold ${c.bound ?? 'exact'}) [${q.rule}]`);
    });
    qs.forEach((q, j) => {
      if (used.has(j)) return;
      score.falsePositives++;
      score.extra.push(`${f.replace('.gold.json', '')}: ${JSON.stringify(q.span.text)} ${q.value} ${q.unit ?? ''} [${q.rule}]`);
    });
    score.predicted += qs.length;
  }
  return score;
}

function goldSpans(text: string, c: GoldClaim): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  if (c.sentence !== undefined) {
    const s = text.indexOf(c.sentence);
    if (s >= 0) {
      const i = text.indexOf(c.text, s);
      if (i >= 0) return [[i, i + c.text.length]];
    }
  }
  for (;;) {
    const i = text.indexOf(c.text, from);
    if (i < 0) break;
    out.push([i, i + c.text.length]);
    from = i + 1;
  }
  return out;
}

const closeEnough = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));

/** findQuantities over every sentence of the Wikinews articles: throughput, span checks, and scaling with range size. */
function bench(): void {
  const file = resolve(SPEC_DIR, '..', 'wikinews', 'wikinews.jsonl');
  if (!existsSync(file)) { console.log('bench: ../shared/external/wikinews is absent'); return; }
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text);
  const prepared = docs.map((text) => {
    const norm = normalize(text);
    return { text, norm, sentences: segment(text, norm).sentences.map((x) => [x.start, x.end] as const) };
  });
  const chars = docs.reduce((n, d) => n + d.length, 0);
  let found = 0;
  let bad = 0;
  const run = (): number => {
    const t = performance.now();
    for (const p of prepared) for (const [s, e] of p.sentences) {
      const qs = findQuantities(p.norm, s, e, p.text);
      found += qs.length;
      for (const q of qs) if (p.text.slice(q.span.start, q.span.end) !== q.span.text) bad++;
    }
    return performance.now() - t;
  };
  run();
  found = 0;
  const ms = Math.min(run(), run(), run());
  console.log(`bench: ${docs.length} Wikinews articles, ${(chars / 1e6).toFixed(2)} MB, sentence by sentence: ${(chars / 1e6 / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(0)} ms), ${(found / 3 / docs.length).toFixed(1)} quantities an article, ${bad} bad spans`);
  // one range over ever longer texts: linear time means a flat cost per MB
  const all = prepared.map((p) => p.norm).join('\n\n');
  for (const times of [1, 4, 16]) {
    const big = all.repeat(times);
    const t = performance.now();
    findQuantities(big);
    const took = performance.now() - t;
    console.log(`bench: one range of ${(big.length / 1e6).toFixed(1)} MB: ${took.toFixed(0)} ms, ${(big.length / 1e6 / (took / 1000)).toFixed(1)} MB/s`);
  }
}

/** compromise's readings of the same cases, for comparison: `.numbers()` and `.money()` of one case at a time. */
async function compromiseAdapters(): Promise<Record<string, Model>> {
  const nlp = (await import('compromise')).default;
  const iso: Record<string, string> = {
    dollar: 'USD', dollars: 'USD', usd: 'USD', $: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', '€': 'EUR', pound: 'GBP',
    pounds: 'GBP', gbp: 'GBP', '£': 'GBP', yen: 'JPY', jpy: 'JPY', '¥': 'JPY', yuan: 'CNY', cny: 'CNY', rupee: 'INR',
    rupees: 'INR', inr: 'INR', franc: 'CHF', francs: 'CHF', cent: 'USD', cents: 'USD', pence: 'GBP', peso: 'MXN',
  };
  return {
    NumberModel: {
      ...NUMBER_MODEL,
      ours: (input) => (nlp(input).numbers().json() as Array<{ number?: { num?: number } }>)
        .map((x) => ({ value: typeof x.number?.num === 'number' ? x.number.num : null })).filter((f) => f.value !== null),
    },
    CurrencyModel: {
      ...CURRENCY_MODEL,
      ours: (input) => (nlp(input).money().json() as Array<{ money?: { num?: number; currency?: string } }>)
        .map((x) => {
          const c = (x.money?.currency ?? '').toLowerCase();
          const code = iso[c] ?? (c.length === 3 ? c.toUpperCase() : c);
          const factor = c === 'cent' || c === 'cents' || c === 'pence' ? 0.01 : 1;
          return { value: typeof x.money?.num === 'number' ? x.money.num * factor : null, unit: code };
        }).filter((f) => f.value !== null),
    },
  };
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--corpus')) {
    const c = scoreCorpus(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'corpus'));
    const recall = c.found / Math.max(1, c.gold);
    const precision = c.found / Math.max(1, c.found + c.falsePositives);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    console.log(`corpus quantities: recall ${(100 * recall).toFixed(1)}% (${c.found}/${c.gold}), precision ${(100 * precision).toFixed(1)}% (${c.falsePositives} unmatched), F1 ${(100 * f1).toFixed(1)}%, unit ${(100 * c.unitRight / Math.max(1, c.found)).toFixed(1)}%, bound ${(100 * c.boundRight / Math.max(1, c.found)).toFixed(1)}%`);
    if (args.has('--verbose')) {
      for (const m of c.misses) console.log(`   MISS ${m}`);
      for (const w of c.wrong) console.log(`   WRONG ${w}`);
      for (const x of c.extra) console.log(`   EXTRA ${x}`);
    }
  }
  if (!existsSync(SPEC_DIR)) {
    console.log(`numbers-spec: ${SPEC_DIR} is absent; nothing to run.`);
    return;
  }
  if (args.has('--bench')) bench();
  let compromiseModels: Record<string, Model> | null = null;
  if (!args.has('--no-compromise')) {
    const t = performance.now();
    compromiseModels = await compromiseAdapters();
    console.log(`(compromise imported in ${(performance.now() - t).toFixed(0)} ms; it is given one case at a time)`);
  }
  for (const model of MODELS) {
    const cases = loadCases(model);
    if (cases === null) { console.log(`${model.name}: file missing`); continue; }
    const t0 = performance.now();
    const results = runModel(model, cases);
    const ms = performance.now() - t0;
    const passed = results.filter((r) => r.pass).length;
    let line = `${model.name.padEnd(18)} whosaid ${(100 * passRate(results)).toFixed(1).padStart(5)}%  (${passed}/${results.length}, ${(1000 * ms / cases.length).toFixed(0)} µs a case)`;
    const other = compromiseModels?.[model.name];
    if (other !== undefined) {
      const t1 = performance.now();
      const theirs = runModel(other, cases);
      const ms2 = performance.now() - t1;
      line += `   compromise ${(100 * passRate(theirs)).toFixed(1).padStart(5)}%  (${theirs.filter((r) => r.pass).length}/${theirs.length}, ${(1000 * ms2 / cases.length).toFixed(0)} µs a case)`;
    }
    console.log(line);
    if (args.has('--verbose')) {
      for (const r of results) if (!r.pass) console.log(`   FAIL ${JSON.stringify(r.input)}\n        expected ${show(r.expected)}\n        got      ${show(r.got)}`);
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
