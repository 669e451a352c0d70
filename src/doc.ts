import type { ResolvedOptions } from './options.js';
import type { Structure } from './segment/index.js';
import type { Paragraph } from './schema/structure.js';
import { type Token, tokenize } from './nlp/tokens.js';

/**
 * The one document every stage after segmentation reads. Immutable once built: stages return their results,
 * they never write here.
 */
export interface Doc {
  readonly text: string;
  /** Same length as `text`, normalised (see text/normalize.ts): search this, cut spans from `text`. */
  readonly norm: string;
  readonly options: ResolvedOptions;
  readonly structure: Structure;
  /** Tokens of the paragraphs whose content is the article's (see `isArticleText`), in text order. */
  readonly tokens: readonly Token[];
  /** For each sentence index, the [from, to) range of its tokens in `tokens`. */
  readonly sentenceTokens: ReadonlyArray<readonly [number, number]>;
}

/** Body text proper: where quotes and claims are looked for. Repeats are never analysed twice. */
export function isBody(p: Paragraph): boolean {
  return p.zone === 'body' && p.duplicateOf === null;
}

/** Text that belongs to the article (entities are looked for here): body, title, headings and captions. */
export function isArticleText(p: Paragraph): boolean {
  return p.duplicateOf === null && (p.zone === 'body' || p.zone === 'title' || p.zone === 'heading' || p.zone === 'caption');
}

export function buildDoc(text: string, norm: string, options: ResolvedOptions, structure: Structure): Doc {
  const tokens: Token[] = [];
  const sentenceTokens: Array<[number, number]> = structure.sentences.map(() => [0, 0]);
  let si = 0;
  const sentences = structure.sentences;
  for (const p of structure.paragraphs) {
    if (!isArticleText(p)) continue;
    const from = tokens.length;
    tokenize(norm, p.start, p.end, tokens);
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k]!;
      while (si < sentences.length && sentences[si]!.end <= t.start) si++;
      const s = sentences[si];
      t.sentence = s && s.start <= t.start ? si : -1;
    }
  }
  recaseProperNouns(tokens);
  // Token ranges per sentence.
  for (let i = 0; i < tokens.length; ) {
    const s = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === s) j++;
    if (s >= 0) sentenceTokens[s] = [i, j];
    i = j;
  }
  return { text, norm, options, structure, tokens, sentenceTokens };
}

/** An ASCII capital followed by a lowercase letter: "Lynch", not "NASA" nor "eBay". */
function isCapitalisedWord(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '\u00ab', ':', '(', '-', '\u2014', '\u2013']);

/**
 * wink-nlp tags some capitalised words inside a sentence as verbs or common nouns ("Best Buy", "Which?"):
 * a capitalised word that does not open its sentence or a quotation is tagged a proper noun.
 */
function recaseProperNouns(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "Lynch said": a capitalised verb right before a verb opens the sentence as a name.
    if (t.pos === 'VERB' && isCapitalisedWord(t.text) && next && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX') &&
        (i === 0 || tokens[i - 1]!.sentence !== t.sentence || OPENERS.has(tokens[i - 1]!.text))) t.pos = 'PROPN';
    // "according to police,": what follows "according to" is a noun.
    if (t.pos === 'VERB' && i >= 2 && tokens[i - 1]!.lower === 'to' && tokens[i - 2]!.lower === 'according' && !t.lower.endsWith('ing')) t.pos = 'NOUN';
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only a capitalised verb, noun or adjective can change: the context is read for those alone.
    if (!((t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') && isCapitalisedWord(t.text))) continue;
    const prev = tokens[i - 1]!;
    // A quote mark glued to the word before it closes a quotation: what follows is inside the sentence.
    const closing = i >= 2 && tokens[i - 2]!.end === prev.start && tokens[i - 2]!.sentence === t.sentence;
    if (prev.sentence !== t.sentence || (OPENERS.has(prev.text) && !closing)) continue;
    t.pos = 'PROPN';
  }
}
