import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const article = (body: string): string => `A headline for the story\n\n${body}`;

function quotesOf(body: string) {
  return extract(article(body)).quotes;
}

interface Expect {
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  content: string | null;
  cue?: string;
  parts?: number;
  addressee?: string;
  medium?: string;
  /** Which quote of the text to check (0 when absent). */
  nth?: number;
}

describe('quotes: who said what', () => {
  test.each<[string, string, Expect]>([
    ['a trailing "he said" after a direct quote', 'Maria Lopez chairs the committee.\n\n"We will not back down," she said.',
      { kind: 'direct', speaker: 'Maria Lopez', content: 'We will not back down', cue: 'said' }],
    ['an inverted attribution with a party tag', '"This bill is long overdue," said Sen. Maria Lopez, D-N.M.',
      { kind: 'direct', speaker: 'Maria Lopez', content: 'This bill is long overdue', cue: 'said' }],
    ['a title with a full stop after the cue', '"We are borrowing from our own future," said Ald. Marcus Bell.',
      { kind: 'direct', speaker: 'Marcus Bell', content: 'We are borrowing from our own future', cue: 'said' }],
    ['curly quotes and a speaker before a colon', 'Council leader Aisha Rahman said: “We have listened to residents.”',
      { kind: 'direct', speaker: 'Aisha Rahman', content: 'We have listened to residents.', cue: 'said' }],
    ['British single quotes', '‘We’re not going anywhere,’ said Cllr Owen Price.',
      { kind: 'direct', speaker: 'Owen Price', content: 'We’re not going anywhere', cue: 'said' }],
    ['guillemets', '« Nous sommes prêts », said Claire Dubois.',
      { kind: 'direct', speaker: 'Claire Dubois', content: 'Nous sommes prêts', cue: 'said' }],
    ['a split quote is one quote in two parts', 'Tom Reyes is the mayor.\n\n"Every scheme fails," he said, "and I see no reason this one will not."',
      { kind: 'direct', speaker: 'Tom Reyes', content: null, parts: 2 }],
    ['reported speech with that', 'Facebook said that companies have been given extensive access to its users\' messages.',
      { kind: 'indirect', speaker: 'Facebook', content: 'companies have been given extensive access to its users\' messages', cue: 'said' }],
    ['told someone that', 'Netflix told The New York Times that it was unaware of this kind of access.',
      { kind: 'indirect', speaker: 'Netflix', content: 'it was unaware of this kind of access', cue: 'told', addressee: 'The New York Times' }],
    ['according to', 'According to the report, prices rose sharply last year.',
      { kind: 'indirect', speaker: null, content: 'prices rose sharply last year', cue: 'According to' }],
    ['content before the speaker', 'The plan will cost far more than promised, the mayor said.',
      { kind: 'indirect', speaker: null, content: 'The plan will cost far more than promised', cue: 'said' }],
    ['as pointed out by, with an apposition', 'As pointed out by Facebook\'s former privacy chief, Alex Stamos, the integrations are not surprising.',
      { kind: 'indirect', speaker: 'Alex Stamos', content: 'the integrations are not surprising', cue: 'As pointed out by' }],
    ['quoted as saying', 'Anna Berg was quoted as saying the deal would close by June.',
      { kind: 'indirect', speaker: 'Anna Berg', content: 'the deal would close by June', cue: 'quoted as saying' }],
    ['in a statement, with the medium', 'In a statement, Acme Corp said it would appeal the ruling.',
      { kind: 'indirect', speaker: 'Acme Corp', content: 'it would appeal the ruling', medium: 'statement' }],
    ['a mixed quote', 'Thomas Reardon called the measure "a price control dressed up as compassion."',
      { kind: 'mixed', speaker: 'Thomas Reardon', content: 'the measure "a price control dressed up as compassion', cue: 'called' }],
    ['a mixed quote after said', 'Lopez said the bill was "modest but meaningful."',
      { kind: 'mixed', speaker: 'Lopez', content: 'the bill was "modest but meaningful."', cue: 'said' }],
    ['"the agency" is a bureau named in the same sentence', 'The Kansas Bureau of Investigation has opened an inquiry into the shooting, the agency said.',
      { kind: 'indirect', speaker: 'Kansas Bureau of Investigation', content: 'The Kansas Bureau of Investigation has opened an inquiry into the shooting', cue: 'said' }],
    ['"the agency" is an opaque name just named, not a ministry named more often',
      'The Ministry of Transport said roads were shut. The Ministry of Transport added that trains ran. Inmet forecast more rain, and the agency said rivers could rise.',
      { kind: 'indirect', speaker: 'Inmet', content: 'rivers could rise', cue: 'said', nth: 1 }],
    ['a time between the speaker and the cue', 'Calloway Biosciences, Inc. (Nasdaq: CLWY), a biotechnology company, today announced that its trial met its goal.',
      { kind: 'indirect', speaker: 'Calloway Biosciences, Inc.', content: 'its trial met its goal', cue: 'announced' }],
    ['a weekday between the speaker and the cue', 'The mayor on Monday said the budget was balanced.',
      { kind: 'indirect', speaker: null, content: 'the budget was balanced', cue: 'said' }],
    ['a degree word may open the reported clause', 'Mike Pence says too much is made of the tweets.',
      { kind: 'indirect', speaker: 'Mike Pence', content: 'too much is made of the tweets', cue: 'says' }],
    ['a noun tagged as a verb inside a place phrase before "that"', 'Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.',
      { kind: 'indirect', speaker: 'Clinton', content: 'it means Trump never paid', cue: 'says' }],
    ['a contracted auxiliary before a progressive cue', 'Dana Kerr spoke first.\n\nShe\'s claiming that voting fraud is a big problem.',
      { kind: 'indirect', speaker: 'Dana Kerr', content: 'voting fraud is a big problem', cue: 'claiming' }],
    ['a name with two appositions before the cue', '"It is an invasion of the state domain," Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said.',
      { kind: 'direct', speaker: 'Scott Pruitt', content: 'It is an invasion of the state domain', cue: 'said' }],
    ['a subordinate clause after the cue is not part of the words', 'The obsession is an insult to all Americans, top lawmakers said Friday, as they bristled at the questions.',
      { kind: 'indirect', speaker: null, content: 'The obsession is an insult to all Americans', cue: 'said' }],
    ['a coordinated cue after a comma ends the reported words and starts its own quote',
      'Jamie Lachance said the government had announced similar sums before, and called the pledge "a press release dressed up as a plan".',
      { kind: 'indirect', speaker: 'Jamie Lachance', content: 'the government had announced similar sums before', cue: 'said' }],
    ['the coordinated cue has the outer speaker, not one reported inside',
      'Jamie Lachance said the government had announced similar sums before, and called the pledge "a press release dressed up as a plan".',
      { kind: 'mixed', speaker: 'Jamie Lachance', content: 'the pledge "a press release dressed up as a plan"', cue: 'called', nth: 1 }],
    ['a gerund after a closing quote ends the words', 'Ramon Ibarra wrote on Instagram that he was "heartbroken but happy for my brother," adding a photo of the two.',
      { kind: 'mixed', speaker: 'Ramon Ibarra', content: 'he was "heartbroken but happy for my brother,"', cue: 'wrote' }],
    ['a determiner after the addressee opens the reported clause', 'Martin Cole told Sky News the government would not be held to ransom.',
      { kind: 'indirect', speaker: 'Martin Cole', content: 'the government would not be held to ransom', cue: 'told', addressee: 'Sky News' }],
    ['a passive without an agent is no cue', 'Rajiv Menon said no cases of infection were observed in the trial and that side effects were rare.',
      { kind: 'indirect', speaker: 'Rajiv Menon', content: 'no cases of infection were observed in the trial and that side effects were rare', cue: 'said' }],
    ['"another analyst" is not the analyst before', 'Jonathan Meyers, an analyst at Barclays, said the deal was fair.\n\nAnother analyst said the target looked "aggressive but achievable."',
      { kind: 'mixed', speaker: null, content: 'the target looked "aggressive but achievable."', cue: 'said', nth: 1 }],
    ['a multi-word cue with an irregular past before a colon', 'Teresa Maui spoke next.\n\nShe went on: "We cannot wait for next year."',
      { kind: 'direct', speaker: 'Teresa Maui', content: 'We cannot wait for next year.', cue: 'went on' }],
    ['"there" between the speaker and the cue', 'Volunteers there said the center had cots for up to 500 people.',
      { kind: 'indirect', speaker: null, content: 'the center had cots for up to 500 people', cue: 'said' }],
    ['the writer\'s comment in apposition ends the words', 'Naoko Fujita said she expected the bank to raise its rate by July, a move that could support the yen.',
      { kind: 'indirect', speaker: 'Naoko Fujita', content: 'she expected the bank to raise its rate by July', cue: 'said' }],
    ['a relative clause with a town and its state before the cue', 'FitTrail, which is based in Boulder, Colorado, says it has about 95 million users.',
      { kind: 'indirect', speaker: 'FitTrail', content: 'it has about 95 million users', cue: 'says' }],
    ['"which" for a named organisation, the words ending where the main clause resumes', 'AMD, which has said it will not compete at the top of the market, took a lighter tone.',
      { kind: 'indirect', speaker: 'AMD', content: 'it will not compete at the top of the market', cue: 'said' }],
    ['"the group" is the organisation that spoke last, not one it named', 'Orbis Digital was fined. Orbis Digital will appeal.\n\nThe European Publishers Council said its members lost revenue to firms such as Orbis Digital. The group called Tuesday\'s decision "a first step, not a remedy".',
      { kind: 'mixed', speaker: 'European Publishers Council', content: 'Tuesday\'s decision "a first step, not a remedy"', cue: 'called', nth: 1 }],
    ['a time after the cue is no speaker', '"There is a severe disconnect here," Flynn, a top surrogate, said Thursday morning on Fox News.',
      { kind: 'direct', speaker: 'Flynn', content: 'There is a severe disconnect here', cue: 'said' }],
    ['a hyphened participle before a name', 'Incomes would rise by 19.9 percent, according to the conservative-leaning Tax Foundation, more than twice its estimate.',
      { kind: 'indirect', speaker: 'Tax Foundation', content: 'Incomes would rise by 19.9 percent', cue: 'according to' }],
    ['a concession after the words is the writer\'s', 'Ann Lee said the test was its biggest yet, although it may take days to know.',
      { kind: 'indirect', speaker: 'Ann Lee', content: 'the test was its biggest yet', cue: 'said' }],
    ['a parenthetical attribution, its second part cut the same way', 'The latest test, North Korea said, was its biggest yet, although it may take days to know.',
      { kind: 'indirect', speaker: 'North Korea', content: 'The latest test, North Korea said, was its biggest yet', cue: 'said', parts: 2 }],
    ['a parenthetical attribution with an adverb after the cue', 'The truth, the senator said then, was that the attacks were personal.',
      { kind: 'indirect', speaker: null, content: 'The truth, the senator said then, was that the attacks were personal', cue: 'said', parts: 2 }],
    ['a participle and its agent as the apposition name the speaker', 'The plaintiffs, led by the U.S. Chamber of Commerce, contended in their complaint that the rule would force companies to cut drivers.',
      { kind: 'indirect', speaker: 'U.S. Chamber of Commerce', content: 'the rule would force companies to cut drivers', cue: 'contended' }],
    ['after "that", a clause whose verb the tagger missed', 'Ruth Castellanos told The Associated Press that drivers in cities such as Houston routinely clear less than $12 an hour.',
      { kind: 'indirect', speaker: 'Ruth Castellanos', content: 'drivers in cities such as Houston routinely clear less than $12 an hour', cue: 'told', addressee: 'The Associated Press' }],
    ['a medium between the cue and the colon', 'AMD took a lighter tone. Its Radeon account wrote in a tweet: "Some of us still price our cards in hundreds."',
      { kind: 'direct', speaker: 'AMD', content: 'Some of us still price our cards in hundreds.', cue: 'wrote', medium: 'tweet' }],
    ['"refused to" something else belongs to the reported clause', 'Police say he posed a deadly threat and refused to drop the gun.',
      { kind: 'indirect', speaker: null, content: 'he posed a deadly threat and refused to drop the gun', cue: 'say' }],
    ['"declined to comment" after the words is the speaker\'s', 'The mayor said the budget was balanced but declined to comment further.',
      { kind: 'indirect', speaker: null, content: 'the budget was balanced', cue: 'said' }],
    ['a time noun and its determiner between the speaker and the cue', 'Wells Fargo just this month announced it would get rid of these incentives.',
      { kind: 'indirect', speaker: 'Wells Fargo', content: 'it would get rid of these incentives', cue: 'announced' }],
    ['a party adjective names the party', 'The Conservatives held the seat. A Conservative spokesperson said the result was a relief.',
      { kind: 'indirect', speaker: 'Conservatives', content: 'the result was a relief', cue: 'said' }],
  ])('%s', (_name, body, want) => {
    const qs = quotesOf(body);
    expect(qs.length, JSON.stringify(qs.map((q) => q.content?.text))).toBeGreaterThanOrEqual(1);
    const q = qs[want.nth ?? 0]!;
    expect(q, JSON.stringify(qs.map((x) => x.content?.text))).toBeDefined();
    expect(q.kind).toBe(want.kind);
    if (want.speaker === null) expect(q.speaker?.entity ?? null).toBeNull();
    else expect(q.speaker?.name).toBe(want.speaker);
    if (want.content !== null) expect(q.content?.text.startsWith(want.content)).toBe(true);
    if (want.cue) expect(q.cue?.text).toBe(want.cue);
    if (want.parts) expect(q.parts).toHaveLength(want.parts);
    if (want.addressee) expect(q.addressee?.name).toBe(want.addressee);
    if (want.medium) expect(q.medium).toBe(want.medium);
  });

  test('a quote introduced by a colon whose quote is missing has no content, and a warning', () => {
    const a = extract(article('In its blog post, Facebook wrote:\n\nThe company has faced criticism for months.'));
    const q = a.quotes.find((x) => x.content === null);
    expect(q?.speaker?.name).toBe('Facebook');
    expect(q?.cue?.text).toBe('wrote');
    expect(q?.medium).toBe('blog post');
    expect(a.warnings.map((w) => w.code)).toContain('missing-quote');
  });

  test('a colon introduction followed by a quoted paragraph attributes it', () => {
    const qs = quotesOf('Council leader Aisha Rahman said:\n\n"We will build 500 homes by 2030."');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker?.name).toBe('Aisha Rahman');
    expect(qs[0]!.content?.text).toBe('We will build 500 homes by 2030.');
  });

  test('a quote over several paragraphs, each opening with a mark and only the last closing, is one quote', () => {
    const qs = quotesOf('"The first thing we did was listen," said Judge Patricia Galloway.\n\n"Then we read every filing.\n\n"And then we decided."');
    const q = qs.find((x) => x.parts.length > 1 || x.rule === 'continuation');
    expect(qs.every((x) => x.speaker?.name === 'Patricia Galloway')).toBe(true);
    expect(q).toBeDefined();
  });

  test('a quote paragraph with no cue after an attributed one belongs to the same speaker', () => {
    const qs = quotesOf('"We are ready," said coach Dana Whitfield.\n\n"Nobody in this room is afraid of the playoffs."');
    expect(qs).toHaveLength(2);
    expect(qs[1]!.speaker?.name).toBe('Dana Whitfield');
    expect(qs[1]!.cue).toBeNull();
  });

  test.each([
    ['scare quotes', 'Officials said the "smart" meters were installed in 2019, according to the filing.'],
    ['a book title', 'Her book "Black Beauty" sold well.'],
    ['a nickname', 'The striker, known as "The Rocket", scored twice.'],
    ['a film title with a cue nearby', 'The film "The Salt Road" won the top prize on Saturday.'],
  ])('not a quote: %s', (_name, body) => {
    for (const q of quotesOf(body)) expect(q.kind === 'direct' && /^(smart|Black Beauty|The Rocket|The Salt Road)$/.test(q.content?.text ?? '')).toBe(false);
  });

  test.each([
    ['an announcement of a thing, with no clause', 'Passengers face disruption after the RMT union announced a fresh wave of strikes in its long-running dispute over pay.'],
    ['"which" standing for a thing, not a speaker', 'The report, which said prices rose, was ignored by ministers.'],
    ['a price charged is no accusation', 'Under the measure, insurers could charge patients no more than $35 a month for insulin used daily.'],
    ['punctuation cannot open the reported words', 'The result falls short of the 400 seats its leaders had promised during a seven-phase campaign that stretched over six weeks.'],
  ])('no reported words: %s', (_name, body) => {
    expect(quotesOf(body).map((q) => q.content?.text)).toEqual([]);
  });

  test('a relative pronoun is the mention of the speaker it stands for', () => {
    const q = quotesOf('The bill worries Democrats in the Senate, who say it helps no one.')[0];
    expect(q?.speaker?.mention?.text).toBe('who');
    expect(q?.content?.text).toBe('it helps no one');
  });

  test('a pronoun and its verb after the cue are no inverted speaker ("..., said it was")', () => {
    const qs = quotesOf("Even China, Pyongyang's only ally and its lifeline to the outside world, said it was opposed to the test.");
    expect(qs.filter((q) => q.content?.text.startsWith('Even China'))).toEqual([]);
  });

  test('"many of whom say": the share is the mention, the group the speaker', () => {
    const q = quotesOf('This has not gone over well with family members of the victims, many of whom say the claims are unfounded.')[0];
    expect(q?.speaker?.mention?.text).toBe('many of whom');
    expect(q?.content?.text).toBe('the claims are unfounded');
  });

  test('a long relative clause between the name and the cue', () => {
    const q = quotesOf('Connie Mariano, who as a Navy captain was the White House physician in the administration of former President Bill Clinton and later retired from the service as a rear admiral, said that in 1998 the leg issue was hidden.')[0];
    expect(q?.speaker?.name).toBe('Connie Mariano');
  });

  test('"declined to comment" attributes no content', () => {
    expect(quotesOf('A spokesman for the company declined to comment on the report.')).toHaveLength(0);
  });

  test('apostrophes never pair with quote marks', () => {
    const qs = quotesOf('The users\u2019 data was sold, and the firm\u2019s rivals didn\u2019t know, Jane Roe said.');
    expect(qs.every((q) => q.kind === 'indirect')).toBe(true);
  });

  test('an unclosed quote is a warning, and the next paragraph is read afresh', () => {
    const a = extract(article('"This never closes, said Ann Lee.\n\nBob Stone said the vote was fair.'));
    expect(a.warnings.map((w) => w.code)).toContain('unclosed-quote');
    expect(a.quotes.some((q) => q.speaker?.name === 'Bob Stone')).toBe(true);
  });

  test('nothing is quoted from boilerplate or a repeated paragraph', () => {
    const text = 'Headline\n\nAnn Lee said the plan was sound and would pass.\n\nAnn Lee said the plan was sound and would pass.\n\nRead More\n\n"Buy now," said the advert.';
    const a = extract(text);
    expect(a.quotes).toHaveLength(1);
  });
});
