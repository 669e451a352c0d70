import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FLOORS_PATH, ROOT, SHARED, headline, polnearHeadline, runGoldFolder, runPolnear } from '../scripts/corpus-eval.js';
import { HAS_SHARED } from './helpers.js';
import { join } from 'node:path';

const floors: Record<string, Record<string, number>> = existsSync(FLOORS_PATH) ? JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) : {};

describe('eval: scores never fall below their committed floors (npm run eval -- --update-floors raises them)', () => {
  test('corpus/', () => {
    const r = runGoldFolder('corpus', join(ROOT, 'corpus'));
    expect(r, 'corpus/ has gold articles').not.toBeNull();
    const now = headline(r!);
    for (const [k, floor] of Object.entries(floors.corpus ?? {})) expect(now[k], k).toBeGreaterThanOrEqual(floor);
  });
  test.skipIf(!HAS_SHARED)('seed article (../shared)', () => {
    const now = headline(runGoldFolder('seed', join(SHARED, 'corpus', 'seed'))!);
    for (const [k, floor] of Object.entries(floors.seed ?? {})) expect(now[k], k).toBeGreaterThanOrEqual(floor);
  });
  test.skipIf(!HAS_SHARED)('PolNeAR dev (../shared)', () => {
    const now = polnearHeadline(runPolnear()!);
    for (const [k, floor] of Object.entries(floors.polnear ?? {})) expect(now[k], k).toBeGreaterThanOrEqual(floor);
  });
});
