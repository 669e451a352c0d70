import type { Token } from '../nlp/tokens.js';
import { MEDIA } from '../lexicons/cues.js';
import { spells } from './02-cues.js';
import { type Range, chunkAfter } from './03-phrases.js';
import { lookupOf } from './lookup.js';

/** Media of several words ("blog post", "note to clients"), by their first word, in lexicon order. */
const MULTI_WORD = new Map<string, Array<{ words: string[]; medium: string }>>();
for (const k of Object.keys(MEDIA)) {
  if (!k.includes(' ')) continue;
  const words = k.split(' ');
  const entry = { words, medium: MEDIA[k]! };
  const list = MULTI_WORD.get(words[0]!);
  if (list) list.push(entry);
  else MULTI_WORD.set(words[0]!, [entry]);
}
const verbMedium = lookupOf<string>({ tweeted: 'tweet', tweets: 'tweet', tweeting: 'tweet', tweet: 'tweet', wrote: 'letter' });
const mediumNamed = lookupOf(MEDIA);
const MEDIUM_LEADS = new Set(['in', 'on', 'via', 'through', 'during', 'at']);

/**
 * How it was said: "in a tweet", "in a statement", "wrote in a blog post", "posted on X", "a tweet ... which
 * reads". Looks only in [lo, hi) outside the content, near the cue.
 */
export function findMedium(tokens: readonly Token[], lo: number, hi: number, skip: (i: number) => boolean, cue: Range | null): string | null {
  if (cue) {
    const w = tokens[cue.from]!.lower;
    if (verbMedium(w) === 'tweet') return 'tweet';
    const after = tokens[cue.to];
    if (w.startsWith('post') && after?.lower === 'on' && tokens[cue.to + 1]?.text === 'X') return 'post on X';
  }
  // Near the cue: "said in a statement", "In a statement, X said"; not a noun far off in another clause.
  const from = cue ? Math.max(lo, cue.from - 12) : lo;
  const to = cue ? Math.min(hi, cue.to + 8) : hi;
  for (let i = from; i < to; i++) {
    // Words of the content say nothing of how it was said. `skip` is asked only of a word that names a
    // medium: most words name none, and the question costs more than the look-ups.
    const m = mediumAt(tokens, i, lo, hi);
    if (m !== null && !skip(i)) return m;
  }
  return null;
}

/** The medium that the words at token i name ("tweet", "blog post", "post on X"), or null. */
function mediumAt(tokens: readonly Token[], i: number, lo: number, hi: number): string | null {
  const t = tokens[i]!;
  if (t.text === 'X' && tokens[i - 1]?.lower === 'on' && /^post/.test(tokens[i - 2]?.lower ?? '')) return 'post on X';
  const multi = MULTI_WORD.get(t.lower);
  if (multi) {
    for (const { words, medium } of multi) if (spells(tokens, i, words, hi)) return medium;
  }
  // Only a noun names a medium: the tag is read before the word is looked up.
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  const m = mediumNamed(t.lower);
  return m && leadIn(tokens, i, lo) ? m : null;
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

/** Words before "with" that lead to an addressee: "interview with", "speaking with". */
const LEADS_WITH = new Set(['interview', 'conversation', 'interviews', 'call', 'meeting', 'speaking', 'talking']);
/** Words before "to" that do: "speaking to". */
const LEADS_TO = new Set(['speaking', 'talking']);

/** "in an interview with The Times", "in a conversation with Business Insider", "speaking to reporters". */
export function findAddressee(tokens: readonly Token[], lo: number, hi: number, skip: (i: number) => boolean): Range | null {
  for (let i = lo; i < hi - 1; i++) {
    const next = tokens[i + 1]!.lower;
    // Every lead is followed by "with" or "to": one test passes over most words.
    if (next !== 'with' && next !== 'to') continue;
    const w = tokens[i]!.lower;
    const leads = next === 'with' ? LEADS_WITH.has(w) : LEADS_TO.has(w);
    // `skip` (words of the content) is asked only where an addressee would start: most words lead to none.
    if (leads && !skip(i)) return chunkAfter(tokens, i + 2, hi);
  }
  return null;
}
