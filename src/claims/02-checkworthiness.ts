import type { Token } from '../nlp/tokens.js';
import {
  CHECKWORTHINESS_WEIGHTS, COMPARISON_WORDS, FIRST_PERSON, PREDICTION_WORDS, SUPERLATIVE_WORDS,
} from '../lexicons/checkworthiness.js';

const COMPARISON = 1;
const SUPERLATIVE = 2;
const ANECDOTE = 4;
const PREDICTION = 8;

/** Each feature word with the features it marks: one look-up per token. */
const FEATURE_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (words: readonly string[], bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  mark(COMPARISON_WORDS, COMPARISON);
  mark(SUPERLATIVE_WORDS, SUPERLATIVE);
  mark(FIRST_PERSON, ANECDOTE);
  mark(PREDICTION_WORDS, PREDICTION);
  return m;
})();

/** What the statement (the sentence) that makes a claim says, read once per sentence. */
export interface StatementFeatures {
  comparison: boolean;
  superlative: boolean;
  anecdote: boolean;
  prediction: boolean;
}

export function statementFeatures(statement: readonly Token[]): StatementFeatures {
  let bits = 0;
  for (const t of statement) bits |= FEATURE_WORDS.get(t.lower) ?? 0;
  return {
    comparison: (bits & COMPARISON) !== 0, superlative: (bits & SUPERLATIVE) !== 0, anecdote: (bits & ANECDOTE) !== 0,
    prediction: (bits & PREDICTION) !== 0,
  };
}

export interface WorthInput {
  unit: string | null;
  bound: string;
  change: 'up' | 'down' | null;
  attributed: boolean;
  timed: boolean;
  subject: boolean;
  statement: StatementFeatures;
}

/** Check-worthiness in 0..1 and the features it was summed from, in a fixed order. */
export function checkworthiness(x: WorthInput): { score: number; features: string[] } {
  const features = ['quantity'];
  if (x.unit === '%' || x.unit === 'percentage point' || (x.unit !== null && /^[A-Z]{3}$/.test(x.unit))) features.push('money-or-percent');
  if (x.change) features.push('change');
  if (x.bound !== 'exact' || x.statement.comparison) features.push('comparison');
  if (x.statement.superlative) features.push('superlative');
  if (x.attributed) features.push('attributed');
  if (x.timed) features.push('time-anchor');
  if (x.subject) features.push('subject');
  if (x.statement.anecdote) features.push('anecdote');
  if (x.statement.prediction) features.push('prediction');
  let score = 0;
  for (const f of features) score += CHECKWORTHINESS_WEIGHTS[f] ?? 0;
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, features };
}
