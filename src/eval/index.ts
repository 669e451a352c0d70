export { evaluate, addScores, summarize, type Score, type Summary } from './evaluate.js';
export { Gold, GoldQuote, GoldEntity, GoldClaim } from './gold.js';
export { scorePolnear, isSpeechCue, type PolnearArticle, type PolnearScore } from './polnear.js';
export { prf, ratio, type Prf, type Counts, type Ratio } from './prf.js';
