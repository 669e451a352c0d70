import type { Doc } from '../doc.js';
import type { Entity, Mention } from '../schema/entity.js';
import type { Token } from '../nlp/tokens.js';
import { Openings } from './common.js';
import { makeMention } from './mention.js';
import { DESCRIPTION_MODIFIERS, ORG_DESCRIPTION_HEADS, PLACE_DESCRIPTION_HEADS } from '../lexicons/descriptions.js';
import { FEMALE_PRONOUNS, MALE_PRONOUNS, NEUTER_PRONOUNS } from '../lexicons/pronouns.js';

/** The words the walk acts on, each with what it is; a word of two lists keeps the first (male before female). */
type Referring = 'male' | 'female' | 'neuter' | 'they' | 'the';
const REFERRING: ReadonlyMap<string, Referring> = (() => {
  const out = new Map<string, Referring>();
  const put = (words: readonly string[], kind: Referring): void => {
    for (const w of words) if (!out.has(w)) out.set(w, kind);
  };
  put(MALE_PRONOUNS, 'male');
  put(FEMALE_PRONOUNS, 'female');
  put(NEUTER_PRONOUNS, 'neuter');
  put(['they'], 'they');
  put(['the'], 'the');
  return out;
})();
const ORG_HEADS = new Set(ORG_DESCRIPTION_HEADS);
const PLACE_HEADS = new Set(PLACE_DESCRIPTION_HEADS);
const MODIFIERS = new Set(DESCRIPTION_MODIFIERS);
/** Openings and lengths of the words the walk acts on: a token of another needs no look-up. */
const OPENINGS = new Openings(REFERRING.keys());
/** Description heads for public bodies; the others ("company", "startup", "giant") stand for businesses. */
const PUBLIC_HEADS = new Set(['regulator', 'watchdog', 'agency', 'commission', 'authority', 'department', 'ministry',
  'council', 'board', 'court', 'committee', 'government', 'parliament', 'senate', 'union', 'party', 'university', 'school']);
/** Words of an organisation's name that make it a public body. */
const PUBLIC_NAME_WORDS = new Set(['commission', 'agency', 'authority', 'department', 'ministry', 'council', 'board',
  'court', 'committee', 'government', 'parliament', 'senate', 'congress', 'office', 'administration', 'bureau',
  'service', 'union', 'party', 'university', 'school', 'college', 'police', 'reserve', 'ofgem', 'ofcom', 'ofsted']);

/** How far back (in sentences) a pronoun or a description looks for the entity it stands for. */
const PRONOUN_REACH = 3;
const DESCRIPTION_REACH = 6;

interface Anchor {
  start: number;
  end: number;
  sentence: number;
  entity: Entity;
}

/** What the walk through the text remembers: recent entities by kind, how often each was named, how described. */
interface Memory {
  persons: Anchor[];
  orgs: Anchor[];
  places: Anchor[];
  lastAny: Anchor | null;
  beforeLast: Anchor | null;
  salience: Map<Entity, number>;
  /** Lowercase words written next to an entity's names ("regulator Ofgem", "Orbis, the ad-tech company"). */
  described: Map<Entity, Set<string>>;
}

/**
 * Pronoun and description mentions, added to the entities they stand for (the entities are fresh objects of
 * this stage; nothing outside it is changed).
 *
 * How they are chosen:
 * - Pronouns outside quotation marks only (inside a quotation "I", "he" and "it" belong to the speaker's
 *   world). "he/him/his" and "she/her" go to the person mentioned last (within PRONOUN_REACH sentences) whose
 *   gender is that one, else to the last of unknown gender, who then takes the pronoun's gender. "its" and a
 *   subject "it" go to the organisation or product mentioned last (not "it is", not an object "denied it"); "they" to an organisation only when it is the entity
 *   mentioned last, alone (not "Netflix and Spotify ... they").
 * - Descriptions: "the" + lowercase modifiers from the lexicon + a head noun ("the company", "the social media
 *   giant", "the regulator"); followed by a noun ("the company spokesman") or "of" it is none. Followed by a
 *   name in apposition ("the company Orbis Digital") it is that name's entity. Otherwise, in this order: the
 *   entity last mentioned that the text described with the same head ("energy regulator Ofgem", "Orbis, an
 *   ad-tech company"); the organisation last mentioned whose name holds the head ("the council": Newport City
 *   Council); among organisations mentioned within DESCRIPTION_REACH sentences and of the kind the head names
 *   (a public body for "the regulator", a business for "the company"), the most named so far (a name in the
 *   title or opening a sentence counts double), the latest on a tie. "the city", "the country" go to the place
 *   mentioned last. Names in the dateline (a wire service) are never the referent.
 */
export function addReferences(doc: Doc, entities: Entity[]): void {
  // Without names there is nothing to refer to. (Left here also because an empty list is an array of another
  // kind to V8, whose compiled walk would otherwise be thrown away on each article without names.)
  if (entities.length === 0) return;
  const datelineEnd = doc.structure.dateline?.end ?? -1;
  const anchors: Anchor[] = [];
  for (const e of entities) {
    if (e.type === 'date') continue;
    for (const m of e.mentions) if (m.start >= datelineEnd) anchors.push({ start: m.start, end: m.end, sentence: m.sentence, entity: e });
  }
  anchors.sort((a, b) => a.start - b.start);
  const added = new Map<Entity, Mention[]>();
  const add = (e: Entity, t0: Token, t1: Token, kind: Mention['kind']): void => {
    const list = added.get(e) ?? [];
    list.push(makeMention(doc.text, t0.start, t1.end, t0.sentence, kind));
    added.set(e, list);
  };

  const tokens = doc.tokens;
  const norm = doc.norm;
  const titleEnd = doc.structure.title?.end ?? -1;
  const mem: Memory = { persons: [], orgs: [], places: [], lastAny: null, beforeLast: null, salience: new Map(), described: new Map() };
  let ai = 0;
  let quoteDepth = 0;
  const paragraphs = doc.structure.paragraphs;
  let pi = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (pi < 0 || t.start >= paragraphs[pi]!.end) {
      // Quotation marks are counted afresh in each paragraph.
      quoteDepth = 0;
      while (pi + 1 < paragraphs.length && paragraphs[pi + 1]!.start <= t.start) pi++;
    }
    while (ai < anchors.length && anchors[ai]!.start <= t.start) {
      const a = anchors[ai++]!;
      remember(mem, a);
      const weight = 1 + (a.start < titleEnd ? 1 : 0) + (a.start === firstTokenStart(doc, t) ? 1 : 0);
      mem.salience.set(a.entity, (mem.salience.get(a.entity) ?? 0) + weight);
      noteDescriptors(mem, tokens, i, a);
    }
    if (t.type === 'punctuation') {
      quoteDepth = depthAfter(quoteDepth, t.end - t.start === 1 ? norm.charCodeAt(t.start) : 0);
      continue;
    }
    if (t.sentence < 0 || quoteDepth > 0 || insideAnchor(anchors, ai, t.start)) continue;
    // (A token's text is norm[start, end).)
    if (!OPENINGS.mayBe(norm, t.start, t.end)) continue;
    const w = t.lower;
    const kind = REFERRING.get(w);
    if (kind === undefined) continue;
    if (kind === 'male' || kind === 'female') {
      const p = personFor(mem.persons, t.sentence, kind);
      if (p) {
        if (p.entity.gender == null) p.entity.gender = kind;
        add(p.entity, t, t, 'pronoun');
      }
    } else if (kind === 'neuter') {
      const org = mem.orgs[0];
      // "it" as an object ("denied it") is mostly a thing; "its" and a subject "it" stand for the organisation.
      const object = w === 'it' && i > 0 && (tokens[i - 1]!.pos === 'VERB' || tokens[i - 1]!.pos === 'ADP');
      if (org && t.sentence - org.sentence <= PRONOUN_REACH && !object && !expletiveIt(tokens, i)) add(org.entity, t, t, 'pronoun');
    } else if (kind === 'they') {
      const org = mem.orgs[0];
      const coordinated = mem.beforeLast !== null && mem.lastAny !== null && mem.lastAny.start - mem.beforeLast.end <= 6;
      if (org && mem.lastAny === org && !coordinated && t.sentence - org.sentence <= 1) add(org.entity, t, t, 'pronoun');
    } else if (t.text === 'the' || t.start === firstTokenStart(doc, t)) {
      const d = description(tokens, i);
      if (!d) continue;
      const [headIdx, isPlace] = d;
      const head = tokens[headIdx]!;
      const next = anchors[ai];
      const apposed = next && tokens[headIdx + 1] && next.start === tokens[headIdx + 1]!.start ? next : null;
      const target = apposed ?? (isPlace ? mem.places[0] ?? null : pickOrganization(mem, head.lower, t.sentence));
      if (target && (apposed || isPlace ? t.sentence - target.sentence <= DESCRIPTION_REACH : true)) {
        add(target.entity, t, head, 'description');
        remember(mem, { start: t.start, end: head.end, sentence: t.sentence, entity: target.entity });
        const words = mem.described.get(target.entity) ?? new Set<string>();
        mem.described.set(target.entity, words.add(head.lower));
      }
      i = headIdx;
    }
  }
  for (const [e, list] of added) e.mentions = mergeByStart(e.mentions, list);
}

/**
 * The depth of quotation after a punctuation mark of one character `c` (0 for a longer mark): “ and « open,
 * ” and » close, a straight " opens or closes. Read by code rather than by comparing the token's text, and with
 * the same arithmetic done for every mark, so that the walk compiled before the text's first curly quotation has
 * what it needs for it (it was compiled again at the first “ of a run, and at texts whose strings differ in kind).
 */
function depthAfter(depth: number, c: number): number {
  if (c === 34) return depth > 0 ? 0 : 1;
  const opens = c === 0x201c || c === 0xab ? 1 : 0;
  const closes = c === 0x201d || c === 0xbb ? 1 : 0;
  const d = depth + opens - closes;
  return d > 0 ? d : 0;
}

/**
 * Two lists of mentions each in text order, merged in text order; on a tie the first list's mention comes first
 * (as a stable sort of the two lists joined would give).
 */
function mergeByStart(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * The person a "he" or "she" in `sentence` stands for: among the persons remembered (latest first) mentioned
 * within PRONOUN_REACH sentences, the latest of that gender, else the latest of unknown gender.
 * (A function of its own, without closures: the walk's loop body then captures nothing, and allocates nothing
 * per token.)
 */
function personFor(persons: readonly Anchor[], sentence: number, gender: 'male' | 'female'): Anchor | undefined {
  let unknown: Anchor | undefined;
  for (const a of persons) {
    if (sentence - a.sentence > PRONOUN_REACH) continue;
    if (a.entity.gender === gender) return a;
    if (a.entity.gender == null) unknown ??= a;
  }
  return unknown;
}

function remember(mem: Memory, a: Anchor): void {
  if (a.entity.type === 'person') toFront(mem.persons, a);
  else if (a.entity.type === 'organization' || a.entity.type === 'product') toFront(mem.orgs, a);
  else if (a.entity.type === 'place') toFront(mem.places, a);
  mem.beforeLast = mem.lastAny;
  mem.lastAny = a;
}

/** Makes the list the anchor, then up to seven of its anchors of other entities in their order, in place. */
function toFront(list: Anchor[], a: Anchor): void {
  let kept = 0;
  for (let k = 0; k < list.length; k++) if (list[k]!.entity !== a.entity) list[kept++] = list[k]!;
  const n = Math.min(kept, 7);
  for (let k = n; k > 0; k--) list[k] = list[k - 1]!;
  list[0] = a;
  list.length = n + 1;
}

/**
 * Lowercase words right before a name ("the energy regulator Ofgem") and in an apposition right after it
 * ("Orbis, the ad-tech company,"), in the same sentence: what the text calls the entity.
 */
function noteDescriptors(mem: Memory, tokens: readonly Token[], i: number, a: Anchor): void {
  // The entity's set of words, made when the first word is noted.
  let words = mem.described.get(a.entity) ?? null;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence || t.type !== 'word' || t.text !== t.lower) break;
    (words ??= new Set<string>()).add(t.lower);
  }
  let k = i;
  while (k < tokens.length && tokens[k]!.start < a.end) k++;
  if (tokens[k]?.text === ',' && (tokens[k + 1]?.lower === 'the' || tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an')) {
    // An apposition closes ("Orbis, the ad-tech company, said"); ", the company said" is a new clause.
    const found: string[] = [];
    let m = k + 2;
    for (; m < tokens.length && m < k + 7; m++) {
      const t = tokens[m]!;
      if (t.type !== 'word' || t.text !== t.lower || t.pos === 'VERB' || t.pos === 'AUX') break;
      found.push(t.lower);
    }
    const after = tokens[m];
    if (after && (after.type === 'punctuation' || after.lower === 'that' || after.lower === 'which' || after.lower === 'who')) {
      for (const f of found) (words ??= new Set<string>()).add(f);
    }
  }
  if (words !== null && words.size > 0) mem.described.set(a.entity, words);
}

/** The start of the sentence holding a token (a description may open a sentence: "The company said"). */
function firstTokenStart(doc: Doc, t: Token): number {
  const range = doc.sentenceTokens[t.sentence];
  return range ? doc.tokens[range[0]]!.start : -1;
}

/** The organisation a description stands for (see addReferences). */
function pickOrganization(mem: Memory, head: string, sentence: number): Anchor | null {
  const orgs = mem.orgs.filter((a) => a.entity.type === 'organization');
  const described = orgs.find((a) => mem.described.get(a.entity)?.has(head));
  if (described) return described;
  if (!MODIFIERS.has(head) || PUBLIC_HEADS.has(head)) {
    const named = orgs.find((a) => a.entity.name.toLowerCase().split(/\s+/).includes(head));
    if (named) return named;
  }
  const wantPublic = PUBLIC_HEADS.has(head);
  const isPublic = (e: Entity): boolean => e.name.toLowerCase().split(/\s+/).some((w) => PUBLIC_NAME_WORDS.has(w));
  const pool = orgs.filter((a) => sentence - a.sentence <= DESCRIPTION_REACH && isPublic(a.entity) === wantPublic);
  let best: Anchor | null = null;
  for (const a of pool) {
    if (!best || (mem.salience.get(a.entity) ?? 0) > (mem.salience.get(best.entity) ?? 0)) best = a;
  }
  return best;
}

/** Whether the token at `start` lies inside a name mention (the "The" of "The Times"). */
function insideAnchor(anchors: Anchor[], ai: number, start: number): boolean {
  const a = anchors[ai - 1];
  return a !== undefined && a.start <= start && start < a.end;
}

/** "it is", "it was", "it's" before an adjective or "that": often no reference at all; kept only before a verb. */
function expletiveIt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'it') return false;
  const next = tokens[i + 1];
  return next !== undefined && (next.lower === 'is' || next.lower === 'was' || next.lower === "'s" || next.lower === 'seems' ||
    next.lower === 'remains' || next.lower === 'will' || next.lower === 'would');
}

/** "the [modifiers] head": the index of the head token and whether it names a place, or null. */
function description(tokens: readonly Token[], i: number): [number, boolean] | null {
  let k = i + 1;
  let steps = 0;
  while (k < tokens.length && steps < 4) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence || t.text !== t.lower) return null;
    const isHead = ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower);
    if (isHead) {
      const next = tokens[k + 1];
      // "the company spokesman", "the company of", "the city council": no description.
      if (next && next.sentence === t.sentence && (next.lower === 'of' || (next.pos === 'NOUN' && next.type === 'word') ||
          ORG_HEADS.has(next.lower))) {
        if (!MODIFIERS.has(t.lower)) return null;
      } else {
        return [k, PLACE_HEADS.has(t.lower)];
      }
    }
    if (!MODIFIERS.has(t.lower) && t.text !== '-') return null;
    k++;
    steps++;
  }
  return null;
}
