import type { Token } from '../nlp/tokens.js';
import { CUE_PHRASES, NON_STATEMENT_PHRASES } from '../lexicons/cues.js';
import { type CueEntry, CUE_INDEX } from './cue-lexicon.js';

/** A reporting cue found in a sentence: token range [from, to) in doc.tokens. */
export interface Cue {
  from: number;
  to: number;
  /** verb: a reporting verb ("said", "pointed out"); source-after: "according to", "as pointed out by". */
  kind: 'verb' | 'source-after';
  entry: CueEntry | null;
  /** The verb takes an addressee before its clause ("told The Times that"). */
  object: boolean;
  /** Passive ("as noted by", "was quoted as saying"): the speaker comes after "by" or before "was". */
  passive: boolean;
}

const NEEDS_VERB_TAG = new Set(['base', 'present']);
const phraseWords = CUE_PHRASES.map((p) => ({ words: p.phrase.split(' '), kind: p.kind }));
/** The phrases by their first word, in lexicon order. */
const phrasesByFirst = new Map<string, typeof phraseWords>();
for (const p of phraseWords) {
  const list = phrasesByFirst.get(p.words[0]!);
  if (list) list.push(p);
  else phrasesByFirst.set(p.words[0]!, [p]);
}
/**
 * The phrases that say no statement was made ("declined to comment"), by each of their words, with the word's
 * place in the phrase: a cue word is looked up once, and only the phrases holding it are spelled out.
 */
const nonStatementsByWord = new Map<string, Array<{ words: readonly string[]; at: number }>>();
for (const phrase of NON_STATEMENT_PHRASES) {
  const words = phrase.split(' ');
  words.forEach((w, at) => {
    const list = nonStatementsByWord.get(w);
    if (list) list.push({ words, at });
    else nonStatementsByWord.set(w, [{ words, at }]);
  });
}

/** What can start at a word: the listed phrases it opens, and the speech forms of cue verbs it opens. */
interface CueStart {
  phrases: readonly (typeof phraseWords)[number][];
  /** The speech forms among CUE_INDEX's entries for the word, in its order; null when the word opens no verb form. */
  speech: readonly CueEntry[] | null;
}

/**
 * Every word a speech cue can start with: most tokens are none, and one look-up tells (and gives what to try).
 * A word whose verb forms are all thought or evidence ("believes", "shows") and that opens no phrase starts none.
 */
const CUE_STARTS = new Map<string, CueStart>();
for (const word of new Set([...phrasesByFirst.keys(), ...CUE_INDEX.keys()])) {
  const phrases = phrasesByFirst.get(word) ?? [];
  const entries = CUE_INDEX.get(word);
  const speech = entries ? entries.filter((e) => e.verb.kind === 'speech') : null;
  if (phrases.length === 0 && (speech === null || speech.length === 0)) continue;
  CUE_STARTS.set(word, { phrases, speech });
}

/** Whether tokens from i spell the given words (lowercase). */
export function spells(tokens: readonly Token[], i: number, words: readonly string[], hi: number): boolean {
  if (i + words.length > hi) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k]!.lower !== words[k]) return false;
  return true;
}

/** The first of `phrases` spelled from token i ("according to", "as pointed out by"), or undefined. */
function phraseAt(phrases: CueStart['phrases'], tokens: readonly Token[], i: number, hi: number): (typeof phraseWords)[number] | undefined {
  for (const p of phrases) if (spells(tokens, i, p.words, hi)) return p;
  return undefined;
}

/** The first of the speech forms `entries` spelled from token i, or undefined. */
function speechEntryAt(entries: readonly CueEntry[], tokens: readonly Token[], i: number, hi: number): CueEntry | undefined {
  for (const e of entries) if (spells(tokens, i, e.words, hi)) return e;
  return undefined;
}

/** Speech cues in the sentence whose tokens are [lo, hi), in order, not overlapping. */
export function findCues(tokens: readonly Token[], lo: number, hi: number): Cue[] {
  const out: Cue[] = [];
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!;
    const starts = CUE_STARTS.get(t.lower);
    if (starts === undefined) continue;
    // Multi-word phrases first: "according to", "as pointed out by", "quoted as saying".
    const phrase = phraseAt(starts.phrases, tokens, i, hi);
    if (phrase) {
      const isBy = phrase.words[phrase.words.length - 1] === 'by';
      out.push({ from: i, to: i + phrase.words.length, kind: phrase.kind, entry: null, object: false, passive: isBy || phrase.words[0] === 'quoted' });
      i += phrase.words.length - 1;
      continue;
    }
    if (!starts.speech) continue;
    // Part of a hyphenated word: "add-ons", "read-out".
    if ((tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end) || (tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start)) continue;
    const entry = speechEntryAt(starts.speech, tokens, i, hi);
    if (!entry) continue;
    const after = tokens[i + entry.words.length];
    const before = tokens[i - 1];
    // "Lynch notes they were ...": a present form between a subject and a clause is a verb whatever its tag.
    const clauseFollows = after !== undefined && (after.lower === 'that' || ((after.pos === 'PRON' || after.pos === 'DET') && before !== undefined && (before.pos === 'PROPN' || before.pos === 'PRON')));
    if ((NEEDS_VERB_TAG.has(entry.form) || entry.form === 'gerund') && !isVerbOrAux(t) && !(clauseFollows && entry.form === 'present')) continue;
    if ((entry.form === 'past' || entry.form === 'participle') && !isVerbOrAux(t) && t.pos !== 'ADJ') continue;
    if (isNonStatement(tokens, i, lo, hi)) continue;
    // "said to be", "is said to": hearsay, not a statement by the subject.
    const afterTo = tokens[i + entry.words.length + 1];
    if (entry.verb.base === 'say' && tokens[i + entry.words.length]?.lower === 'to' && afterTo && isVerbOrAux(afterTo)) continue;
    const to = i + entry.words.length;
    // "blood clots were observed in the trial": a passive without its agent reports no one's words.
    if ((entry.form === 'participle' || entry.form === 'past') && isBeForm(tokens[i - 1]) && i - 1 >= lo && tokens[to]?.lower !== 'by') continue;
    const passive = tokens[to]?.lower === 'by' && (entry.form === 'participle' || entry.form === 'past') && isPassiveAux(tokens, i, lo);
    out.push({ from: i, to, kind: 'verb', entry, object: entry.verb.object === true, passive });
    i = to - 1;
  }
  return out;
}

/**
 * A verb or an auxiliary. One helper for the frequent tests and the rare one ("said to be"): the rare test then
 * reads type feedback the frequent ones gave, and the optimised findCues is not thrown away when it first runs.
 */
const isVerbOrAux = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

const BE_FORMS = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
const isBeForm = (t: Token | undefined): boolean => t !== undefined && BE_FORMS.has(t.lower);

function isPassiveAux(tokens: readonly Token[], i: number, lo: number): boolean {
  const prev = tokens[i - 1];
  return i - 1 >= lo && prev !== undefined && ['as', 'was', 'were', 'been', 'is', 'are', 'be'].includes(prev.lower);
}

/** Whether token i is part of a phrase saying no statement was made ("did not respond", "declined to say"). */
function isNonStatement(tokens: readonly Token[], i: number, lo: number, hi: number): boolean {
  const holding = nonStatementsByWord.get(tokens[i]!.lower);
  if (holding) {
    for (const { words, at } of holding) {
      const start = i - at;
      if (start >= lo && spells(tokens, start, words, hi)) return true;
    }
  }
  return false;
}
