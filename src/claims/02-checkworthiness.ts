import type { Token } from '../nlp/tokens.js';
import {
  CHECKWORTHINESS_WEIGHTS, COMPARISON_WORDS, FIRST_PERSON, PREDICTION_WORDS, SUPERLATIVE_WORDS,
} from '../lexicons/checkworthiness.js';

const superlatives = new Set(SUPERLATIVE_WORDS);
const comparisons = new Set(COMPARISON_WORDS);
const predictions = new Set(PREDICTION_WORDS);
const firstPerson = new Set(FIRST_PERSON);

/** What the statement (the sentence) that makes a claim says, read once per sentence. */
export interface StatementFeatures {
  comparison: boolean;
  superlative: boolean;
  anecdote: boolean;
  prediction: boolean;
}

export function statementFeatures(statement: readonly Token[]): StatementFeatures {
  const f: StatementFeatures = { comparison: false, superlative: false, anecdote: false, prediction: false };
  for (const t of statement) {
    if (comparisons.has(t.lower)) f.comparison = true;
    if (superlatives.has(t.lower)) f.superlative = true;
    if (firstPerson.has(t.lower)) f.anecdote = true;
    if (predictions.has(t.lower)) f.prediction = true;
  }
  return f;
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
