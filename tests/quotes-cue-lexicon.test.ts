import { describe, expect, test } from 'vitest';
import { CUE_PHRASES, CUE_VERBS, MEDIA, NON_STATEMENT_PHRASES } from '../src/lexicons/cues.js';
import { CUE_INDEX } from '../src/quotes/cue-lexicon.js';

const entry = (word: string, base: string) => CUE_INDEX.get(word)?.find((e) => e.verb.base === base);

describe('the cue lexicon', () => {
  test.each([
    ['said', 'say', 'past', ['said']],
    ['says', 'say', 'present', ['says']],
    ['told', 'tell', 'past', ['told']],
    ['written', 'write', 'participle', ['written']],
    ['admitted', 'admit', 'past', ['admitted']],
    ['denies', 'deny', 'present', ['denies']],
    ['adding', 'add', 'gerund', ['adding']],
    ['went', 'go on', 'past', ['went', 'on']],
    ['goes', 'go on', 'present', ['goes', 'on']],
  ])('%s is a form of "%s"', (word, base, form, words) => {
    const e = entry(word, base);
    expect(e?.form === form || CUE_INDEX.get(word)?.some((x) => x.verb.base === base && x.form === form)).toBe(true);
    expect(e?.words).toEqual(words);
  });

  test('every indexed form is one lowercase word, and its words spell it', () => {
    for (const [word, entries] of CUE_INDEX) {
      expect(word, word).toMatch(/^[a-z][a-z'-]*$/);
      for (const e of entries) {
        expect(e.words[0]).toBe(word);
        for (const w of e.words) expect(w, `${word}: ${e.words.join(' ')}`).toMatch(/^[a-z][a-z'-]*$/);
      }
    }
  });

  test('each verb is listed once per kind ("suggest" is speech from a person, evidence from a study)', () => {
    const keys = CUE_VERBS.map((v) => `${v.base}|${v.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const v of CUE_VERBS) expect(['speech', 'thought', 'evidence']).toContain(v.kind);
    expect(CUE_VERBS.filter((v) => v.kind === 'speech').length).toBeGreaterThan(100);
  });

  test('phrases, media and non-statements are lowercase words separated by single spaces', () => {
    for (const p of [...CUE_PHRASES.map((x) => x.phrase), ...Object.keys(MEDIA), ...NON_STATEMENT_PHRASES]) {
      expect(p, p).toMatch(/^[a-z][a-z'-]*(?: [a-z][a-z'-]*)*$/);
    }
  });
});
