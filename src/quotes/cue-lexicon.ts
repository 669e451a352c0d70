import { CUE_VERBS, type CueVerb } from '../lexicons/cues.js';

export type CueForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

export interface CueEntry {
  verb: CueVerb;
  form: CueForm;
  /** The words of the cue: ["said"], or ["pointed", "out"]. */
  words: readonly string[];
}

const DOUBLING = new Set(['admit', 'quip', 'concur', 'regret', 'commit', 'omit', 'submit', 'permit', 'refer']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function present(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (v.endsWith('y') && !VOWELS.has(v[v.length - 2] ?? '')) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function regularPast(v: string): string {
  if (DOUBLING.has(v)) return `${v}${v[v.length - 1]}ed`;
  if (v.endsWith('e')) return `${v}d`;
  if (v.endsWith('y') && !VOWELS.has(v[v.length - 2] ?? '')) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

function gerund(v: string): string {
  if (DOUBLING.has(v)) return `${v}${v[v.length - 1]}ing`;
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (v.endsWith('e') && !v.endsWith('ee') && !v.endsWith('ye')) return `${v.slice(0, -1)}ing`;
  return `${v}ing`;
}

/** Every inflected form of every cue verb, keyed by its first word (lowercase). */
export function buildCueIndex(verbs: readonly CueVerb[] = CUE_VERBS): Map<string, CueEntry[]> {
  const index = new Map<string, CueEntry[]>();
  const put = (verb: CueVerb, form: CueForm, head: string, rest: readonly string[]): void => {
    const words = [head, ...rest];
    const list = index.get(head) ?? [];
    if (!list.some((e) => e.verb === verb && e.form === form && e.words.join(' ') === words.join(' '))) {
      list.push({ verb, form, words });
    }
    index.set(head, list);
  };
  for (const verb of verbs) {
    const [head, ...rest] = verb.base.split(' ') as [string, ...string[]];
    // An irregular form may be written with its particle ("went on" for "go on"): only its first word inflects.
    const firstWord = (form: string): string => form.split(' ')[0]!;
    const past = verb.past ? firstWord(verb.past) : regularPast(head);
    put(verb, 'base', head, rest);
    put(verb, 'present', present(head), rest);
    put(verb, 'past', past, rest);
    put(verb, 'participle', verb.participle ? firstWord(verb.participle) : past, rest);
    put(verb, 'gerund', gerund(head), rest);
  }
  return index;
}

/** The cue index built once from the lexicon; read-only after module load. */
export const CUE_INDEX: ReadonlyMap<string, readonly CueEntry[]> = buildCueIndex();
