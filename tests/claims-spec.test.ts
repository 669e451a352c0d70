import { describe, expect, test } from 'vitest';
import { CURRENCY_MODEL, loadCases, NUMBER_MODEL, PERCENT_MODEL, RANGE_MODEL, passRate, runModel, scoreCorpus } from '../scripts/numbers-spec.js';
import { CORPUS, HAS_SHARED } from './helpers.js';

/** Pass-rate floors on Recognizers-Text's English specs (../shared/external/numbers); they may only rise. */
const FLOORS: Array<[typeof NUMBER_MODEL, number]> = [
  [NUMBER_MODEL, 0.98],
  [PERCENT_MODEL, 1.0],
  [CURRENCY_MODEL, 0.97],
  [RANGE_MODEL, 0.94],
];

describe.skipIf(!HAS_SHARED)('claims: Recognizers-Text spec floors (needs ../shared)', () => {
  test.each(FLOORS.map(([m, f]) => [m.name, m, f] as const))('%s pass rate stays at or above its floor', (_name, model, floor) => {
    const cases = loadCases(model);
    expect(cases).not.toBeNull();
    expect(passRate(runModel(model, cases!))).toBeGreaterThanOrEqual(floor);
  });
});

describe('claims: quantities against the corpus gold claims', () => {
  const s = scoreCorpus(CORPUS);
  const recall = s.found / Math.max(1, s.gold);
  const precision = s.found / Math.max(1, s.found + s.falsePositives);
  test.skipIf(s.gold === 0)('recall, F1, unit and bound accuracy stay at or above their floors', () => {
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.94);
    expect(s.unitRight / s.found).toBeGreaterThanOrEqual(0.95);
    expect(s.boundRight / s.found).toBeGreaterThanOrEqual(0.97);
  });
});
