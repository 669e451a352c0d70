/**
 * A hand-made article with a hand-made Analysis holding quotes, claims and entities, for testing the view
 * before (and independently of) the extractors. Structure comes from extract(); the rest is written here with
 * offsets found by searching the text, so every span is exact.
 */
import { Analysis, extract, type Claim, type Entity, type Quote, type Span } from '../../src/index.js';

export const FIXTURE_TEXT = [
  'Harbour Council Backs Electric Ferry Plan',
  '',
  'By Jo Reed',
  '',
  'PORTLAND (Coast Wire) — The harbour council voted on Tuesday to spend $4.5 million on two electric ferries.',
  '',
  '"This is the cleanest money we will ever spend," said Mayor Ana Ruiz, who backed the plan.',
  '',
  'Critics told the Coast Herald that fares could rise by 12% next year.',
  '',
  'Ruiz said the ferries would carry over 3,000 passengers a day.',
  '',
  'In a statement, the ferry operator said:',
  '',
  'Subscribe to our newsletter for more harbour news.',
].join('\n');

/** The span of the `nth` occurrence of `needle` in `text`; throws when it is not there. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: "${needle}" (#${nth}) is not in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** Index of the sentence holding `offset` (or the next one: a dateline sits before the first sentence). */
function sentenceOf(a: Analysis, offset: number): number {
  const i = a.sentences.findIndex((s) => offset < s.end);
  if (i === -1) throw new Error(`fixture: no sentence holds offset ${offset}`);
  return i;
}

function paragraphOf(a: Analysis, offset: number): number {
  const p = a.paragraphs.find((x) => x.start <= offset && offset < x.end);
  if (!p) throw new Error(`fixture: no paragraph holds offset ${offset}`);
  return p.index;
}

/** A full Analysis of `text`: extract()'s structure plus quotes, claims and entities built by `fill` alone. */
export function analysisOf(
  text: string,
  fill: (base: Analysis, at: { find: (needle: string, nth?: number) => Span; sentence: (o: number) => number; paragraph: (o: number) => number }) => Partial<Analysis>,
): Analysis {
  const full = extract(text);
  // Only the structure: what the quote, claim and entity stages find is replaced by `fill`.
  const base: Analysis = {
    ...full,
    entities: [],
    quotes: [],
    claims: [],
    warnings: full.warnings.filter((w) => w.code !== 'missing-quote' && w.code !== 'unclosed-quote'),
  };
  const more = fill(base, { find: (n, k) => find(text, n, k), sentence: (o) => sentenceOf(base, o), paragraph: (o) => paragraphOf(base, o) });
  return Analysis.parse({ ...base, ...more });
}

function quote(q: Partial<Quote> & Pick<Quote, 'id' | 'kind' | 'content' | 'sentence' | 'paragraph'>): Quote {
  return { parts: q.content ? [q.content] : [], speaker: null, cue: null, addressee: null, medium: null, confidence: 0.9, rule: 'fixture', ...q };
}

function claim(c: Partial<Claim> & Pick<Claim, 'id' | 'span' | 'value' | 'statement' | 'sentence' | 'checkworthiness'>): Claim {
  return { upper: null, unit: null, bound: 'exact', per: null, change: null, subject: null, time: null, quote: null, source: null, features: ['quantity'], rule: 'fixture', ...c };
}

export function fixtureAnalysis(): Analysis {
  return analysisOf(FIXTURE_TEXT, (base, at) => {
    const ruiz = at.find('Mayor Ana Ruiz');
    const ruiz2 = at.find('Ruiz', 1);
    const critics = at.find('Critics');
    const operator = at.find('the ferry operator');
    const q1 = at.find('This is the cleanest money we will ever spend,');
    const q2 = at.find('fares could rise by 12% next year');
    const q3 = at.find('the ferries would carry over 3,000 passengers a day');
    const entities: Entity[] = [
      { id: 'e1', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'], mentions: [ruiz, ruiz2].map((m) => ({ ...m, sentence: at.sentence(m.start), kind: 'name' as const })) },
      { id: 'e2', name: 'Coast Herald', type: 'organization', aliases: [], mentions: [at.find('Coast Herald')].map((m) => ({ ...m, sentence: at.sentence(m.start), kind: 'name' as const })) },
      { id: 'e3', name: 'Portland', type: 'place', aliases: [], mentions: [at.find('PORTLAND')].map((m) => ({ ...m, sentence: at.sentence(m.start), kind: 'name' as const })) },
    ];
    const ruizSpeaker = (mention: Span) => ({ name: 'Ana Ruiz', names: ['Ana Ruiz'], entity: 'e1', mention, role: 'Mayor' });
    const quotes: Quote[] = [
      quote({ id: 'q1', kind: 'direct', content: q1, speaker: ruizSpeaker(ruiz), cue: at.find('said'), sentence: at.sentence(q1.start), paragraph: at.paragraph(q1.start) }),
      quote({
        id: 'q2', kind: 'indirect', content: q2, cue: at.find('told'), sentence: at.sentence(q2.start), paragraph: at.paragraph(q2.start),
        speaker: { name: 'critics', names: ['critics'], entity: null, mention: critics, role: null },
        addressee: { name: 'Coast Herald', entity: 'e2', mention: at.find('the Coast Herald') },
      }),
      quote({ id: 'q3', kind: 'indirect', content: q3, speaker: ruizSpeaker(ruiz2), cue: at.find('said', 1), sentence: at.sentence(q3.start), paragraph: at.paragraph(q3.start) }),
      quote({
        id: 'q4', kind: 'direct', content: null, medium: 'statement', cue: at.find('said', 2), sentence: at.sentence(operator.start), paragraph: at.paragraph(operator.start),
        speaker: { name: 'the ferry operator', names: ['the ferry operator'], entity: null, mention: operator, role: null },
      }),
    ];
    const money = at.find('$4.5 million');
    const pct = at.find('by 12%');
    const pax = at.find('over 3,000 passengers a day');
    const claims: Claim[] = [
      claim({ id: 'c1', span: money, value: 4_500_000, unit: 'USD', statement: at.find('The harbour council voted on Tuesday to spend $4.5 million on two electric ferries.'), sentence: at.sentence(money.start), checkworthiness: 0.55, time: at.find('on Tuesday') }),
      claim({ id: 'c2', span: pct, value: 12, unit: '%', change: 'up', statement: q2, sentence: at.sentence(pct.start), checkworthiness: 0.8, quote: 'q2', source: 'critics', features: ['quantity', 'change', 'attributed', 'future'] }),
      claim({ id: 'c3', span: pax, value: 3000, unit: 'passenger', bound: 'lower', per: 'day', statement: q3, sentence: at.sentence(pax.start), checkworthiness: 0.65, quote: 'q3', source: 'Ana Ruiz', features: ['quantity', 'attributed'] }),
    ];
    const boiler = base.paragraphs[base.paragraphs.length - 1]!;
    const paragraphs = base.paragraphs.map((p) => (p === boiler ? { ...p, zone: 'boilerplate' as const } : p));
    const warnings = [
      ...base.warnings,
      { code: 'missing-quote', message: 'The ferry operator is introduced as quoted but the quote is missing.', span: at.find('In a statement, the ferry operator said:') },
    ];
    return { entities, quotes, claims, paragraphs, warnings };
  });
}
