import { describe, expect, test } from 'vitest';
import { splitSentences } from '../src/segment/sentences/index.js';
import { normalize } from '../src/text/normalize.js';
import { trimRange } from '../src/text/span.js';
import { loadSuites, scoreSuite, ourSentences } from '../scripts/sentence-scores.js';
import { HAS_SHARED, SHARED } from './helpers.js';

/** Sentences of `text` as the pipeline cuts them: split the normalised copy, trim, slice the input. */
function sentences(text: string): string[] {
  const norm = normalize(text);
  return splitSentences(norm, 0, norm.length)
    .map(([s, e]) => trimRange(norm, s, e))
    .filter(([s, e]) => s < e)
    .map(([s, e]) => text.slice(s, e));
}

describe('sentences: where a sentence ends', () => {
  test.each([
    ['a question mark', 'Is the budget ready? The council votes today.', ['Is the budget ready?', 'The council votes today.']],
    ['an exclamation mark', 'It passed! Nobody expected that.', ['It passed!', 'Nobody expected that.']],
    ['a company suffix before a capital', 'The buyer is Northwind Corp. The sale closes in June.', ['The buyer is Northwind Corp.', 'The sale closes in June.']],
    ['an initialism before a sentence opener', 'The firm moved to the U.S. It grew fast there.', ['The firm moved to the U.S.', 'It grew fast there.']],
    ['a clock time before a capital', 'The vote ended at 11 p.m. Officials then left.', ['The vote ended at 11 p.m.', 'Officials then left.']],
    ['a state after a city and a comma', 'The rally was in Albany, N.Y. Turnout was low.', ['The rally was in Albany, N.Y.', 'Turnout was low.']],
    ['money at the end', 'Tickets cost $12.50. Children go free.', ['Tickets cost $12.50.', 'Children go free.']],
    ['a number at the end', 'Revenue rose to 1,200. That beat forecasts.', ['Revenue rose to 1,200.', 'That beat forecasts.']],
    ['an ellipsis before a capital', 'We waited... Nothing happened.', ['We waited...', 'Nothing happened.']],
    ['a web address at the end', 'Details are at https://example.org/report.pdf. Comments close Friday.', ['Details are at https://example.org/report.pdf.', 'Comments close Friday.']],
    ['an e-mail address at the end', 'Write to press@example.org. Replies take a day.', ['Write to press@example.org.', 'Replies take a day.']],
    ['no space after the stop', 'It rained.Then it snowed.', ['It rained.', 'Then it snowed.']],
    ['a footnote after the stop', 'The river floods often.[3] Residents have moved.', ['The river floods often.[3]', 'Residents have moved.']],
    ['the pronoun I', 'The choice was between you and I. Both of us knew it.', ['The choice was between you and I.', 'Both of us knew it.']],
    ['a full-width stop with no space', '会议结束了。Everyone left．', ['会议结束了。', 'Everyone left．']],
    ['a Devanagari danda', 'बैठक ख़त्म हुई। सब चले गए।', ['बैठक ख़त्म हुई।', 'सब चले गए।']],
    ['a name suffix before an opener', 'The award went to Sam Okafor Jr. He accepted it.', ['The award went to Sam Okafor Jr.', 'He accepted it.']],
    ['a line holding only a time', 'Updated 7 p.m.\nThe mayor spoke again.', ['Updated 7 p.m.', 'The mayor spoke again.']],
  ])('ends after %s', (_name, text, want) => {
    expect(sentences(text)).toEqual(want);
  });

  test.each([
    ['titles and a party tag', 'Sen. Maria Lopez (D-N.M.) and Gov. Tim Walz spoke first.'],
    ['ranks and a saint', 'Lt. Gov. Peggy Flanagan met Gen. Ruiz in St. Paul, Minn., on Monday.'],
    ['a month before a day', 'The vote is set for Jan. 15 at the latest.'],
    ['No. before a number', 'She is ranked No. 1 in Europe.'],
    ['an initialism before a name', 'The U.S. Supreme Court ruled on Friday.'],
    ['an initialism before a lowercase word', 'He moved to the U.S. in 1999.'],
    ['a clock time before a time zone', 'Polls close at 8 p.m. ET on Tuesday.'],
    ['a fronted clock time', 'At 6 a.m. Mr. Okafor opened the doors.'],
    ['initials', 'The book by J. R. R. Tolkien sold well.'],
    ['a decimal and a percentage', 'Inflation was 3.2% in May and 2.9% in June.'],
    ['a company suffix before a lowercase word', 'Shares of Northwind Corp. rose on Friday.'],
    ['two company forms', 'Samsung Electronics Co. Ltd. reported a loss.'],
    ['e.g. and i.e.', 'Some costs, e.g. rent, rose; i.e. most did.'],
    ['versus', 'The case is Doe v. Roe, decided in Oct. 2022.'],
    ['a degree', 'She has a Ph.D. in economics from Yale.'],
    ['an abbreviation before a parenthesis', 'Northwind Inc. (NWD) rose two points.'],
    ['a stop inside parentheses', 'The plan (see p. 4 of the report.) was approved.'],
    ['an ellipsis before a lowercase word', 'It was, well... complicated.'],
    ['a spaced ellipsis before I', 'It was . . . I cannot say.'],
    ['a web address with dots and capitals', 'See www.Example.org/News.Today for more.'],
    ['a file name', 'The file report.PDF was leaked.'],
    ['a question mark before a lowercase attribution', '"Is it over?" she asked.'],
    ['an exclamation mark inside a brand', 'She works at Yahoo! in London.'],
    ['a quotation with several sentences kept whole', 'He said: "We tried. We failed. We will try again."'],
    ['a hyphen-wrapped abbreviation', 'The Ph.D.-level course is full.'],
    ['a name suffix inside a name', 'Schools close for Martin Luther King Jr. Day on Monday.'],
    ['a clock time before a parenthesis', 'It struck at 8:30 p.m. (0030 UTC) on Friday.'],
    ['a clock time before a zone code', 'It was issued at 8 p.m. AST on Wednesday.'],
    ['a national initialism after a comma', 'He sued the Coalition for Men, U.S. District Judge Gray Miller said.'],
    ['a middle initial that is also an abbreviation', 'The Leroy P. Steele Prize went to her.'],
  ])('does not end inside %s', (_name, text) => {
    expect(sentences(text)).toEqual([text]);
  });
});

describe('sentences: quotation marks', () => {
  test.each([
    ['straight double', '"He left." She stayed.', ['"He left."', 'She stayed.']],
    ['curly double', '“We are not leaving,” she said. “Not today.”', ['“We are not leaving,” she said.', '“Not today.”']],
    ['curly single', '‘It was a mistake,’ the minister said. ‘We apologise.’', ['‘It was a mistake,’ the minister said.', '‘We apologise.’']],
    ['straight single', "Hello. 'This is a test.' A new one.", ['Hello.', "'This is a test.'", 'A new one.']],
    ['guillemets', '«C’est fini.» Le maire est parti.', ['«C’est fini.»', 'Le maire est parti.']],
    ['a scare quote ending the sentence', 'Critics called it “a farce.” The mayor disagreed.', ['Critics called it “a farce.”', 'The mayor disagreed.']],
  ])('%s', (_name, text, want) => {
    expect(sentences(text)).toEqual(want);
  });

  test('negative: an unclosed quotation does not swallow the paragraph', () => {
    expect(sentences('“First we called the police. Then we waited.')).toEqual(['“First we called the police.', 'Then we waited.']);
  });

  test('negative: apostrophes are not quotation marks', () => {
    expect(sentences("It's the '90s again. The Smiths' house sold.")).toEqual(["It's the '90s again.", "The Smiths' house sold."]);
  });
});

describe('sentences: lists and lines', () => {
  test.each([
    ['numbered inline items', '1. Raise taxes 2. Cut spending 3. Borrow', ['1. Raise taxes', '2. Cut spending', '3. Borrow']],
    ['lettered inline items', 'a) cheaper b) faster c) safer', ['a) cheaper', 'b) faster', 'c) safer']],
    ['bulleted inline items', '• Rent • Food • Fuel', ['• Rent', '• Food', '• Fuel']],
    ['one item per line, no stops', 'Contact:\nJane Doe\npress office', ['Contact:', 'Jane Doe', 'press office']],
    ['dash items', 'Key points:\n- lower rates\n- more homes', ['Key points:', '- lower rates', '- more homes']],
    ['a blank line', 'First part\n\nsecond part', ['First part', 'second part']],
    ['numbered words that are no list', 'Line 1. Line 2. Line 3.', ['Line 1.', 'Line 2.', 'Line 3.']],
    ['a list after a colon', 'Options: a) wait b) act', ['Options:', 'a) wait', 'b) act']],
  ])('%s', (_name, text, want) => {
    expect(sentences(text)).toEqual(want);
  });

  test.each([
    ['a long wrapped line', 'The council said on Tuesday that the new budget would\nraise taxes for most households next year.'],
    ['a soft wrap (space before the break)', 'Taxes will \nrise.'],
    ['a short line that runs on to a stop', 'Taxes will\nrise next year.'],
    ['short broken lines that run on to a stop', 'Editor’s note: He regularly\nincites\nviolence and has\nrepeatedly lied.'],
    ['a single number that is no list', 'The minute has 60 seconds by rule 1 and more.'],
    ['a numbered reference inside a sentence', 'Payment for 1. above and 2. above is due.'],
  ])('negative: does not break at %s', (_name, text) => {
    expect(sentences(text).map((s) => s.replace(/\s+/g, ' '))).toEqual([text.replace(/\s+/g, ' ')]);
  });
});

describe('sentences: the contract', () => {
  test('ranges lie inside [start, end), in order, and cover every non-space character', () => {
    const text = 'Headline\n\nCHICAGO — The U.S. Senate met. “Why now?” asked Sen. Lee. Nobody knew.\n\nMore at www.example.org. The end';
    const norm = normalize(text);
    const start = 10;
    const end = text.length - 4;
    const ranges = splitSentences(norm, start, end);
    let last = start;
    for (const [s, e] of ranges) {
      expect(s).toBeGreaterThanOrEqual(last);
      expect(e).toBeGreaterThan(s);
      last = e;
    }
    expect(last).toBeLessThanOrEqual(end);
    const covered = ranges.map(([s, e]) => norm.slice(s, e)).join('').replace(/\s/g, '');
    expect(covered).toBe(norm.slice(start, end).replace(/\s/g, ''));
  });

  test('same input, same output', () => {
    const text = 'A. B. Smith met Dr. Jones at 5 p.m. Then they left... for good!';
    expect(sentences(text)).toEqual(sentences(text));
  });

  test.each([
    [-1, 3],
    [0, 99],
    [4, 2],
    [0.5, 2],
  ])('a bad range [%s, %s) is the caller’s mistake', (s, e) => {
    expect(() => splitSentences('Some text.', s, e)).toThrow(/^whosaid:/);
  });
});

describe('sentences: hostile input stays linear', () => {
  const N = 200_000;
  test.each([
    ['dots between letters', 'a.'.repeat(N / 2)],
    ['open parentheses', '('.repeat(N)],
    ['open quotes', '"a '.repeat(N / 3)],
    ['apostrophe openers', "'a ".repeat(N / 3)],
    ['list markers', Array.from({ length: N / 8 }, (_, k) => `${(k % 900) + 1}. Item`).join(' ')],
    ['spaced dots', '. '.repeat(N / 2)],
    ['line breaks', 'a\n'.repeat(N / 2)],
    ['at signs and dots', 'a@b.c '.repeat(N / 6)],
    ['one long token of stops', 'A.b'.repeat(N / 3)],
    ['abbreviations', 'Mr. '.repeat(N / 4)],
  ])('%s (200k characters) in under 3 s', (_name, text) => {
    const t0 = performance.now();
    splitSentences(text, 0, text.length);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe.skipIf(!HAS_SHARED)('sentences: the ../shared suites meet their targets', () => {
  const suites = loadSuites(`${SHARED}/external/sentences`) ?? [];
  test.each(suites.map((s) => [s.name, s] as const))('%s', (_name, suite) => {
    const score = scoreSuite(suite, ourSentences);
    expect(score.passed, score.failures.map((f) => f.id).join(', ')).toBeGreaterThanOrEqual(suite.target);
  });
});
