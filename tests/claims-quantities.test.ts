import { describe, expect, test } from 'vitest';
import { carryUnits, findQuantities, parseQuantity, type Quantity } from '../src/claims/quantities.js';
import { normalize } from '../src/text/normalize.js';

const quantities = (s: string): Quantity[] => findQuantities(normalize(s), 0, s.length, s);

type Want = Partial<Omit<Quantity, 'span'>> & { text: string; rule?: string };

/** The quantity whose span is `want.text`, checked on the fields given. */
function expectQuantity(sentence: string, want: Want): void {
  const qs = quantities(sentence);
  const q = qs.find((x) => x.span.text === want.text);
  expect(q, `${want.text} in ${JSON.stringify(qs.map((x) => x.span.text))}`).toBeDefined();
  const { text: _t, rule, value, upper, ...rest } = want;
  if (value !== undefined) expect(q!.value).toBeCloseTo(value, 6);
  if (upper !== undefined) upper === null ? expect(q!.upper).toBeNull() : expect(q!.upper).toBeCloseTo(upper, 6);
  expect(q).toMatchObject(rest);
  if (rule !== undefined) expect(q!.rule).toContain(rule);
}

describe('findQuantities: money', () => {
  test.each<[string, string, Want]>([
    ['dollar sign and scale word', 'It raised $2.3 billion.', { text: '$2.3 billion', value: 2.3e9, unit: 'USD', bound: 'exact' }],
    ['euro sign and glued "m"', 'The regulator fined it €310m.', { text: '€310m', value: 310e6, unit: 'EUR' }],
    ['pound sign and glued "bn"', 'Profits reached £1.5bn.', { text: '£1.5bn', value: 1.5e9, unit: 'GBP' }],
    ['US$', 'a US$150 million loan', { text: 'US$150 million', value: 150e6, unit: 'USD' }],
    ['HK$', 'sales of HK$580 million', { text: 'HK$580 million', value: 580e6, unit: 'HKD' }],
    ['C$', 'It will spend C$2.4 billion.', { text: 'C$2.4 billion', value: 2.4e9, unit: 'CAD' }],
    ['A$', 'a A$60 fee', { text: 'A$60', value: 60, unit: 'AUD' }],
    ['R$', 'damage of R$1.7 billion', { text: 'R$1.7 billion', value: 1.7e9, unit: 'BRL' }],
    ['CDN$', 'raised nearly CDN$11,000', { text: 'nearly CDN$11,000', value: 11000, unit: 'CAD', bound: 'upper' }],
    ['yen sign', 'a profit of ¥412 billion', { text: '¥412 billion', value: 412e9, unit: 'JPY' }],
    ['currency word', 'They paid 5 million dollars.', { text: '5 million dollars', value: 5e6, unit: 'USD' }],
    ['euros', 'for 323 million euros', { text: '323 million euros', value: 323e6, unit: 'EUR' }],
    ['pounds with a scale', 'profit of 361 million pounds', { text: '361 million pounds', value: 361e6, unit: 'GBP' }],
    ['pounds as money', 'a fine of 500 pounds', { text: '500 pounds', unit: 'GBP' }],
    ['pounds as a weight', 'the child weighed 82 pounds', { text: '82 pounds', unit: 'lb' }],
    ['pounds of something', 'seized 50 pounds of cocaine', { text: '50 pounds', unit: 'lb' }],
    ['yen word', 'five million yen', { text: 'five million yen', value: 5e6, unit: 'JPY' }],
    ['a nationality', '125 million Australian dollars', { text: '125 million Australian dollars', value: 125e6, unit: 'AUD' }],
    ['Swiss francs', 'fined 10,000 Swiss francs', { text: '10,000 Swiss francs', value: 10000, unit: 'CHF' }],
    ['code after', 'It costs 500 USD.', { text: '500 USD', value: 500, unit: 'USD' }],
    ['code before', 'for USD 200', { text: 'USD 200', value: 200, unit: 'USD' }],
    ['code before a scale', 'They lost 75 USD million.', { text: '75 USD million', value: 75e6, unit: 'USD' }],
    ['pence glued', 'charges rise to 53.8p a day', { text: '53.8p a day', value: 0.538, unit: 'GBP', per: 'day' }],
    ['cents', 'earnings of 98 cents a share', { text: '98 cents a share', value: 0.98, unit: 'USD', per: 'share' }],
    ['dollars and cents', 'it cost thirteen dollars and forty-five cents', { text: 'thirteen dollars and forty-five cents', value: 13.45, unit: 'USD' }],
    ['NBSP after the sign', 'a price of $\u00a01,199', { text: '$\u00a01,199', value: 1199, unit: 'USD' }],
    ['a compound rate', 'a 12-cent-a-share dividend', { text: '12-cent-a-share', value: 0.12, unit: 'USD', per: 'share' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));
});

describe('findQuantities: percentages and points', () => {
  test.each<[string, string, Want]>([
    ['percent sign', 'Sales rose 4.1% in May.', { text: '4.1%', value: 4.1, unit: '%', change: 'up' }],
    ['per cent', 'between 20 and 30 per cent', { text: 'between 20 and 30 per cent', value: 20, upper: 30, unit: '%', bound: 'range' }],
    ['percentage points', 'down 1.1 percentage points', { text: '1.1 percentage points', value: 1.1, unit: 'percentage point', change: 'down' }],
    ['points that change', "Labour's share falls by almost nine points.", { text: 'almost nine points', value: 9, unit: 'percentage point', bound: 'upper', change: 'down' }],
    ['a dash range', 'a 5-10% rise', { text: '5-10%', value: 5, upper: 10, unit: '%', bound: 'range' }],
    ['basis points', 'a cut of 25 basis points', { text: '25 basis points', value: 25, unit: 'basis point' }],
    ['a fraction of a point', 'It slipped a tenth of a percentage point.', { text: 'a tenth of a percentage point', value: 0.1, unit: 'percentage point', change: 'down' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));
});

describe('findQuantities: counted things', () => {
  test.each<[string, string, Want]>([
    ['a scale and a plural', 'over 70 million users', { text: 'over 70 million users', value: 70e6, unit: 'user', bound: 'lower' }],
    ['jobs', 'It will cut 1,200 jobs.', { text: '1,200 jobs', value: 1200, unit: 'job', change: 'down' }],
    ['people', 'about 350 people fled', { text: 'about 350 people', value: 350, unit: 'person', bound: 'approx' }],
    ['modifiers before the noun', '31 long-term drinking water advisories', { text: '31 long-term drinking water advisories', unit: 'advisory' }],
    ['quoted modifier', "an estimated 3.7 million 'smart' meters", { text: "an estimated 3.7 million 'smart' meters", unit: 'meter', bound: 'approx' }],
    ['"more" before the noun is a change', '2.7 million more families', { text: '2.7 million more families', unit: 'family', change: 'up' }],
    ['a compound noun', '38 food banks opened', { text: '38 food banks', unit: 'food bank' }],
    ['a list of people', 'More than 150 parents and students came.', { text: 'More than 150 parents', unit: 'person', bound: 'lower' }],
    ['a part of a whole', 'seven of its 24 libraries', { text: 'seven', value: 7, unit: 'library' }],
    ['a capitalised name before the noun', '0.82 Great Plains shares', { text: '0.82 Great Plains shares', unit: 'share' }],
    ['"majority of"', 'He won with a majority of 6,540.', { text: '6,540', unit: 'vote' }],
    ['"Majority:"', 'Majority: 3,118', { text: '3,118', unit: 'vote' }],
    ['a results listing', 'Dean Whitlow (Reform UK) 12,847 (41.1%)', { text: '12,847', unit: 'vote' }],
    ['a place count is no antecedent', 'It runs 610 stores in 38 states and will keep roughly 565', { text: 'roughly 565', unit: 'store' }],
    ['a bare count after a counted one', 'Almost 9,300 households wait, about 6,800 of them', { text: 'about 6,800', unit: 'household', rule: 'inherit' }],
    ['vague plural scales', 'tens of thousands of people', { text: 'tens of thousands of people', value: 10000, unit: 'person', bound: 'lower', rule: 'vague' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));
});

describe('findQuantities: measures and durations', () => {
  test.each<[string, string, Want]>([
    ['kilometres', 'about 470 million km', { text: 'about 470 million km', value: 470e6, unit: 'km', bound: 'approx' }],
    ['glued Celsius', 'temperatures above 40C', { text: 'above 40C', value: 40, unit: '°C', bound: 'lower' }],
    ['degrees Celsius', '40 degrees Celsius', { text: '40 degrees Celsius', value: 40, unit: '°C' }],
    ['degree sign', 'around 88°F', { text: 'around 88°F', value: 88, unit: '°F', bound: 'approx' }],
    ['mph', 'winds up to 70 mph', { text: 'up to 70 mph', value: 70, unit: 'mph', bound: 'upper' }],
    ['acres', 'an estimated 14,300 acres', { text: 'an estimated 14,300 acres', value: 14300, unit: 'acre', bound: 'approx' }],
    ['tonnes', 'roughly 14 tonnes', { text: 'roughly 14 tonnes', unit: 'tonne', bound: 'approx' }],
    ['a speed', 'roughly 1,100 metres per second', { text: 'roughly 1,100 metres per second', unit: 'm/s', per: null }],
    ['gigabytes', '3 gigabytes of data', { text: '3 gigabytes', unit: 'GB' }],
    ['a dash range with a unit', '55 to 75 mph', { text: '55 to 75 mph', value: 55, upper: 75, unit: 'mph', bound: 'range' }],
    ['years', 'for 31 years', { text: '31 years', value: 31, unit: 'year' }],
    ['decades', 'two decades', { text: 'two decades', value: 20, unit: 'year' }],
    ['"a" with a bound', 'more than a decade', { text: 'more than a decade', value: 10, unit: 'year', bound: 'lower' }],
    ['"a" with a bound after', 'runs of a mile or more', { text: 'a mile or more', value: 1, unit: 'mi', bound: 'lower' }],
    ['"every"', 'once every two years', { text: 'two years', value: 2, unit: 'year' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));
});

describe('findQuantities: compound adjectives', () => {
  test.each<[string, string, Want]>([
    ['a scale and a noun', 'the 50-million-user platform', { text: '50-million-user', value: 50e6, unit: 'user', rule: 'compound' }],
    ['inches', 'a 3-inch screen', { text: '3-inch', value: 3, unit: 'in' }],
    ['years', 'a 10-year bond', { text: '10-year', value: 10, unit: 'year' }],
    ['spelled months', 'a seven-month journey', { text: 'seven-month', value: 7, unit: 'month' }],
    ['an age', 'the four-year-old company', { text: 'four-year-old', value: 4, unit: 'year' }],
    ['members', 'the 543-member house', { text: '543-member', value: 543, unit: 'member' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));
});

describe('findQuantities: bounds', () => {
  test.each<[string, string, Want]>([
    ['more than', 'more than $600 million', { text: 'more than $600 million', bound: 'lower' }],
    ['at least', 'At least 37 structures burned', { text: 'At least 37 structures', bound: 'lower' }],
    ['topping', 'sales topping $5 billion', { text: 'topping $5 billion', bound: 'lower' }],
    ['nearly', 'nearly 2,000 homes', { text: 'nearly 2,000 homes', bound: 'upper' }],
    ['almost', 'Almost 9,300 households', { text: 'Almost 9,300 households', bound: 'upper' }],
    ['as much as', 'as much as $180 million a year', { text: 'as much as $180 million a year', bound: 'upper', per: 'year' }],
    ['less than', 'less than $12 an hour', { text: 'less than $12 an hour', bound: 'upper', per: 'hour' }],
    ['about', 'about 25,000 people', { text: 'about 25,000 people', bound: 'approx' }],
    ['roughly', 'roughly $1.5bn', { text: 'roughly $1.5bn', bound: 'approx', value: 1.5e9 }],
    ['an estimated', 'an estimated 61,000 people', { text: 'an estimated 61,000 people', bound: 'approx' }],
    ['some', 'some 20 villages', { text: 'some 20 villages', bound: 'approx' }],
    ['or more', 'aged 18 or more', { text: '18 or more', bound: 'lower' }],
    ['and older', 'adults 60 and older', { text: '60 and older', bound: 'lower', unit: 'year' }],
    ['a plus sign', '10,000+ fans', { text: '10,000+ fans', bound: 'lower', unit: 'fan' }],
    ['between', 'between $60 million and $80 million', { text: 'between $60 million and $80 million', value: 60e6, upper: 80e6, bound: 'range', unit: 'USD' }],
    ['from .. to', 'prices from $350 to $680', { text: 'from $350 to $680', value: 350, upper: 680, bound: 'range' }],
    ['a range of scaled numbers', 'an estimated 19 million to 21 million illnesses', { text: 'an estimated 19 million to 21 million illnesses', value: 19e6, upper: 21e6, unit: 'illness', bound: 'range' }],
    ['a scale shared by both ends', 'between 1.5 and 2 billion', { text: 'between 1.5 and 2 billion', value: 1.5e9, upper: 2e9 }],
    ['two bounds make a range', 'more than 10 and less than 40', { text: 'more than 10 and less than 40', value: 10, upper: 40, bound: 'range' }],
    ['"up to" after a movement verb is a change', 'The rate edged up to 4.3%.', { text: '4.3%', bound: 'exact', change: 'up' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));
});

describe('findQuantities: rates', () => {
  test.each<[string, string, Want]>([
    ['a month', '$35 a month', { text: '$35 a month', per: 'month' }],
    ['each month', '$11.99 each month', { text: '$11.99 each month', per: 'month' }],
    ['per month after "of X"', 'over 70 million users of Facebook each month', { text: 'over 70 million users', per: 'month' }],
    ['monthly', 'a $5 monthly fee', { text: '$5 monthly', per: 'month' }],
    ['annually', '£200 annually', { text: '£200 annually', per: 'year' }],
    ['per capita', 'about 2 tonnes per capita', { text: 'about 2 tonnes per capita', per: 'capita' }],
    ['a slash', '$15/hour', { text: '$15/hour', per: 'hour' }],
    ['a share', '$1.09 a share', { text: '$1.09 a share', per: 'share' }],
    ['per share', '$2 per share', { text: '$2 per share', per: 'share' }],
    ['per million people', '300 deaths per million people', { text: '300 deaths per million people', per: 'million people' }],
    ['frames per second', 'more than 240 frames per second', { text: 'more than 240 frames per second', unit: 'frame', per: 'second' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));

  test.each([
    ['a year earlier is a time, not a rate', 'sales of $1.17 billion a year earlier', '$1.17 billion'],
    ['a month ago', 'up from 45% a month ago', '45%'],
  ])('%s', (_n, sentence, text) => {
    const q = quantities(sentence).find((x) => x.span.text === text);
    expect(q?.per).toBeNull();
  });
});

describe('findQuantities: changes', () => {
  test.each<[string, string, Want]>([
    ['rose', 'Revenue rose 6.8% to $4.2 billion.', { text: '6.8%', change: 'up' }],
    ['the level after "to"', 'Revenue rose 6.8% to $4.2 billion.', { text: '$4.2 billion', change: 'up' }],
    ['fell', 'Profit fell 22%.', { text: '22%', change: 'down' }],
    ['up', 'shares were up 3%', { text: '3%', change: 'up' }],
    ['down', 'down 5% on the year', { text: '5%', change: 'down' }],
    ['cut', 'It will cut 1,200 jobs.', { text: '1,200 jobs', change: 'down' }],
    ['the target of "from .. to"', 'the tally fell from 62 to 41', { text: '41', change: 'down' }],
    ['the start of "from .. to"', 'the tally fell from 62 to 41', { text: '62', change: null }],
    ['a change noun after', 'a 5% rise in prices', { text: '5%', change: 'up' }],
    ['fundraising is no change', 'The startup raised $45 million.', { text: '$45 million', change: null }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));

  test('a change verb before "from .. to" makes two quantities, not a range', () => {
    const qs = quantities('It raises the tax on streaming services from 9% to 11%.');
    expect(qs.map((q) => [q.span.text, q.bound, q.change])).toEqual([['9%', 'exact', null], ['11%', 'exact', 'up']]);
  });
});

describe('findQuantities: fractions, ratios, multipliers, scores, ages', () => {
  test.each<[string, string, Want]>([
    ['two-thirds', 'two-thirds of voters', { text: 'two-thirds', value: 2 / 3, unit: null, rule: 'fraction' }],
    ['a third', 'a third of the consultants', { text: 'a third', value: 1 / 3 }],
    ['more than half', 'more than half of them', { text: 'more than half', value: 0.5, bound: 'lower' }],
    ['one in four', 'one in four patients', { text: 'one in four', value: 0.25, unit: null, rule: 'ratio' }],
    ['1 in 20', 'About 1 in 20 had side effects', { text: 'About 1 in 20', value: 0.05, bound: 'approx' }],
    ['fivefold', 'revenue grew fivefold', { text: 'fivefold', value: 5, unit: null, change: 'up', rule: 'multiplier' }],
    ['nearly three times', 'nearly three times the average', { text: 'nearly three times', value: 3, unit: null, bound: 'upper' }],
    ['four times as a count', 'It flooded four times.', { text: 'four times', value: 4, unit: 'time' }],
    ['a score', 'Liverpool won 3-1 on Sunday.', { text: '3-1', value: 3, other: 1, rule: 'score' }],
    ['a vote tally', 'The Senate voted 91-3.', { text: '91-3', value: 91, other: 3, unit: 'vote', rule: 'score' }],
    ['an age in apposition', 'Linda Okereke, 64, loaded her car.', { text: '64', value: 64, unit: 'year', rule: 'age' }],
    ['an age after a title', 'the princess, 67, announced it', { text: '67', unit: 'year', rule: 'age' }],
    ['an age after "he was"', 'He was 95.', { text: '95', unit: 'year', rule: 'age' }],
    ['a noun after a bound after the number', 'where four or more people are killed', { text: 'four or more people', value: 4, unit: 'person', bound: 'lower' }],
    ['"over the age of"', 'citizens over the age of 18 must register', { text: '18', unit: 'year' }],
    ['spaced metres', 'The 75 m (250 ft) ship', { text: '75 m', value: 75, unit: 'm' }],
    ['a hyphenated "and-a-half"', 'a peak of over three-and-a-half million', { text: 'over three-and-a-half million', value: 3.5e6, bound: 'lower' }],
    ['a magnitude', 'a 5.0 magnitude aftershock', { text: '5.0 magnitude', value: 5, unit: 'magnitude' }],
    ['a measure after a bound after the number', '1,000 or more kilograms of marijuana', { text: '1,000 or more kilograms', unit: 'kg', bound: 'lower' }],
    ['an age after "died at"', 'He died at 103', { text: '103', unit: 'year' }],
    ['a part with a possessive', 'secured 39 of the state\'s 40 delegates', { text: '39', unit: 'delegate' }],
    ['a disease name is no plural', 'To date, 53 measles related deaths', { text: '53 measles related deaths', unit: 'death' }],
    ['a degree sign with no scale', 'poleward of about 67.5° north', { text: 'about 67.5°', unit: '°' }],
  ])('%s', (_n, sentence, want) => expectQuantity(sentence, want));
});

describe('findQuantities: what is not a quantity', () => {
  test.each([
    ['a year after "in"', 'Sales fell in 2024.', '2024'],
    ['a year after "since"', 'It has grown since 2022.', '2022'],
    ['a decade', 'It began in the 1980s.', '1980s'],
    ['a date with a year', 'on Feb 17, 2026 the board met', '17'],
    ['a month and day', 'The vote is on March 3.', '3'],
    ['a day and month', 'It opens on 1 April.', '1'],
    ['a list of days', 'strikes on 24, 26 and 28 March', '24'],
    ['a second day after a date', 'on March 4 and 5 respectively', '5'],
    ['a numbered heading', '1. Unofficial results', '1'],
    ['a clock time', 'at 9:30 a.m. on Friday', '9'],
    ['a clock time with am', 'at 6 a.m. sharp', '6'],
    ['a 24-hour time', 'landed at 21:42 GMT', '21'],
    ['a model number', 'the RTX 5090 card', '5090'],
    ['a product number glued to letters', 'the Galaxy S26 phone', '26'],
    ['a product name', 'the new iPhone 17', '17'],
    ['an ordinal in a name', 'on Fifth Avenue', 'Fifth'],
    ['an ordinal', 'the 5th Circuit ruled', '5'],
    ['a phone number', 'call 1-877-555-0143 now', '877'],
    ['a short phone number', 'call 555-0143 now', '555'],
    ['a street number', 'at 10 Downing Street', '10'],
    ['a page', 'see page 4', '4'],
    ['a section', 'under Section 230', '230'],
    ['a list number', 'the No. 1 seed', '1'],
    ['"No" without a dot', 'will wear the No 9 shirt', '9'],
    ['a name with a number', 'the Formula 1 season', '1'],
    ['a hyphenated name', 'the novel Catch-22', '22'],
    ['a disease name', 'during COVID-19', '19'],
    ['a group name', 'the G7 summit', '7'],
    ['a phase', 'a Phase 3 trial', '3'],
    ['an emergency number', 'the 911 surcharge', '911'],
    ['a long identifier', 'case number 4418206', '4418206'],
    ['a ZIP code', 'Ventura, CA 93001', '93001'],
    ['a pronoun "one"', 'the one that got away', 'one'],
    ['a bare spelled number', 'the two of them agreed', 'two'],
    ['"a third" as an ordinal', 'a third term in office', 'a third'],
    ['"the second half"', 'in the second half of the year', 'half'],
    ['a season', 'the 2024-25 season', '25'],
    ['a year range', 'from 2019 to 2024', '2024'],
    ['grades', 'grades 6 through 12', '12'],
    ['a resolution', 'a 4K screen', '4K'],
    ['a network', 'the 5G network', '5G'],
    ['a URL', 'see https://example.com/report-2024/page/5 for more', '5'],
    ['a currency code that is a name', 'at COP31 in Brazil', 'COP31'],
    ['a model name after the number', 'a new feature on the 737 Max', '737'],
    ['a citation mark', 'a detailed map[3] of the area', '3'],
    ['a list item', '2) determining the cause', '2'],
    ['"24/7"', 'operating 24/7 as usual', '24'],
    ['"one of the" counts nothing', 'one of the highest death tolls', 'one'],
  ])('%s', (_n, sentence, text) => {
    const qs = quantities(sentence);
    expect(qs.filter((q) => q.span.text.includes(text)).map((q) => q.span.text)).toEqual([]);
  });
});

describe('findQuantities: offsets and input', () => {
  test('every span is a slice of the input, offsets in the whole text', () => {
    const text = 'Title\n\nCRLF line\r\nOver 70\u00a0million users paid \u20ac35 a month; sales rose 4.1% in 2024.';
    const norm = normalize(text);
    const start = text.indexOf('Over');
    const qs = findQuantities(norm, start, text.length, text);
    expect(qs.length).toBeGreaterThan(2);
    for (const q of qs) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
      expect(q.span.start).toBeGreaterThanOrEqual(start);
    }
  });

  test('a range outside the text is a caller mistake', () => {
    expect(() => findQuantities('abc', 2, 10)).toThrow(/^whosaid:/);
    expect(() => findQuantities(5 as unknown as string)).toThrow(/^whosaid:/);
    expect(() => findQuantities('abc', 0, 3, 'abcd')).toThrow(/^whosaid:/);
  });

  test('same input, same output', () => {
    const s = 'About 4.2 million users, up 3% from 2024, paid $35 a month.';
    expect(quantities(s)).toEqual(quantities(s));
  });

  test('the empty string has no quantities', () => {
    expect(findQuantities('')).toEqual([]);
  });
});

describe('carryUnits', () => {
  test('a bare count takes the counted noun of the previous sentence', () => {
    const a = quantities('FitTrail has 22 million users.');
    const b = quantities('About 4.2 million were affected.');
    const [, second] = carryUnits([a, b]);
    expect(second![0]).toMatchObject({ unit: 'user' });
    expect(second![0]!.rule).toContain('inherit');
  });

  test('money, percentages and far sentences carry nothing', () => {
    const a = quantities('It has 22 million users.');
    const far = [a, [], [], quantities('Then 40 left.')];
    expect(carryUnits(far)[3]![0]!.unit).toBeNull();
    expect(carryUnits([quantities('It costs $5.'), quantities('Then 40 left.')])[1]![0]!.unit).toBeNull();
  });
});

describe('findQuantities: hostile input', () => {
  const cases: Array<[string, (n: number) => string]> = [
    ['digits and commas', (n) => '1,'.repeat(n)],
    ['number words', (n) => 'one hundred and '.repeat(n)],
    ['hyphens between numbers', (n) => '5-'.repeat(n)],
    ['bound words', (n) => 'more than '.repeat(n) + '5'],
    ['dollar signs', (n) => '$'.repeat(n) + '5'],
    ['fractions', (n) => 'two thirds of a '.repeat(n)],
    ['one long token', (n) => '9'.repeat(n)],
    ['dash pairs', (n) => '1-2 '.repeat(n / 2)],
    ['numbers with units', (n) => 'won 5 km, '.repeat(n / 4)],
    ['day lists before a month', (n) => '24, '.repeat(n / 2) + 'March'],
  ];
  test.each(cases)('%s: time grows linearly', (_n, make) => {
    const small = make(2000);
    const large = make(20000);
    findQuantities(small);
    const t0 = performance.now();
    findQuantities(small);
    const t1 = performance.now();
    findQuantities(large);
    const t2 = performance.now();
    // ten times the input may cost at most forty times the time (generous: a guard against quadratic blow-ups)
    expect(t2 - t1).toBeLessThan(Math.max(40 * (t1 - t0), 200));
  });
});

describe('parseQuantity', () => {
  test.each([
    ['a code before a scale', '75 USD million', 75e6, 'USD'],
    ['a sign and a scale', '$2.3 billion', 2.3e9, 'USD'],
    ['a glued scale', '£45m', 45e6, 'GBP'],
    ['a counted noun', 'over 70 million users', 70e6, 'user'],
  ])('%s: %s', (_n, text, value, unit) => {
    expect(parseQuantity(text)).toMatchObject({ value, unit });
  });

  test.each([
    ['two quantities', '$5 and $6'],
    ['a sentence around the quantity', 'They paid $5 for it'],
    ['no quantity', 'in 2024'],
  ])('negative: %s', (_n, text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});
