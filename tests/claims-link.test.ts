import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const claimsOf = (body: string) => extract(`A headline for the story\n\n${body}`).claims;

describe('claims: what a bare count counts', () => {
  test.each([
    ['the subject of a verb of change', 'Initial claims for unemployment benefits fell by 7,000 to 221,000 last week.', ['7,000', '221,000'], 'claim'],
    ['a subject that stands at a number', 'Registered voters numbered about 48,000 in the county.', ['about 48,000'], 'voter'],
  ])('%s', (_name, body, texts, unit) => {
    const claims = claimsOf(body);
    for (const t of texts) expect(claims.find((c) => c.span.text === t)?.unit, t).toBe(unit);
  });

  test.each([
    ['no verb of change', 'The fund had 7,000 in reserve, the report said.', '7,000'],
    ['a singular subject counts nothing', 'The index fell by 120 to 4,800.', '120'],
  ])('no unit: %s', (_name, body, text) => {
    expect(claimsOf(body).find((c) => c.span.text === text)?.unit ?? null).toBeNull();
  });
});

describe('claims: a bound shared by a list of counts', () => {
  test.each([
    ['"about" before two counts joined by "and"', 'The virus leads to about 109,000 hospitalizations and 900 deaths a year.', '900 deaths a year', 'approx'],
    ['not across a phrase', 'The lender would have about $62 billion in assets and 410 branches.', '410 branches', 'exact'],
  ])('%s', (_name, body, text, bound) => {
    expect(claimsOf(body).find((c) => c.span.text === text)?.bound).toBe(bound);
  });
});
