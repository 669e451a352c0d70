import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One wink-nlp instance with only the part-of-speech pipe: tokens and tags are all we take from it (its
 * sentence splitter and entities are not used: we have our own, with offsets). Built once at load and never
 * changed afterwards (no learnCustomEntities), so it holds no state between calls.
 */
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

export interface RawToken {
  value: string;
  pos: string;
  type: string;
}

/** Tokens of a text with their part-of-speech tags, in order. */
export function winkTokens(text: string): RawToken[] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const type = tokens.out(its.type) as string[];
  return values.map((value, i) => ({ value, pos: pos[i] ?? 'X', type: type[i] ?? 'word' }));
}
