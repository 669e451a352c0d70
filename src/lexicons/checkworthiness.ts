/**
 * The transparent features behind a claim's check-worthiness, with their weights. A fact-checker reads the
 * feature names in `claim.features` to see why a claim ranks where it does.
 */

import { dict } from './dict.js';

export const CHECKWORTHINESS_WEIGHTS: Readonly<Record<string, number>> = dict({
  /** Every claim states a quantity. */
  quantity: 0.35,
  /** Money or a percentage: the figures fact-checkers check most. */
  'money-or-percent': 0.1,
  /** A change or comparison: "rose 4.1%", "more than". */
  change: 0.15,
  comparison: 0.1,
  /** "the largest", "a record", "the most". */
  superlative: 0.1,
  /** Someone asserts it: the number is inside a quote. */
  attributed: 0.15,
  /** It holds for a stated time: "in September", "since 2022". */
  'time-anchor': 0.05,
  /** It is about a named entity. */
  subject: 0.05,
  /** A first-person anecdote ("I paid £300") is harder to check and matters less. */
  anecdote: -0.2,
  /** A prediction ("will", "expects") cannot be checked yet. */
  prediction: -0.15,
});

export const SUPERLATIVE_WORDS: readonly string[] = [
  'largest', 'biggest', 'highest', 'lowest', 'most', 'least', 'fastest', 'slowest', 'record', 'worst', 'best',
  'smallest', 'greatest', 'deadliest', 'costliest', 'first', 'only', 'unprecedented', 'all-time',
];

export const COMPARISON_WORDS: readonly string[] = [
  'more', 'less', 'fewer', 'than', 'compared', 'versus', 'vs', 'twice', 'double', 'doubled', 'tripled', 'half',
  'above', 'below', 'higher', 'lower', 'up', 'down', 'increase', 'decrease', 'rise', 'fall', 'times',
];

/** Words of a forecast. Modal verbs (could, may, would) are left out: reported speech uses them for facts. */
export const PREDICTION_WORDS: readonly string[] = [
  'will', "'ll", 'expects', 'expect', 'forecast', 'forecasts', 'predicts', 'predicted', 'projected', 'projects',
  'projection', 'plans', 'target', 'targets', 'outlook', 'guidance',
];

export const FIRST_PERSON: readonly string[] = ['i', 'my', 'me', "i'm", "i've", 'mine'];
