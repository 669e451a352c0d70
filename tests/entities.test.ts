import { describe, expect, test } from 'vitest';
import { createDoc, extract } from '../src/index.js';
import { entityAt, findEntities } from '../src/entities/index.js';
import type { Entity } from '../src/schema/entity.js';

/** A short article: a headline, then the text as its body. */
const HEAD = 'A report on the matter\n\n';
const entities = (text: string): Entity[] => extract(HEAD + text).entities;
const find = (es: Entity[], name: string): Entity | undefined => es.find((e) => e.name === name);

describe('entities: names and types', () => {
  test.each([
    ['Spotify is an organisation, not a verb', 'Facebook let Spotify read messages, the report said.', 'Spotify', 'organization'],
    ['"Royal Bank of Canada" is one organisation', 'Chats were open to the Royal Bank of Canada and others.', 'Royal Bank of Canada', 'organization'],
    ['"Business Insider" keeps its whole name', 'In a conversation with Business Insider, Netflix said so.', 'Business Insider', 'organization'],
    ['"The New York Times" keeps its "The"', 'Quoting documents, The New York Times said it was true.', 'The New York Times', 'organization'],
    ['"RTX 5090" is a product', 'The card costs as much as the RTX 5090 did at launch.', 'RTX 5090', 'product'],
    ['"Galaxy S26" is a product', 'Phones such as the Galaxy S26 run small models.', 'Galaxy S26', 'product'],
    ['a title is no part of the name', 'The bill was written by Sen. Maria Lopez last year.', 'Maria Lopez', 'person'],
    ['a title with its complement is no part of the name', 'Secretary of State Marco Rubio spoke on Monday.', 'Marco Rubio', 'person'],
    ['a long complement too', 'Minister for Health and Social Care Wes Streeting spoke.', 'Wes Streeting', 'person'],
    ['a sports position that heads an organisation', 'He now works at the Center for Democracy and Technology in Washington.', 'Center for Democracy and Technology', 'organization'],
    ['a name and where its bearer works, after a comma, is a person', 'Dawn Fairley, of the fuel poverty charity National Energy Action, said prices rose.', 'Dawn Fairley', 'person'],
    ['an organisation after a title and "of" is named', 'The trial worked, said Ann Lee, Chief Medical Officer of Calloway Biosciences.', 'Calloway Biosciences', 'organization'],
    ['"Dean" before a lone surname is a first name', 'Winner Dean Whitlow says voters have spoken.', 'Dean Whitlow', 'person'],
    ['"Dean" before a full name is a title', 'Law School Dean Maria Ortiz welcomed the students.', 'Maria Ortiz', 'person'],
    ['a first name makes a person', 'The report was written by Alex Stamos and others.', 'Alex Stamos', 'person'],
    ['an age in apposition makes a person', 'The driver, Kwame Mensah, 54, was unhurt.', 'Kwame Mensah', 'person'],
    ['a country is a place', 'The vaccine will be tested in Japan next year.', 'Japan', 'place'],
    ['an organisation head makes an organisation', 'The figures came from the Institute for Fiscal Studies on Monday.', 'Institute for Fiscal Studies', 'organization'],
    ['a place head makes a place', 'Crowds gathered on Sand Canyon Road overnight.', 'Sand Canyon Road', 'place'],
    ['a legal suffix makes an organisation', 'Shares of Harbor & Pine Inc fell sharply.', 'Harbor & Pine Inc', 'organization'],
    ['"Dr" is no part of the name', 'The study was led by Dr Ingrid Solberg of the institute.', 'Ingrid Solberg', 'person'],
    ['"Cllr" is no part of the name', 'The plan was backed by Cllr Aisha Rahman on Monday.', 'Aisha Rahman', 'person'],
    ['"Ald." is no part of the name', 'The fee was opposed by Ald. Gloria Mendez and two others.', 'Gloria Mendez', 'person'],
    ['"Professor" is no part of the name', 'The paper was reviewed by Professor Tomas Herrera last week.', 'Tomas Herrera', 'person'],
    ['"Chief Executive" is no part of the name', 'Great Plains Chief Executive Michael Adeyemi told Reuters so.', 'Michael Adeyemi', 'person'],
    ['the organisation before a title is its own name', 'Great Plains Chief Executive Michael Adeyemi told Reuters so.', 'Great Plains', 'organization'],
    ['a lowercase role makes a person', 'The deal was praised by analyst Kofi Mbeki of a small bank.', 'Kofi Mbeki', 'person'],
    ['"X, who" makes a person', 'The bill was drafted by Olwen Tarsk, who chairs the panel.', 'Olwen Tarsk', 'person'],
    ['"in X" makes an unknown place a place', 'Flooding was worst in Ringland overnight.', 'Ringland', 'place'],
    ['"X, State" makes a place', 'The plant in Columbus, Ohio, will close.', 'Columbus', 'place'],
    ['a place with a hyphenated suffix is the place', 'The Paris-based seller bought the rights.', 'Paris', 'place'],
    ['a comma list inside an organisation name', 'The National Union of Rail, Maritime and Transport Workers called a strike.', 'National Union of Rail, Maritime and Transport Workers', 'organization'],
    ['"and" inside an organisation name', 'Approval from the U.S. Food and Drug Administration is due.', 'U.S. Food and Drug Administration', 'organization'],
    ['a nickname in quotes is left out of the name', 'The Heat signed Dorian “D-Train” Whitaker on Monday.', 'Dorian Whitaker', 'person'],
    ['a law head makes a law', 'The Paris Agreement set the goal.', 'Paris Agreement', 'law'],
    ['a quoted title is a work, not an organisation', 'The card ran “Cyberpunk 2077” at 4K.', 'Cyberpunk', 'product'],
  ])('%s', (_rule, text, name, type) => {
    const e = find(entities(text), name);
    expect(e?.type).toBe(type);
  });

  test.each([
    ['a model number is no person', 'The RTX 6080 will sell for $1,199.', 'person'],
    ['a capitalised word opening a sentence is no name', 'Multiple breaches have been disclosed this year.', 'Multiple'],
    ['a demonym is no place', 'Brazilian officials said the river was rising.', 'Brazilian'],
    ['a common acronym is no organisation', 'The AI model runs on the GPU itself.', 'AI'],
    ['a contraction is no name', 'He said: "I\'m sure. We\'re ready."', "I'm"],
    ['a party and state tag is no name', 'The bill was written by Sen. Daniel Ortiz, D-Calif., last year.', 'D-Calif'],
    ['a unit after a number is no name', 'Emissions must fall to roughly 33 Gt a year.', 'Gt'],
    ['a compound of ordinary words is no name', 'The Heat acquired All-Star guard Dorian Whitaker.', 'All-Star'],
    ['a title alone names nobody', 'The President and Chief Executive Officer declined to comment.', 'Chief Executive Officer'],
    ['a dotted degree after a name is no organisation', 'The trial was led by Rajiv Menon, M.D., in Boston.', 'M.D.'],
    ['a run of titles with a modifier names nobody', 'The trial worked, said Ann Lee, Chief Medical Officer of Calloway Biosciences.', 'Chief Medical Officer'],
    ['a plural noun opening a sentence is no name', 'Analysts expect the rate to rise. Analysts were wrong before.', 'Analysts'],
    ['a capitalised word after a timestamp is no name', '22:41 Turnout was low in the ward, officials said.', 'Turnout'],
    ['a state abbreviation in a dateline is no name', 'WICHITA, Kan. — The inquiry opened on Monday.', 'Kan.'],
    ['a head word alone names nothing', 'The Department said the rule stands.', 'Department'],
    ['a single letter before a currency sign is no name', 'The plan costs C$2.4 billion over five years.', 'C'],
  ])('%s', (_rule, text, forbidden) => {
    const es = entities(text);
    if (forbidden === 'person') expect(es.filter((e) => e.type === 'person')).toEqual([]);
    else expect(es.map((e) => e.name)).not.toContain(forbidden);
  });
});

describe('entities: one entity, many mentions', () => {
  test.each([
    ['a surname joins the full name met earlier', 'Alex Stamos spoke first. Later, Stamos posted a tweet.', 'Alex Stamos', 'Stamos'],
    ['a surname joins the full name met later', 'Reyes was late. The mayor, Ana Reyes, said sorry.', 'Ana Reyes', 'Reyes'],
    ['"The Times" joins "The New York Times"', 'The New York Times said so. The Times further said it was true.', 'The New York Times', 'The Times'],
    ['a short form joins the long form', 'Nimbus Labs raised money. Nimbus said it would hire.', 'Nimbus Labs', 'Nimbus'],
    ['an acronym joins its expansion', 'The Federal Trade Commission opened an inquiry. The FTC said more.', 'Federal Trade Commission', 'FTC'],
    ['a parenthesised acronym joins its name', 'The Assembly of First Nations (AFN) met. The AFN said no.', 'Assembly of First Nations', 'AFN'],
    ['a plural joins the singular', 'The Conservative Party lost. The Conservatives came third.', 'Conservative Party', 'Conservatives'],
    ['a ticker after its exchange joins the company', 'Calloway Biosciences, Inc. (Nasdaq: CLWY) reported results. CLWY shares rose.', 'Calloway Biosciences, Inc.', 'CLWY'],
    ['the party adjective joins the plural that names the party', 'A Conservative spokesperson spoke. The Conservatives held the seat.', 'Conservatives', 'Conservative'],
    ['a legal form after a comma belongs to the name', 'Calloway Biosciences, Inc. reported results. Calloway Biosciences said more.', 'Calloway Biosciences, Inc.', 'Calloway Biosciences'],
    ['a club is not the trust of its supporters', 'Newcastle United signed him. The Newcastle United Supporters Trust welcomed it. Newcastle paid a record fee.', 'Newcastle United', 'Newcastle'],
    ['a club joins its town name', 'Newcastle United signed him. Newcastle paid a record fee.', 'Newcastle United', 'Newcastle'],
    ['a surname after a title joins the full name', 'Laura Pennington spoke first. Ms Pennington added more.', 'Laura Pennington', 'Pennington'],
    ['"Labor Department" joins "Department of Labor"', 'The Department of Labor issued a rule. The Labor Department said more.', 'Department of Labor', 'Labor Department'],
  ])('%s', (_rule, text, name, alias) => {
    const e = find(entities(text), name);
    expect(e?.aliases).toContain(alias);
    expect(entities(text).filter((x) => x.name === alias)).toEqual([]);
  });

  test('a possessive is a mention of the ordinary name', () => {
    const e = find(entities("Facebook said no. Facebook's documents said yes."), 'Facebook');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Facebook', 'Facebook']);
  });

  test('an all-caps dateline is a mention of the place', () => {
    const es = entities('WASHINGTON (AP) — The rule took effect in Washington on Monday, officials said.');
    const e = find(es, 'Washington');
    expect(e?.type).toBe('place');
    expect(e?.mentions.length).toBe(2);
  });

  test.each([
    ['an acronym is no short form of a longer name it opens', 'The UN said so. The UN Environment Programme agreed.', 'UN', 'UN Environment Programme'],
    ['a place is no short form of a bank named after it', 'Savings Bank of Iowa grew. Farms in Iowa suffered.', 'Iowa', 'Savings Bank of Iowa'],
  ])('%s', (_rule, text, short, long) => {
    const es = entities(text);
    expect(find(es, short)).toBeDefined();
    expect(find(es, long)?.aliases ?? []).not.toContain(short);
  });

  test('a place name is no short form of an organisation named after it', () => {
    const es = entities('Shares rose in New York. The New York Stock Exchange was busy.');
    expect(find(es, 'New York')?.type).toBe('place');
    expect(find(es, 'New York Stock Exchange')?.type).toBe('organization');
  });
});

describe('entities: entityAt', () => {
  test('returns the entity whose mention overlaps the span most', () => {
    const text = `${HEAD}Alex Stamos spoke to Netflix.`;
    const es = extract(text).entities;
    const hit = entityAt(es, text.indexOf('Stamos'), text.indexOf('Stamos') + 6);
    expect(hit?.entity.name).toBe('Alex Stamos');
    expect(entityAt(es, HEAD.length, HEAD.length)?.entity.name).toBe('Alex Stamos');
    expect(entityAt(es, text.indexOf('spoke'), text.indexOf('spoke') + 5)).toBeNull();
  });
});

const mentionsOf = (e: Entity | undefined, kind: string): string[] =>
  (e?.mentions ?? []).filter((m) => m.kind === kind).map((m) => m.text);

describe('entities: pronouns and descriptions', () => {
  test.each([
    ['"he" goes to the man named last', 'Alex Stamos spoke first. He said it was fine.', 'Alex Stamos', 'pronoun', ['He']],
    ['"she" goes to a woman by her first name', 'Hannah Kessler spoke. Tom Beck nodded. She said no.', 'Hannah Kessler', 'pronoun', ['She']],
    ['"she" goes to a woman by her title', 'Ms Pennington spoke. Tom Beck nodded. She said no.', 'Pennington', 'pronoun', ['She']],
    ['"it" goes to the organisation named last', 'Netflix denied it. It said users were safe.', 'Netflix', 'pronoun', ['It']],
    ['"the company" goes to the organisation', 'Netflix denied the report. The company said users were safe.', 'Netflix', 'description', ['The company']],
    ['"the social media giant" goes to the company', 'Facebook admitted it. For the social media giant, this is new.', 'Facebook', 'description', ['the social media giant']],
    ['"the regulator" goes to the body the text called so', 'Ofgem, the energy regulator, raised the cap. Facebook shrugged. The regulator said bills rise.', 'Ofgem', 'description', ['the energy regulator', 'The regulator']],
    ['"the commission" goes to the commission', 'The Federal Trade Commission wrote to Meta. The commission wants answers.', 'Federal Trade Commission', 'description', ['The commission']],
    ['a description in apposition goes to the name after it', 'Brussels fined the company Orbis Digital on Monday.', 'Orbis Digital', 'description', ['the company']],
  ])('%s', (_rule, text, name, kind, expected) => {
    expect(mentionsOf(find(entities(text), name), kind)).toEqual(expected);
  });

  test.each([
    ['a pronoun inside a quotation is left alone', 'Alex Stamos spoke. "He was wrong," the memo said.', 'Alex Stamos', 'pronoun'],
    ['"she" does not go to a man', 'Tom Beck spoke first. She said no.', 'Tom Beck', 'pronoun'],
    ['"it" never goes to a person', 'Alex Stamos spoke first. It was late.', 'Alex Stamos', 'pronoun'],
    ['"the company spokesman" is no description', 'Netflix denied it. The company spokesman said so.', 'Netflix', 'description'],
    ['"the company" is no public body', 'The Federal Trade Commission wrote. The company said no.', 'Federal Trade Commission', 'description'],
    ['"they" after two names is a group', 'Netflix and Spotify denied it. They said users were safe.', 'Spotify', 'pronoun'],
  ])('%s', (_rule, text, name, kind) => {
    expect(mentionsOf(find(entities(text), name), kind)).toEqual([]);
  });

  test('a pronoun gives a person of unknown gender that gender', () => {
    expect(find(entities('Kwame Mensah spoke first. He said it was fine.'), 'Kwame Mensah')?.gender).toBe('male');
  });
});

describe('entities: dates', () => {
  const dates = (text: string, publishedAt?: string): Array<[string, string | null | undefined]> =>
    extract(HEAD + text, publishedAt ? { publishedAt } : {}).entities.filter((e) => e.type === 'date').map((e) => [e.name, e.value]);
  test.each([
    ['a full date', 'The rule starts on Feb 17, 2026, officials said.', undefined, [['Feb 17, 2026', '2026-02-17']]],
    ['a day before the month', 'The vote is on 17 February 2026.', undefined, [['17 February 2026', '2026-02-17']]],
    ['a month and year', 'The mission ends in March 2027.', undefined, [['March 2027', '2027-03']]],
    ['a season and year', 'It launches in spring 2027.', undefined, [['spring 2027', '2027']]],
    ['a year after a preposition', 'Sales have doubled since 2019.', undefined, [['2019', '2019']]],
    ['a weekday in the past', 'The company said on Monday it would hire.', '2026-02-18', [['Monday', '2026-02-16']]],
    ['a weekday in the future', 'The board will vote on Friday.', '2026-02-18', [['Friday', '2026-02-20']]],
    ['a month alone takes the year of publication', 'Prices rose in March.', '2026-02-18', [['March', '2026-03']]],
    ['yesterday', 'Shares fell yesterday.', '2026-02-18', [['yesterday', '2026-02-17']]],
    ['last year', 'Sales fell last year.', '2026-02-18', [['last year', '2025']]],
    ['a relative date without a publication date', 'The company said on Monday it would hire.', undefined, [['Monday', null]]],
  ])('%s', (_rule, text, publishedAt, expected) => {
    expect(dates(text, publishedAt)).toEqual(expected);
  });

  test.each([
    ['"may" the verb', 'Prices may rise again.'],
    ['a number that is no year', 'The firm hired 2019 workers.'],
    ['a word that is an object property', 'The Constructor said toString was fine.'],
  ])('no date: %s', (_rule, text) => {
    expect(dates(text, '2026-02-18')).toEqual([]);
  });
});

describe('entities: cost', () => {
  test('a sentence of 20,000 capitalised words is cut into names of bounded length (generous guard)', () => {
    const doc = createDoc(`${HEAD}${'Alpha Beta Gamma Delta '.repeat(5000)}`);
    const t0 = performance.now();
    const es = findEntities(doc);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(Math.max(...es.map((e) => e.name.split(' ').length))).toBeLessThanOrEqual(12);
  });

  test('a long article of many names is read in linear time (generous guard)', () => {
    const para = 'Maria Lopez of the Federal Trade Commission met Alex Stamos in Chicago. Lopez said Nimbus Labs would pay. The company agreed.';
    const text = `${HEAD}${Array.from({ length: 1500 }, (_, i) => para.replace('Nimbus', `Nimbus${i}`)).join('\n\n')}`;
    const doc = createDoc(text);
    const t0 = performance.now();
    const es = findEntities(doc);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(es.length).toBeGreaterThan(1500);
  });
});
