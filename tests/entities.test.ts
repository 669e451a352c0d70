import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { entityAt } from '../src/entities/index.js';
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
    ['a first name makes a person', 'The report was written by Alex Stamos and others.', 'Alex Stamos', 'person'],
    ['an age in apposition makes a person', 'The driver, Kwame Mensah, 54, was unhurt.', 'Kwame Mensah', 'person'],
    ['a country is a place', 'The vaccine will be tested in Japan next year.', 'Japan', 'place'],
    ['an organisation head makes an organisation', 'The figures came from the Institute for Fiscal Studies on Monday.', 'Institute for Fiscal Studies', 'organization'],
    ['a place head makes a place', 'Crowds gathered on Sand Canyon Road overnight.', 'Sand Canyon Road', 'place'],
    ['a legal suffix makes an organisation', 'Shares of Harbor & Pine Inc fell sharply.', 'Harbor & Pine Inc', 'organization'],
  ])('%s', (_rule, text, name, type) => {
    const e = find(entities(text), name);
    expect(e?.type).toBe(type);
  });

  test.each([
    ['a model number is no person', 'The RTX 6080 will sell for $1,199.', 'person'],
    ['a capitalised word opening a sentence is no name', 'Multiple breaches have been disclosed this year.', 'Multiple'],
    ['a demonym is no place', 'Brazilian officials said the river was rising.', 'Brazilian'],
    ['a common acronym is no organisation', 'The AI model runs on the GPU itself.', 'AI'],
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
