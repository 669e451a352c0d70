/**
 * The words around a quantity that qualify it: bounds ("over", "nearly", "or more"), rates ("a month",
 * "per share", "annually"), and changes ("rose 4.1%", "cut 1,200 jobs").
 */
import {
  BOUND_AFTER, BOUND_BEFORE, BOUND_SYMBOLS, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_SKIPPABLE, type BoundWord,
} from '../lexicons/numbers.js';
import { NOT_RATE_AFTER, RATE_ADVERBS, RATE_NOUNS, TIME_WORDS } from '../lexicons/units.js';
import { classifyToken, opensPhrase } from './number-words.js';
import { indexPhrases, phraseAfter, phraseBefore } from './phrases.js';
import { singular } from './units.js';
import type { Token } from './tokens.js';

const BEFORE = indexPhrases({ ...BOUND_BEFORE, ...BOUND_SYMBOLS }, 'last');
const AFTER = indexPhrases(BOUND_AFTER, 'first');

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** A bound phrase ending right before token `at`: "over", "more than", "an estimated", ">=". */
export function boundBefore(toks: readonly Token[], at: number): { first: number; bound: BoundWord } | null {
  const t = toks[at];
  if (t === undefined || t.gap === 2) return null;
  let m = phraseBefore(toks, at, BEFORE);
  // "roughly once every eight years": the bound before the frequency
  if (m === null && isWord(toks[at - 1]) && toks[at - 1]!.lower === 'every' && isWord(toks[at - 2]) && toks[at - 2]!.lower === 'once') {
    m = phraseBefore(toks, at - 2, BEFORE);
  }
  if (m === null) return null;
  // "went up to 53.8p": a movement, not a bound
  if (m.value === 'upper' && toks[m.first]!.lower === 'up' && movedBefore(toks, m.first)) return null;
  // "<>30", "=>30": a comparison symbol glued to another is no bound
  const f = toks[m.first]!;
  const before = toks[m.first - 1];
  if (f.kind === 'sym' && f.gap === 0 && before !== undefined && before.kind === 'sym' && '<>=!'.includes(before.text)) return null;
  // "some" and "near" bound only what follows at once; "up to" is no "up" change
  return { first: m.first, bound: m.value };
}

/** A bound phrase starting at token `at`: "or more", "and older", "plus", "+". Not when a number follows it. */
export function boundAfter(toks: readonly Token[], at: number): { end: number; bound: BoundWord } | null {
  const t = toks[at];
  if (t === undefined || t.gap === 2) return null;
  if (t.kind === 'sym' && t.text === '+' && t.gap === 0 && !(toks[at + 1]?.kind === 'num' && toks[at + 1]!.gap === 0)) return { end: at + 1, bound: 'lower' };
  if (t.kind === 'sym' && t.text === '-' && t.gap === 0 && isWord(toks[at + 1]) && toks[at + 1]!.lower === 'plus' && toks[at + 1]!.gap === 0) return { end: at + 2, bound: 'lower' };
  const m = phraseAfter(toks, at, AFTER);
  if (m === null) return null;
  // "200 or greater than 190", "twenty and less or equal than thirty five": the bound belongs to the next number
  let k = m.end;
  while (k < m.end + 5 && isWord(toks[k]) && /^(or|equal|than|to)$/.test(toks[k]!.lower)) k++;
  const nx = toks[k];
  if (nx !== undefined && nx.gap !== 2) {
    if (nx.kind === 'num' || (nx.kind === 'sym' && '$£€¥'.includes(nx.text))) return null;
    const c = isWord(nx) ? classifyToken(nx) : null;
    if (c !== null && (opensPhrase(c) || c.t === 'a')) return null;
  }
  // "or equal to" trails a bound written before the number: "more than 5000 or equal to"
  let end = m.end;
  if (isWord(toks[end]) && toks[end]!.lower === 'to' && m.value === 'upper' && toks[end - 1]!.lower === 'equal') end++;
  return { end, bound: m.value };
}

/**
 * A rate starting at token `at`: "a month", "per month", "each month", "per capita", "/hour", "monthly",
 * "a share", "-a-share", "per million people". Not "a year earlier" or "a month ago".
 */
export function rateAfter(toks: readonly Token[], at: number): { end: number; per: string } | null {
  let k = at;
  const t = toks[k];
  if (t === undefined || t.gap === 2) return null;
  if (isWord(t) && RATE_ADVERBS[t.lower] !== undefined && t.lower !== 'apiece') return { end: k + 1, per: RATE_ADVERBS[t.lower]! };
  let hyphens = false;
  if (t.kind === 'sym' && (t.text === '-' || t.text === '–')) { k++; hyphens = true; }
  const w = toks[k];
  if (w === undefined) return null;
  let kindWord: string;
  if (w.kind === 'sym' && w.text === '/') kindWord = '/';
  else if (isWord(w)) kindWord = w.lower;
  else return null;
  if (!['a', 'an', 'per', 'each', 'every', '/', 'a.'].includes(kindWord)) return null;
  k++;
  if (hyphens && toks[k]?.text === '-') k++;
  const n = toks[k];
  if (n === undefined || n.gap === 2) return null;
  if (kindWord === 'per' && isWord(n) && n.lower === 'cent') return null;
  // "per million people", "per 100,000 residents"
  if (kindWord === 'per' && (n.kind === 'num' || (isWord(n) && /^(hundred|thousand|million|billion)$/.test(n.lower)))) {
    const scale = n.kind === 'num' ? n.text : n.lower;
    const noun = toks[k + 1];
    if (isWord(noun) && noun.gap === 1) return { end: k + 2, per: `${scale} ${noun.lower}` };
    return null;
  }
  if (!isWord(n)) return null;
  const word = n.lower;
  const time = TIME_WORDS[word];
  const noun = RATE_NOUNS[singular(word)];
  if (time === undefined && noun === undefined) return null;
  if (kindWord === 'every' && time === undefined) return null;
  if ((kindWord === 'a' || kindWord === 'an' || kindWord === 'each') && word.endsWith('s') && word !== 'gas') return null;
  const after = toks[k + 1];
  if (isWord(after) && after.gap !== 2 && NOT_RATE_AFTER.has(after.lower) && time !== undefined) return null;
  if (kindWord === 'each' && word === 'time') return null;
  return { end: k + 1, per: time !== undefined ? time.unit : noun! };
}

/**
 * The change a quantity states, from the words before it ("rose 4.1%", "cut another 1,200 jobs", "fell from 62
 * to 41": the 41) or right after it ("a 5% rise"). `covered` says which tokens belong to earlier quantities.
 */
export function changeBefore(toks: readonly Token[], first: number, covered: (k: number) => boolean, money = false): 'up' | 'down' | null {
  let passedTo = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 10; k--, steps++) {
    const t = toks[k]!;
    if (toks[k + 1] !== undefined && toks[k + 1]!.gap === 2) return null;
    if (covered(k)) continue;
    if (t.kind === 'sym') {
      if (t.text === '$' || t.text === '£' || t.text === '€' || t.text === '¥') continue;
      return null;
    }
    if (t.kind !== 'word') return null;
    const w = t.lower;
    const c = CHANGE_BEFORE[w];
    if (c !== undefined) {
      // "up to 40%" is a bound, but "edged up to 4.3%" a change
      if (w === 'up' && isWord(toks[k + 1]) && toks[k + 1]!.lower === 'to') return movedBefore(toks, k) ? 'up' : null;
      // "raised $45 million" is fundraising, "raised prices by 5%" a change
      if (money && /^rais/.test(w) && steps <= 1) return null;
      if ((w === 'close' || w === 'closes' || w === 'closed' || w === 'closing') && isWord(toks[k + 1]) && /^(to|at)$/.test(toks[k + 1]!.lower)) return null;
      if ((w === 'lay' || w === 'laid' || w === 'laying') && !(isWord(toks[k + 1]) && toks[k + 1]!.lower === 'off')) return null;
      if (w === 'lower' || w === 'higher') return null;
      return c;
    }
    if (w === 'off' && isWord(toks[k - 1]) && /^(lay|laid|laying|lays)$/.test(toks[k - 1]!.lower)) return 'down';
    if (w === 'from') {
      if (!passedTo) return null;
      return changeVerbNear(toks, k, 8); // "raises the tax on streaming services from 9% to 11%"
    }
    if (w === 'to') { passedTo = true; continue; }
    if (CHANGE_SKIPPABLE.has(w) || (w.endsWith('ly') && w.length > 4)) continue;
    return null;
  }
  return null;
}

/** A change verb among the `window` words before token k, within the clause: "raises the tax ... from 9% to 11%". */
export function changeVerbNear(toks: readonly Token[], k: number, window: number): 'up' | 'down' | null {
  for (let j = k - 1; j >= 0 && j >= k - window; j--) {
    const t = toks[j]!;
    if (t.kind === 'sym' && /^[.;:!?]$/.test(t.text)) return null;
    if (toks[j + 1]!.gap === 2) return null;
    if (!isWord(t)) continue;
    const c = CHANGE_BEFORE[t.lower];
    if (c !== undefined && !/^(up|down|close|closes|closed|closing|lower|higher|lay|laid|laying)$/.test(t.lower)) return c;
  }
  return null;
}

/** A verb of movement right before token k: "edged up to", "went up to". */
export function movedBefore(toks: readonly Token[], k: number): boolean {
  const v = toks[k - 1];
  return isWord(v) && ((CHANGE_BEFORE[v.lower] === 'up' && !/^add/.test(v.lower)) || MOVE_VERBS.has(v.lower));
}

const MOVE_VERBS = new Set([
  'edged', 'edge', 'edges', 'went', 'go', 'goes', 'gone', 'going', 'moved', 'move', 'moves', 'crept', 'creep',
  'ticked', 'tick', 'shot', 'came', 'come', 'comes', 'ran', 'run', 'runs', 'stepped', 'revised', 'bumped', 'pushed',
  'driven', 'drove', 'ramped', 'scaled', 'marked', 'priced', 'sped', 'speeded', 'rounded', 'sent',
]);

/** "a 5% rise", "a 3% drop": a change noun right after the quantity. */
export function changeAfter(toks: readonly Token[], at: number): 'up' | 'down' | null {
  const t = toks[at];
  if (!isWord(t) || t.gap === 2) return null;
  const c = CHANGE_AFTER[t.lower];
  if (c === undefined || t.lower === 'more' || t.lower === 'less' || t.lower === 'fewer' || t.lower === 'additional' || t.lower === 'extra') return null;
  return c;
}
