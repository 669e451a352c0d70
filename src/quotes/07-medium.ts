import type { Token } from '../nlp/tokens.js';
import { MEDIA } from '../lexicons/cues.js';
import { type Range, chunkAfter } from './03-phrases.js';

/** Media of several words ("blog post", "note to clients"), by their first word, in lexicon order. */
const MULTI_WORD = new Map<string, string[][]>();
for (const k of Object.keys(MEDIA)) {
  if (!k.includes(' ')) continue;
  const words = k.split(' ');
  const list = MULTI_WORD.get(words[0]!);
  if (list) list.push(words);
  else MULTI_WORD.set(words[0]!, [words]);
}
const VERB_MEDIA: Readonly<Record<string, string>> = { tweeted: 'tweet', tweets: 'tweet', tweeting: 'tweet', tweet: 'tweet', wrote: 'letter' };
const MEDIUM_LEADS = new Set(['in', 'on', 'via', 'through', 'during', 'at']);

/**
 * How it was said: "in a tweet", "in a statement", "wrote in a blog post", "posted on X", "a tweet ... which
 * reads". Looks only in [lo, hi) outside the content, near the cue.
 */
export function findMedium(tokens: readonly Token[], lo: number, hi: number, skip: (i: number) => boolean, cue: Range | null): string | null {
  if (cue) {
    const w = tokens[cue.from]!.lower;
    if (VERB_MEDIA[w] === 'tweet') return 'tweet';
    const after = tokens[cue.to];
    if (w.startsWith('post') && after?.lower === 'on' && tokens[cue.to + 1]?.text === 'X') return 'post on X';
  }
  // Near the cue: "said in a statement", "In a statement, X said"; not a noun far off in another clause.
  const from = cue ? Math.max(lo, cue.from - 12) : lo;
  const to = cue ? Math.min(hi, cue.to + 8) : hi;
  for (let i = from; i < to; i++) {
    if (skip(i)) continue;
    const t = tokens[i]!;
    if (t.text === 'X' && tokens[i - 1]?.lower === 'on' && /^post/.test(tokens[i - 2]?.lower ?? '')) return 'post on X';
    for (const words of MULTI_WORD.get(t.lower) ?? []) {
      if (words.every((w, k) => tokens[i + k]?.lower === w) && i + words.length <= hi) return MEDIA[words.join(' ')]!;
    }
    const m = MEDIA[t.lower];
    if (m && (t.pos === 'NOUN' || t.pos === 'PROPN') && leadIn(tokens, i, lo)) return m;
  }
  return null;
}

/** "in a statement", "in its blog post", "a tweet": the medium noun is led by a preposition or determiner. */
function leadIn(tokens: readonly Token[], i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo && k >= i - 4; k--) {
    const w = tokens[k]!.lower;
    if (MEDIUM_LEADS.has(w)) return true;
    if (tokens[k]!.pos === 'VERB') return /^(post|publish|release|issue|send|sent|tweet|write|wrote|written)/.test(w);
  }
  return false;
}

/** "in an interview with The Times", "in a conversation with Business Insider", "speaking to reporters". */
export function findAddressee(tokens: readonly Token[], lo: number, hi: number, skip: (i: number) => boolean): Range | null {
  for (let i = lo; i < hi - 1; i++) {
    if (skip(i)) continue;
    const w = tokens[i]!.lower;
    const next = tokens[i + 1]!.lower;
    if ((w === 'interview' || w === 'conversation' || w === 'interviews' || w === 'call' || w === 'meeting') && next === 'with') {
      return chunkAfter(tokens, i + 2, hi);
    }
    if ((w === 'speaking' || w === 'talking') && (next === 'to' || next === 'with')) return chunkAfter(tokens, i + 2, hi);
  }
  return null;
}
