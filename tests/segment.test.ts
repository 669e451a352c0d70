import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { HAS_SHARED, readShared } from './helpers.js';

const zonesOf = (text: string) => extract(text).paragraphs.map((p) => p.zone);

describe('segment: zones', () => {
  test.each([
    ['headline, By-line, body', 'Council backs new budget\n\nBy Owen Hughes, Local Democracy Reporter\n\nThe council voted on Tuesday to approve the budget.', ['title', 'byline', 'body']],
    ['a lone name line under the headline is a byline', 'Storm hits coast\n\nHarin\n\nThe storm arrived overnight and cut power to thousands.', ['title', 'byline', 'body']],
    ['Advertisement between paragraphs', 'Storm hits coast\n\nThe storm arrived overnight.\n\nAdvertisement\n\nPower was cut to thousands of homes.', ['title', 'body', 'boilerplate', 'body']],
    ['copyright and share lines', 'Storm hits coast\n\nThe storm arrived overnight.\n\nShare this article\n\n© 2026 Metro Wire. All rights reserved.', ['title', 'body', 'boilerplate', 'boilerplate']],
    ['teasers after Read More', 'Storm hits coast\n\nThe storm arrived overnight.\n\nRead More\n\nMobile- Feb 17, 2026\n\nA teaser headline about phones\n\nA one-line teaser blurb about phones.', ['title', 'body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']],
    ['a subhead between body paragraphs', 'Storm hits coast\n\nThe storm arrived overnight.\n\nWhat happens next\n\nOfficials will meet on Friday.', ['title', 'body', 'heading', 'body']],
    ['a question as a subhead', 'Storm hits coast\n\nThe storm arrived overnight.\n\nWhat happens next?\n\nOfficials will meet on Friday.', ['title', 'body', 'heading', 'body']],
    ['a subhead with a quoted phrase', 'Storm hits coast\n\nThe storm arrived overnight.\n\nStaff \u2018running on empty\u2019\n\nOfficials will meet on Friday.', ['title', 'body', 'heading', 'body']],
    ['negative: a one-line quote paragraph is no subhead', 'Storm hits coast\n\nThe storm arrived overnight.\n\n"We are ready," he said.\n\nOfficials will meet on Friday.', ['title', 'body', 'body', 'body']],
    ['a publication date line', 'Storm hits coast\n\nBy Ann Lee\n\nPublished 14 March 2026\n\nThe storm arrived overnight.', ['title', 'byline', 'dateline', 'body']],
  ])('%s', (_name, text, zones) => {
    expect(zonesOf(text)).toEqual(zones);
  });

  test('negative: a long first paragraph ending in a full stop is no headline', () => {
    expect(zonesOf('The council voted on Tuesday to approve a budget that raises taxes for the first time in a decade, officials said.\n\nMore followed.')[0]).toBe('body');
  });

  test('negative: a sentence under the headline is no byline', () => {
    expect(zonesOf('Storm hits coast\n\nThe storm arrived overnight.')).toEqual(['title', 'body']);
  });

  test('byline names', () => {
    expect(extract('Council backs budget\n\nBy Priya Natarajan and Tom Beck\n\nThe council voted.').byline?.names).toEqual(['Priya Natarajan', 'Tom Beck']);
    expect(extract('Council backs budget\n\nBy Owen Hughes, Local Democracy Reporter\n\nThe council voted.').byline?.names).toEqual(['Owen Hughes']);
  });

  test.each([
    ['CHICAGO (Metro Wire) — The city council voted.', 'CHICAGO (Metro Wire) —'],
    ['WASHINGTON, March 3 (AP) - The Senate voted.', 'WASHINGTON, March 3 (AP) -'],
    ['WASHINGTON \u2015 The Senate voted.', 'WASHINGTON \u2015'],
    ['London, March 3 (Reuters) - Shares fell.', 'London, March 3 (Reuters) -'],
    ['NEW YORK — Stocks rose.', 'NEW YORK —'],
    ['BOSTON, March 3, 2026 /PRNewswire/ -- Acme Inc. today announced a deal.', 'BOSTON, March 3, 2026 /PRNewswire/ --'],
  ])('dateline: %s', (body, dateline) => {
    expect(extract(`Headline here\n\n${body}`).dateline?.text).toBe(dateline);
  });

  test.each([
    ['US officials said — in a rare move — that talks failed.'],
    ['The mayor — who was re-elected — spoke.'],
  ])('negative dateline: %s', (body) => {
    expect(extract(`Headline here\n\n${body}`).dateline).toBeNull();
  });

  test('a repeated paragraph points at the first one', () => {
    const a = extract('Storm hits coast\n\nThe storm arrived overnight and cut power.\n\nThe storm  arrived overnight\nand cut power.\n\nMore later.');
    expect(a.paragraphs.map((p) => p.duplicateOf)).toEqual([null, null, 1, null]);
    expect(a.warnings.map((w) => w.code)).toContain('duplicate-paragraph');
  });
});

describe.skipIf(!HAS_SHARED)('segment: the seed article (../shared)', () => {
  const text = readShared('corpus/seed/facebook-messages.txt') ?? '';
  const a = extract(text);
  test('title, byline, repeated lede, everything from Read More on', () => {
    expect(a.title?.text).toBe('Facebook Allowed Netflix, Spotify To Access Users Private Messages');
    expect(a.byline?.names).toEqual(['Harin']);
    const dups = a.paragraphs.filter((p) => p.duplicateOf !== null);
    expect(dups).toHaveLength(1);
    expect(dups[0]!.text.startsWith('Facebook has admitted')).toBe(true);
    const readMore = a.paragraphs.findIndex((p) => p.text === 'Read More');
    expect(readMore).toBeGreaterThan(0);
    for (const p of a.paragraphs.slice(readMore)) expect(p.zone, p.text).toBe('boilerplate');
    for (const p of a.paragraphs.slice(2, readMore)) expect(p.zone, p.text).toBe('body');
  });
});
