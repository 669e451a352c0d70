import type { Token } from '../nlp/tokens.js';
import { type Candidate, newCandidate, noParts } from './candidate.js';
import type { QuoteKind } from '../schema/quote.js';
import type { Cue } from './02-cues.js';
import { type Range, type SpeakerPhrase, chunkAfter, chunkBefore, isName, speakerAfter, speakerBefore } from './03-phrases.js';
import { findAddressee, findMedium } from './07-medium.js';
import { isQuoteMark, isTerminal } from './token-search.js';
import { MEDIA } from '../lexicons/cues.js';
import { CUE_INDEX } from './cue-lexicon.js';
import { lookupOf } from './lookup.js';

/** Tokens on each side of a cue that its speaker and reported words are looked for in. */
export const WINDOW = 400;

/** A sentence as the rules see it: its token range and where it stands. */
export interface SentenceView {
  tokens: readonly Token[];
  lo: number;
  hi: number;
  index: number;
  paragraph: number;
}

/** The last token of the sentence that is not closing punctuation ("." "!" "?" ":"), exclusive. */
export function contentEnd(s: SentenceView): number {
  let e = s.hi;
  while (e > s.lo && isTerminal(s.tokens[e - 1])) e--;
  return e;
}

const endsWithColon = (s: SentenceView): boolean => s.hi > s.lo && s.tokens[s.hi - 1]!.text === ':';
const hasVerb = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
};

/** Documents and data that speak for whoever made them. */
const SOURCE_NOUNS = new Set(['survey', 'poll', 'data', 'figures', 'report', 'study', 'analysis', 'statistics', 'estimates', 'filings', 'records', 'documents', 'research', 'review', 'audit', 'statement', 'release', 'census']);

/** Reporting verbs that take an infinitive as their content: "urged customers not to travel". */
const INFINITIVE_CUES = new Set(['urge', 'ask', 'tell', 'warn', 'advise', 'call', 'implore', 'encourage', 'remind', 'order', 'instruct', 'promise', 'pledge', 'vow', 'threaten', 'demand', 'agree', 'plead', 'beg']);
/** Verbs that report words by naming something: "called the plan "a disaster"". */
const NAMING_CUES = new Set(['call', 'describe', 'dub', 'label', 'brand', 'term']);
const hasQuoteMark = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (isQuoteMark(tokens[k])) return true;
  return false;
};
/** Verbs that need "that" (or a colon) before reported speech: "advised Mercantile" is no statement. */
const NEEDS_THAT = new Set(['advise', 'inform', 'assure', 'remind', 'alert', 'brief', 'convince', 'notify', 'persuade', 'reassure', 'answer', 'counter', 'post', 'read', 'report', 'continue', 'reveal', 'signal', 'cite', 'object', 'question', 'rule', 'repeat', 'relate', 'estimate', 'forecast', 'indicate', 'blame', 'condemn', 'decry', 'criticise', 'criticize', 'blast', 'recommend', 'propose', 'demand', 'speak', 'charge']);
const NO_CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'and', 'because', 'as', 'although', 'though', 'after', 'before', 'since', 'so', 'or', 'nor', 'than', 'for', 'about', 'to', 'with', 'without', 'by', 'of', 'during', 'in', 'on', 'at', 'into', 'over', 'against']);

/** "said on Tuesday the company would ...": skip a short prepositional phrase before the clause. */
const NUMBER_BOUNDS = new Set(['about', 'around', 'over', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'under', 'up', 'more', 'less', 'fewer', 'just']);
const TEMPORAL = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'last', 'this', 'earlier', 'later', 'recently', 'again', 'also', 'then', 'previously', 'privately', 'publicly']);

/**
 * Tag and word lists of the rules below, as sets made once (array literals tested with .includes were made on
 * every call).
 */
/** Tags of the words of a short phrase after a preposition: "on Tuesday", "in a statement". */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Tags that may follow a degree word opening a clause: "too much", "very few". */
const DEGREE_FOLLOWERS = new Set(['ADJ', 'DET', 'NUM', 'ADV']);
/** Tags of a word opening an introductory phrase: "In March, ...", "However, ...". */
const INTRO_TAGS = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ']);
/** Auxiliaries before "quoted as saying". */
const QUOTED_AUX = new Set(['was', 'is', 'were', 'has', 'been', 'had']);
/** Tags of a short time phrase between a relative pronoun and its cue: "who in 2010 said". */
const BEFORE_RELATIVE_TAGS = new Set(['ADP', 'NUM', 'ADV', 'PROPN', 'AUX']);

/** Whether an auxiliary stands in tokens [from, to) (read in place, without a copy of them). */
function hasAux(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'AUX') return true;
  return false;
}

function skipLeadingAdverbial(tokens: readonly Token[], k: number, end: number, comma = true): number {
  let t = tokens[k];
  // "said Friday afternoon", "said last week": a time before the clause.
  // ("Tuesday's decision" is no time: the possessive makes it the start of a noun phrase.)
  while (t && TEMPORAL.has(t.lower) && k < end - 1 && tokens[k + 1]!.lower !== "'s") t = tokens[++k];
  // "said about 20 people have ...": a bound on a number opens the clause.
  if (!t || t.pos !== 'ADP' || t.lower === 'that' || (NUMBER_BOUNDS.has(t.lower) && tokens[k + 1]?.pos === 'NUM')) return k;
  let j = k + 1;
  while (j < end && j <= k + 5 && PHRASE_TAGS.has(tokens[j]!.pos) && tokens[j]!.lower !== 'that') j++;
  if (comma && tokens[j]?.text === ',') j++;
  return j;
}

/** Whether the words after a cue can be its reported clause (not "to buy X", "while Y advised Z"). */
function clauseStart(tokens: readonly Token[], k: number, end: number, cue: Cue, hasObject: boolean): boolean {
  const t = tokens[k];
  // ", as they bristled at ...": a comma after the cue and its time ends the attribution; no clause opens with
  // other punctuation either ("promised during a seven-phase campaign").
  if (!t || t.text === ',' || (t.pos === 'PUNCT' && !isQuoteMark(t) && t.text !== ':')) return false;
  const base = cue.entry?.verb.base ?? '';
  // "called the measure "a price control"": naming verbs take an object and a quoted description.
  if (NAMING_CUES.has(base)) return hasQuoteMark(tokens, k, end);
  if (NEEDS_THAT.has(base) && t.text !== ':' && !isQuoteMark(t)) return false;
  if (t.lower === 'to' || (t.lower === 'not' && tokens[k + 1]?.lower === 'to')) return INFINITIVE_CUES.has(base) && hasObject;
  const bound = NUMBER_BOUNDS.has(t.lower) && tokens[k + 1]?.pos === 'NUM';
  if (!bound && (NO_CLAUSE_OPENERS.has(t.lower) || t.pos === 'VERB' || t.pos === 'ADV' && !/^(only|just|even|also)$/.test(t.lower) && !isDegreeOpener(tokens, k, end))) return false;
  return hasVerb(tokens, k, end);
}

/** "says too much is made of ...", "said very few people had ...": a degree word before the clause's subject. */
function isDegreeOpener(tokens: readonly Token[], k: number, end: number): boolean {
  const next = tokens[k + 1];
  if (!next || !DEGREE_FOLLOWERS.has(next.pos)) return false;
  for (let j = k + 2; j < end && j <= k + 6; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && j > k + 2)) return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "said the administration was reviewing it but did not say whether ...": the reported words stop where the
 * speaker's own next predicate starts (a conjunction then "did not", "declined", or another cue verb).
 */
function cutAtNewPredicate(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 2; j < end - 1; j++) {
    const t = tokens[j]!;
    // '"...," adding that ...', ', citing ...': a new attribution of the same speaker.
    const g = tokens[j + 1]!;
    if (t.text === ',' && isCueGerund(g)) return j;
    // "..., although it may take days to tell": a concession the writer adds.
    if (t.text === ',' && CONCESSIONS.has(g.lower)) return j;
    // "..., a move that could narrow the gap": the writer's comment on the words, in apposition to them.
    if (t.text === ',' && (g.lower === 'a' || g.lower === 'an') && isCommentNoun(tokens, j + 2, end)) return j;
    // '... "happy for my brother," adding a photo': the comma and the closing mark end the words.
    if (t.text === ',' && isQuoteMark(g) && g.start === t.end && j + 2 < end && isCueGerund(tokens[j + 2]!)) return j + 2;
    if (t.lower !== 'but' && t.lower !== 'and') continue;
    const next = tokens[j + 1]!;
    const after = tokens[j + 2];
    // "..., and called the pledge ...", "... and added that ...": the speaker's next verb, not the reported clause's.
    if (next.pos === 'VERB' && (tokens[j - 1]!.text === ',' || isPastCue(next)) && (isPastCue(next) || /ed$/.test(next.lower))) {
      let cut = j;
      while (cut > k && tokens[cut - 1]!.text === ',') cut--;
      return cut;
    }
    const negated = (next.pos === 'AUX' || next.lower === 'did' || next.lower === 'does') && after && (after.lower === 'not' || after.lower === "n't");
    // "... but declined to comment": the speaker's refusal; "he posed a threat and refused to drop the gun" is
    // the reported clause's own subject refusing something else.
    const refusal = (next.lower === 'declined' || next.lower === 'refused') &&
      (after?.lower !== 'to' || REFUSED_SPEECH.has(tokens[j + 3]?.lower ?? ''));
    if (negated || refusal || next.lower === 'would' && after?.lower === 'not') {
      let cut = j;
      while (cut > k && tokens[cut - 1]!.text === ',') cut--;
      return cut;
    }
  }
  return end;
}

/** Words for a share of a group: "many of whom", "some of which". */
const QUANTIFIERS = new Set(['many', 'some', 'most', 'all', 'several', 'none', 'one', 'two', 'both', 'each', 'few', 'half']);

/** What a speaker declines to do when the refusal is theirs: "declined to comment", "refused to say". */
const REFUSED_SPEECH = new Set(['comment', 'say', 'elaborate', 'discuss', 'answer', 'respond', 'give', 'provide', 'specify',
  'confirm', 'identify', 'name', 'speculate', 'disclose', 'detail', 'explain', 'address', 'be']);

/** Conjunctions that open the writer's own clause after the reported words. */
const CONCESSIONS = new Set(['although', 'though', 'whereas']);

/** "move that", "step which", "decision widely seen as": a noun (with adjectives) and a relative pronoun. */
function isCommentNoun(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && k < from + 3 && tokens[k]!.pos === 'ADJ') k++;
  const noun = tokens[k];
  const rel = tokens[k + 1];
  return noun !== undefined && noun.pos === 'NOUN' && rel !== undefined && (rel.lower === 'that' || rel.lower === 'which');
}

/** The comma after which a sentence's main verb follows its relative clause: ", took a lighter tone". */
function mainClauseResumes(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 2; j < end - 1; j++) {
    const next = tokens[j + 1]!;
    if (tokens[j]!.text === ',' && (next.pos === 'VERB' || next.pos === 'AUX') && !next.lower.endsWith('ing')) return j;
  }
  return end;
}

const isCueGerund = (t: Token): boolean =>
  t.pos === 'VERB' && t.lower.endsWith('ing') && CUE_INDEX.get(t.lower)?.some((e) => e.words.length === 1 && e.form === 'gerund') === true;

const isPastCue = (t: Token): boolean =>
  CUE_INDEX.get(t.lower)?.some((e) => e.words.length === 1 && e.form === 'past' && e.verb.kind === 'speech') === true;

/** '"...," he said, adding that ...': the speaker of the cue the gerund follows. */
function speakerOfEarlierCue(tokens: readonly Token[], lo: number, gerund: number): Range | null {
  for (let k = gerund - 2; k >= lo && k >= gerund - 12; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB') continue;
    const before = speakerBefore(tokens, lo, k);
    if (before) return before.head;
    const after = chunkAfter(tokens, k + 1, gerund);
    if (after) return after;
  }
  return null;
}

/** The noun phrase a sentence opens with (after an introductory phrase and comma), when a verb follows it. */
export function sentenceSubject(tokens: readonly Token[], lo: number, limit: number): Range | null {
  const starts = [lo];
  if (INTRO_TAGS.has(tokens[lo]?.pos ?? '')) {
    for (let k = lo + 1; k < limit && k < lo + 12; k++) {
      if (tokens[k]!.text === ',') {
        starts.push(k + 1);
        break;
      }
    }
  }
  for (const at of starts.reverse()) {
    const np = chunkAfter(tokens, at, limit);
    if (!np) continue;
    let v = np.to;
    while (v < limit && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++;
    if (v < limit && tokens[v]!.pos === 'VERB') return np;
  }
  return null;
}

/** After "..., X said": nothing, or a short adverbial, or a subordinate clause after a comma. */
function tailIsAdverbial(tokens: readonly Token[], k: number, end: number): boolean {
  if (end - k <= 6) return true;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.text === ',' && next !== undefined && (next.pos === 'SCONJ' || next.pos === 'ADV' || next.lower === 'as' || (next.pos === 'VERB' && next.lower.endsWith('ing')));
}

/**
 * A verb that heads the reported clause, not one tagged so inside a noun phrase: "announced a fresh wave of
 * strikes in its long-running dispute over pay" has none ("running" after a hyphen, "pay" after a preposition).
 */
function hasClauseVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB' || t.lower.endsWith('ing')) continue;
    const prev = tokens[k - 1];
    if (k > from && prev !== undefined && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.text === '-')) continue;
    return true;
  }
  return false;
}

/** A verb that can head a clause: an auxiliary, or a verb that is no -ing form. */
function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

/**
 * A word tagged as a verb inside a prepositional phrase, where only a noun can stand: "stop" in "says at a
 * campaign stop in Toledo, that ...". The phrase runs from a preposition through determiners, adjectives and nouns.
 */
function isNounInPhrase(tokens: readonly Token[], from: number, k: number): boolean {
  let j = k - 1;
  while (j >= from && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN')) j--;
  return j >= from && j < k - 1 && tokens[j]!.pos === 'ADP' && tokens[j + 1]!.pos === 'DET';
}

/** "that" after a cue and a few adverbials: "said on Tuesday in a statement that ...". */
function findThat(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 14; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && (t.pos !== 'PRON' || k === from)) return k;
    if ((t.pos === 'VERB' && !isNounInPhrase(tokens, from, k)) || t.pos === 'AUX' || isQuoteMark(t) || t.text === ':') return -1;
  }
  return -1;
}

/**
 * The candidate of a reported cue, with its addressee (the one given, else one found in the sentence) and its
 * medium. `kind`: 'direct' for a quote announced by a colon whose words are missing.
 */
function make(s: SentenceView, parts: Array<[number, number]>, speaker: SpeakerPhrase | null, cue: Cue, rule: string, confidence: number,
  addressee: Range | null = null, kind: QuoteKind = 'indirect'): Candidate {
  const inContent = (i: number): boolean => insideParts(parts, s.tokens[i]!);
  const range: Range = { from: cue.from, to: cue.to };
  const c = newCandidate(kind, parts, speaker, range, s.index, s.paragraph, rule, confidence);
  c.addressee = addressee ?? findAddressee(s.tokens, s.lo, s.hi, inContent);
  c.medium = findMedium(s.tokens, s.lo, s.hi, inContent, range);
  return c;
}

/** Whether a token lies inside one of the character ranges. */
function insideParts(parts: ReadonlyArray<[number, number]>, t: Token): boolean {
  for (let k = 0; k < parts.length; k++) if (t.start >= parts[k]![0] && t.end <= parts[k]![1]) return true;
  return false;
}

const mediumNamed = lookupOf(MEDIA);

const range = (s: SentenceView, from: number, to: number): [number, number] => [s.tokens[from]!.start, s.tokens[to - 1]!.end];

/** "a tweet on his Twitter account, which reads:" — the one who posted the medium speaks. */
function speakerOfMedium(s: SentenceView, relative: number): SpeakerPhrase | null {
  for (let k = relative - 1; k >= s.lo; k--) {
    if (mediumNamed(s.tokens[k]!.lower) === undefined) continue;
    for (let v = k - 1; v >= s.lo; v--) {
      if (s.tokens[v]!.pos === 'VERB') return speakerBefore(s.tokens, s.lo, v);
    }
    return null;
  }
  return null;
}

/**
 * Reported speech around one cue: "X said (that) ...", "X told Y that ...", "..., X said.", "according to X,
 * ...", "as pointed out by X, ...", "X was quoted as saying ...", "X wrote:" with the quote missing.
 * `nextStartsQuote`: the text after this sentence opens with a quotation mark (so a closing colon introduces it).
 */
export function reportedAt(whole: SentenceView, cue: Cue, nextStartsQuote: boolean): Candidate | null {
  // A reported clause is read within WINDOW tokens of its cue: bounded work in a sentence of any length.
  // Built as a literal in the order of every other view (a spread copy made another hidden class).
  const s: SentenceView = {
    tokens: whole.tokens, lo: Math.max(whole.lo, cue.from - WINDOW), hi: Math.min(whole.hi, cue.to + WINDOW), index: whole.index, paragraph: whole.paragraph,
  };
  const { tokens, lo } = s;
  let end = contentEnd(s);

  if (cue.kind === 'source-after') {
    let sp = speakerAfter(tokens, cue.to, s.hi);
    if (!sp) return null;
    // "according to a survey published in July by Common Sense Media": the one who published it.
    if (SOURCE_NOUNS.has(tokens[sp.head.to - 1]!.lower)) {
      for (let b = sp.head.to; b < Math.min(end, sp.head.to + 8); b++) {
        if (tokens[b]!.text === ',') break;
        if (tokens[b]!.lower !== 'by') continue;
        const by = chunkAfter(tokens, b + 1, end);
        if (by) sp = { head: by, apposition: sp.head };
        break;
      }
    }
    const after = Math.max(sp.head.to, sp.apposition?.to ?? 0);
    // "X rose 5%, according to Y, more than ...": the words before the cue, when they make a clause.
    if (cue.from - 1 > lo && tokens[cue.from - 1]!.text === ',' && cue.from - 1 - lo >= 4 && hasFiniteVerb(tokens, lo, cue.from - 1)) {
      return make(s, [range(s, lo, cue.from - 1)], sp, cue, 'according-to-after', 0.85);
    }
    if (after < end && tokens[after]!.text === ',' && end - after > 3) return make(s, [range(s, after + 1, end)], sp, cue, 'according-to-before', 0.85);
    if (cue.from - 1 > lo && tokens[cue.from - 1]!.text === ',') return make(s, [range(s, lo, cue.from - 1)], sp, cue, 'according-to-after', 0.85);
    if (cue.from - lo > 3) return make(s, [range(s, lo, cue.from)], sp, cue, 'according-to-after', 0.7);
    return null;
  }

  // "X was quoted as saying ...": the speaker stands before "was".
  if (tokens[cue.from]!.lower === 'quoted') {
    let b = cue.from;
    while (b - 1 >= lo && QUOTED_AUX.has(tokens[b - 1]!.lower)) b--;
    const sp = speakerBefore(tokens, lo, b);
    if (!sp || cue.to >= end) return null;
    return make(s, [range(s, cue.to, end)], sp, cue, 'quoted-as-saying', 0.85);
  }

  let sp = speakerBefore(tokens, lo, cue.from);
  const prev = tokens[cue.from - 1];
  // "said Mr. Kamin, who emphasized that ...": the relative pronoun stands for the name before its comma.
  // "AMD, which has said it will not compete ..., took a lighter tone": the words end where the main clause resumes.
  let relative = false;
  if (!sp && prev) {
    // "..., who in 2010 said": a short time phrase may stand between.
    let w = cue.from - 1;
    while (w > lo && w >= cue.from - 5 && tokens[w]!.lower !== 'who' && tokens[w]!.lower !== 'which' && BEFORE_RELATIVE_TAGS.has(tokens[w]!.pos)) w--;
    const pronoun = tokens[w]?.lower;
    // "victims' families, many of whom say ...": the share of the group that speaks, and the group.
    const share = tokens[w]?.lower === 'whom' && tokens[w - 1]?.lower === 'of' && w - 3 > lo && QUANTIFIERS.has(tokens[w - 2]!.lower) &&
      tokens[w - 3]!.text === ',';
    if (share) {
      const group = chunkBefore(tokens, lo, w - 3);
      if (group) {
        sp = { head: group, apposition: null, mention: { from: w - 2, to: w + 1 } };
        relative = true;
      }
    }
    if (!sp && (pronoun === 'who' || pronoun === 'which') && tokens[w - 1]?.text === ',') {
      // "McConnell, now the Senate majority leader, who ...": past an apposition to the name.
      const head0 = chunkBefore(tokens, lo, w - 1);
      let head = head0;
      if (head0 && tokens[head0.from - 1]?.text === ',' && head0.from - 1 > lo) {
        const earlier = chunkBefore(tokens, lo, head0.from - 1);
        if (earlier && isName(tokens, earlier)) head = earlier;
      }
      // "which" stands for a named organisation, not for a thing or a clause.
      if (head && (pronoun === 'who' || isName(tokens, head))) {
        sp = { head, apposition: null, mention: { from: w, to: w + 1 } };
        relative = true;
      }
    }
  }
  if (!sp && prev && (prev.lower === 'which' || prev.lower === 'that') && cue.from - 1 >= lo) {
    const ms = speakerOfMedium(s, cue.from - 1);
    if (ms && endsWithColon(s) && !nextStartsQuote) {
      return make(s, noParts(), ms, cue, 'missing-after-colon', 0.75, null, 'direct');
    }
    if (ms) sp = ms;
  }

  if (sp) {
    let k = cue.to;
    let addressee: Range | null = null;
    if (cue.object) {
      addressee = chunkAfter(tokens, k, end);
      if (addressee) k = addressee.to;
    }
    // Parenthetical: "The plan, she said, will fail." / "The difference now, he told me on Friday, is that ..."
    const before = sp.head.from - 1;
    const pk = skipLeadingAdverbial(tokens, k, end, false);
    const resumes = tokens[pk + 1];
    // ", referencing the bank's drive" is the writer's; ", replacing Clinton would be ..." is a clause.
    const gerundAfter = resumes !== undefined && resumes.pos === 'VERB' && resumes.lower.endsWith('ing') &&
      !hasAux(tokens, pk + 2, Math.min(end, pk + 6));
    // ", as they bristled at ...": a subordinate clause after the cue is the writer's, not the rest of the words.
    const subordinate = resumes !== undefined && resumes.pos === 'SCONJ';
    if (before > lo && tokens[before]!.text === ',' && tokens[pk]?.text === ',' && pk + 1 < end && hasVerb(tokens, pk + 1, end) && !isQuoteMark(resumes) && !gerundAfter && !subordinate) {
      let from = pk + 1;
      if (tokens[from]!.lower === 'is' && tokens[from + 1]?.lower === 'that') from += 2;
      return make(s, [range(s, lo, before), range(s, from, cutAtNewPredicate(tokens, from, end))], sp, cue, 'parenthetical', 0.75, addressee);
    }
    const thatAt = findThat(tokens, k, end);
    if (thatAt >= 0) k = thatAt + 1;
    else while (k < end && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;

    if (thatAt < 0) k = skipLeadingAdverbial(tokens, k, end);
    const rest = end - k;
    if (rest <= 0 || (rest < 3 && !hasVerb(tokens, k, end)) || (thatAt < 0 && !clauseStart(tokens, k, end, cue, addressee !== null))) {
      // Nothing reported after the cue: the content stands before it ("..., X said."), or is missing ("X wrote:").
      if (endsWithColon(s) || (thatAt >= 0 && k >= end && endsWithColon(s))) {
        if (nextStartsQuote) return null;
        return make(s, noParts(), sp, cue, 'missing-after-colon', 0.75, addressee, 'direct');
      }
      if (before > lo && tokens[before]!.text === ',' && before - lo >= 3 && hasFiniteVerb(tokens, lo, before) && tailIsAdverbial(tokens, k, end)) {
        return make(s, [range(s, lo, before)], sp, cue, 'content-before-speaker', 0.8, addressee);
      }
      // "It does not answer whether Scott had a gun, as police have said."
      if (before - 1 > lo && tokens[before]!.lower === 'as' && tokens[before - 1]!.text === ',' && hasFiniteVerb(tokens, lo, before - 1) && end - k <= 2) {
        return make(s, [range(s, lo, before - 1)], sp, cue, 'content-as-speaker-said', 0.75, addressee);
      }
      return null;
    }
    // After "that" the words are a clause even when the tagger missed its verb ("drivers ... routinely clear less").
    const clause = thatAt >= 0 ? hasVerb(tokens, k, end) || rest >= 6 : hasClauseVerb(tokens, k, end);
    if (rest < 3 || !(clause || NAMING_CUES.has(cue.entry?.verb.base ?? ''))) return null;
    end = cutAtNewPredicate(tokens, k, end);
    if (relative) end = mainClauseResumes(tokens, k, end);
    for (let j = k + 3; j < end; j++) if (tokens[j]!.text === ';') end = j;
    return make(s, [range(s, k, end)], sp, cue, thatAt >= 0 ? 'speaker-cue-that' : 'speaker-cue', thatAt >= 0 ? 0.85 : 0.75, addressee);
  }

  // "Trump tweeted on Monday, saying (that) ...": the subject of the sentence speaks.
  if (cue.entry?.form === 'gerund' && prev && (prev.text === ',' || prev.pos === 'NOUN' || prev.pos === 'PROPN')) {
    const subject = sentenceSubject(tokens, lo, cue.from) ?? speakerOfEarlierCue(tokens, lo, cue.from);
    let k = cue.to;
    if (cue.object) k = chunkAfter(tokens, k, end)?.to ?? k;
    if (tokens[k]?.lower === 'that') k++;
    while (k < end && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
    if (subject && end - k >= 3) return make(s, [range(s, k, end)], { head: subject, apposition: null }, cue, 'subject-gerund', 0.7);
  }

  // Inverted: "..., said the minister." / "..., says Lopez."
  if (prev && prev.text === ',' && cue.entry?.form !== 'gerund' && cue.from - 1 - lo >= 3 && hasFiniteVerb(tokens, lo, cue.from - 1)) {
    const after = speakerAfter(tokens, cue.to, s.hi);
    // "..., said it was opposed": a subject and its verb after the cue start the reported clause instead.
    const clause = after !== null && tokens[after.head.to] !== undefined && (tokens[after.head.to]!.pos === 'AUX' || tokens[after.head.to]!.pos === 'VERB');
    if (after && !clause) return make(s, [range(s, lo, cue.from - 1)], after, cue, 'content-cue-speaker', 0.8);
  }
  return null;
}
