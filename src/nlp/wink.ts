import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One wink-nlp instance with only the part-of-speech pipe: tokens and tags are all we take from it (its
 * sentence splitter and entities are not used: we have our own, with offsets). Built once at load and never
 * changed afterwards (no learnCustomEntities), so it holds no state between calls.
 */
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/** Tokens of a text, in order, as three parallel arrays (no object per token). */
export interface RawTokens {
  values: string[];
  pos: string[];
  types: string[];
}

/** Tokens of a text with their part-of-speech tags and types, in order. */
export function winkTokens(text: string): RawTokens {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out() as string[],
    pos: tokens.out(its.pos) as string[],
    types: tokens.out(its.type) as string[],
  };
}
