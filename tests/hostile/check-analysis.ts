/**
 * The invariants every result of extract() must satisfy, for any input, written generically so that they check
 * entities, quotes and claims as those stages fill their arrays (and any field they add later):
 * - the result passes `Analysis.parse`, also after a JSON round trip, and the same input gives identical JSON;
 * - every span-shaped object ({start, end, text}, anywhere in the result) is an exact slice of the input, lies
 *   inside it and does not cut a surrogate pair in two;
 * - ids are unique, with their collection's prefix (entities e1, e2…; quotes q…; claims c…);
 * - every reference, wherever it sits, points at something that exists: fields named in REFERENCE_FIELDS, and
 *   any field whose name ends in "Id" or "Ids";
 * - paragraphs and sentences are numbered by position, in order, without overlap; each sentence lies inside its
 *   paragraph; duplicateOf names an earlier paragraph that is itself an original;
 * - every warning code is one of WARNING_CODES;
 * - no string of the result says "NaN", "undefined", "Infinity" or "[object Object]" unless the input does
 *   (a date or number computed from nothing, printed).
 * Used by the property tests, the pathological tests and scripts/fuzz.ts.
 */
import { Analysis, WARNING_CODES, extract, type ExtractOptions } from '../../src/index.js';

type Collection = 'entities' | 'quotes' | 'claims' | 'paragraphs' | 'sentences';

/** Top-level arrays whose items carry an id, and the prefix of those ids. */
export const ID_PREFIXES: Readonly<Record<string, string>> = { entities: 'e', quotes: 'q', claims: 'c' };

/**
 * Field name -> the collection it points into. A string value is an id, a number an index; arrays of either are
 * checked item by item; null means "no reference". Applies at any depth (quote.speaker.entity,
 * quote.addressee.entity, claim.subject, claim.quote, sentence.paragraph, mention.sentence, ...).
 */
export const REFERENCE_FIELDS: Readonly<Record<string, Collection>> = {
  entity: 'entities',
  entities: 'entities',
  subject: 'entities',
  speakerEntity: 'entities',
  quote: 'quotes',
  quotes: 'quotes',
  claim: 'claims',
  claims: 'claims',
  paragraph: 'paragraphs',
  paragraphs: 'paragraphs',
  sentence: 'sentences',
  sentences: 'sentences',
  duplicateOf: 'paragraphs',
};

const PREFIX_TO_COLLECTION: Readonly<Record<string, Collection>> = { e: 'entities', q: 'quotes', c: 'claims' };

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isSpanShaped(o: Record<string, unknown>): boolean {
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Problems with one result for one input; an empty list means the result is sound. */
export function checkAnalysis(text: string, analysis: unknown): string[] {
  const problems: string[] = [];
  const parsed = Analysis.safeParse(analysis);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return [`schema: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`];
  }
  const json = toJson(analysis);
  if (json === null) return [`size: the result is too large to serialise as JSON (input ${text.length} chars)`];
  const roundTrip = Analysis.safeParse(JSON.parse(json));
  if (!roundTrip.success) problems.push(`schema after a JSON round trip: ${roundTrip.error.issues[0]?.message}`);
  const a = parsed.data;
  // The raw result, not zod's copy: a field the schema does not know yet would be stripped from the copy.
  const top = analysis as Record<string, unknown>;

  // Ids: unique, prefixed, across collections too.
  const ids: Record<string, Set<string>> = {};
  for (const [key, prefix] of Object.entries(ID_PREFIXES)) {
    const set = new Set<string>();
    ids[key] = set;
    const items = top[key];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string' || !new RegExp(`^${prefix}[1-9][0-9]*$`).test(id)) {
        problems.push(`id: $.${key}[${i}].id is ${JSON.stringify(id)}, expecting "${prefix}" and a number`);
      } else if (set.has(id)) {
        problems.push(`id: $.${key}[${i}].id ${id} is not unique`);
      } else {
        set.add(id);
      }
    });
  }
  const counts: Record<Collection, number> = {
    entities: a.entities.length, quotes: a.quotes.length, claims: a.claims.length,
    paragraphs: a.paragraphs.length, sentences: a.sentences.length,
  };
  const hasId = (collection: Collection, id: string): boolean => ids[collection]?.has(id) ?? false;

  const checkRef = (path: string, collection: Collection, v: unknown): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => checkRef(`${path}[${i}]`, collection, x));
    } else if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0 || v >= counts[collection]) {
        problems.push(`reference: ${path} = ${v} is not an index into ${collection} (${counts[collection]})`);
      }
    } else if (typeof v === 'string') {
      if (!(collection in ID_PREFIXES)) {
        problems.push(`reference: ${path} = ${JSON.stringify(v)} should be an index into ${collection}`);
      } else if (!hasId(collection, v)) {
        problems.push(`reference: ${path} = ${JSON.stringify(v)} names no item of ${collection}`);
      }
    } else if (!isObject(v)) {
      problems.push(`reference: ${path} has an unexpected ${typeof v}`);
    }
  };
  const checkIdRef = (path: string, v: unknown): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) return v.forEach((x, i) => checkIdRef(`${path}[${i}]`, x));
    const collection = typeof v === 'string' ? PREFIX_TO_COLLECTION[v.charAt(0)] : undefined;
    if (typeof v !== 'string' || collection === undefined || !hasId(collection, v)) {
      problems.push(`reference: ${path} = ${JSON.stringify(v)} names nothing in the result`);
    }
  };

  // One walk over everything: spans and references at any depth.
  const walk = (v: unknown, path: string, depth: number): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
      return;
    }
    if (!isObject(v)) return;
    if (isSpanShaped(v)) checkSpan(text, v as { start: number; end: number; text: string }, path, problems);
    for (const [k, x] of Object.entries(v)) {
      const p = `${path}.${k}`;
      if (typeof x === 'string') checkGarbage(text, x, p, problems);
      else if (Array.isArray(x)) x.forEach((y, i) => typeof y === 'string' && checkGarbage(text, y, `${p}[${i}]`, problems));
      const collection = REFERENCE_FIELDS[k];
      // Top-level arrays (a.entities, a.paragraphs ...) are the collections themselves, not references.
      if (collection !== undefined && depth > 0 && !isObject(x)) checkRef(p, collection, x);
      else if (/[a-z]Ids?$/.test(k)) checkIdRef(p, x);
      walk(x, p, depth + 1);
    }
  };
  walk(top, '$', 0);

  checkStructure(a, problems);
  a.warnings.forEach((w, i) => {
    if (!(w.code in WARNING_CODES)) problems.push(`warning: $.warnings[${i}].code "${w.code}" is not in WARNING_CODES`);
  });
  return problems;
}

/** JSON.stringify, or null when the result is beyond what a string can hold (a RangeError). */
export function toJson(value: unknown): string | null {
  try {
    return JSON.stringify(value);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

const GARBAGE = ['NaN', 'undefined', 'Infinity', '[object Object]'];

function checkGarbage(text: string, value: string, path: string, out: string[]): void {
  for (const g of GARBAGE) {
    if (value.includes(g) && !text.includes(g)) out.push(`garbage: ${path} = ${JSON.stringify(value.slice(0, 60))} says ${g}`);
  }
}

function checkSpan(text: string, s: { start: number; end: number; text: string }, path: string, out: string[]): void {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > text.length) {
    out.push(`span: ${path} [${s.start}, ${s.end}) does not lie inside the text (length ${text.length})`);
    return;
  }
  if (text.slice(s.start, s.end) !== s.text) {
    out.push(`span: ${path} text ${JSON.stringify(s.text.slice(0, 60))} is not input.slice(${s.start}, ${s.end})`);
  }
  for (const at of [s.start, s.end]) {
    if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) {
      out.push(`span: ${path} [${s.start}, ${s.end}) cuts a surrogate pair at ${at}`);
    }
  }
}

function checkStructure(a: Analysis, out: string[]): void {
  let prevEnd = 0;
  a.paragraphs.forEach((p, i) => {
    if (p.index !== i) out.push(`paragraph: $.paragraphs[${i}].index is ${p.index}`);
    if (p.start < prevEnd) out.push(`paragraph: $.paragraphs[${i}] overlaps or precedes the one before`);
    prevEnd = p.end;
    if (p.duplicateOf !== null) {
      const first = a.paragraphs[p.duplicateOf];
      if (p.duplicateOf >= i) out.push(`paragraph: $.paragraphs[${i}].duplicateOf ${p.duplicateOf} is not earlier`);
      else if (first && first.duplicateOf !== null) {
        out.push(`paragraph: $.paragraphs[${i}].duplicateOf ${p.duplicateOf}, itself a duplicate`);
      }
    }
  });
  prevEnd = 0;
  a.sentences.forEach((s, i) => {
    if (s.index !== i) out.push(`sentence: $.sentences[${i}].index is ${s.index}`);
    if (s.start < prevEnd) out.push(`sentence: $.sentences[${i}] overlaps or precedes the one before`);
    prevEnd = s.end;
    const p = a.paragraphs[s.paragraph];
    if (p && (s.start < p.start || s.end > p.end)) {
      out.push(`sentence: $.sentences[${i}] [${s.start}, ${s.end}) is not inside paragraph ${s.paragraph}`);
    }
  });
}

export interface RunResult {
  problems: string[];
  /** The analysis of the first run, when extract() returned. */
  analysis?: Analysis;
}

/**
 * Runs extract() twice on the input and checks the result: it must return (a throw is a problem, since the input
 * is a string and the options are valid), be sound, and be the same both times.
 */
export function runExtract(text: string, options?: ExtractOptions): RunResult {
  let first: Analysis;
  let second: Analysis;
  try {
    first = extract(text, options);
    second = extract(text, options);
  } catch (e) {
    const err = e as Error;
    return { problems: [`throws: ${err?.name}: ${err?.message}\n${err?.stack ?? ''}`] };
  }
  const problems = checkAnalysis(text, first);
  const a = toJson(first);
  if (a !== null && a !== toJson(second)) problems.push('determinism: the same input gave different JSON');
  return { problems, analysis: first };
}
