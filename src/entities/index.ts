import type { Doc } from '../doc.js';
import type { Entity, Mention } from '../schema/entity.js';
import { type Candidate, findCandidates, scanSentence } from './01-candidates.js';
import { type Group, groupCandidates } from './03-group.js';
import { addReferences } from './04-references.js';
import { findDates } from './05-dates.js';
import { makeMention } from './mention.js';

export { entityAt } from './entity-at.js';

/**
 * People, organisations, places, products, events, laws and dates, each with its mentions: capitalised names
 * found in the article text (01-candidates), typed by lexicons and context (02-cues), grouped so that surnames,
 * short forms and acronyms join the fullest name (03-group); then pronouns and descriptions that stand for
 * them (04-references, which says how they are chosen) and dates (05-dates). Ids follow first mentions.
 */
export function findEntities(doc: Doc): Entity[] {
  const candidates = [...findCandidates(doc), ...datelineCandidates(doc), ...bylineCandidates(doc)];
  candidates.sort((a, b) => a.start - b.start);
  const groups = groupCandidates(candidates, doc.norm);
  // (A loop rather than map(): map makes its list of another kind to V8 when it is empty, and every reader of the
  // list compiled for one kind is thrown away when it meets the other.)
  const named: Entity[] = [];
  for (const g of groups) named.push(toEntity(doc, g));
  addReferences(doc, named);
  const all = [...named, ...findDates(doc)];
  const first = (e: Entity): number => e.mentions[0]?.start ?? Infinity;
  all.sort((a, b) => first(a) - first(b));
  // The entities are this call's own objects: numbered in place.
  for (let i = 0; i < all.length; i++) all[i]!.id = `e${i + 1}`;
  return all;
}

function sentenceAt(doc: Doc, at: number): number {
  const ss = doc.structure.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= at) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  // A dateline lies before its paragraph's first sentence: it belongs to that sentence.
  const s = ss[best];
  if (s && s.end <= at && ss[best + 1]) return best + 1;
  return best;
}

function datelineCandidates(doc: Doc): Candidate[] {
  const d = doc.structure.dateline;
  if (!d) return [];
  const out: Candidate[] = [];
  scanSentence(doc.norm, d.start, d.end, sentenceAt(doc, d.end), 'dateline', out);
  return out;
}

function bylineCandidates(doc: Doc): Candidate[] {
  const b = doc.structure.byline;
  if (!b) return [];
  const out: Candidate[] = [];
  const span = doc.norm.slice(b.span.start, b.span.end);
  for (const name of b.names) {
    const at = span.indexOf(name);
    if (at < 0) continue;
    const from = b.span.start + at;
    const found: Candidate[] = [];
    scanSentence(doc.norm, from, from + name.length, sentenceAt(doc, from), 'byline', found);
    out.push(...found.filter((c) => c.words.length > 1));
  }
  return out;
}

/** Whitespace runs folded to one space; most names have none to fold, and are returned as they are. */
function foldSpaces(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 33 && (c !== 32 || s.charCodeAt(k + 1) === 32) || c === 0xa0) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** A candidate's name as the input writes it, spaces folded. */
const nameOf = (doc: Doc, c: Candidate): string => c.text ?? foldSpaces(doc.text.slice(c.start, c.end));

/** Every word of the name is in capitals ("FTC", "WASHINGTON POST"). */
function shouted(c: Candidate): boolean {
  for (const w of c.words) if (!w.caps) return false;
  return true;
}

/** The fullest proper form: the longest mention, preferring ordinary capitals over all capitals (the first on a tie). */
function canonical(doc: Doc, g: Group): string {
  let allShouted = true;
  for (const m of g.mentions) {
    if (!shouted(m)) {
      allShouted = false;
      break;
    }
  }
  let best: Candidate = g.mentions[0]!;
  let bestScore = -Infinity;
  for (const m of g.mentions) {
    const score = m.words.length * 10 + (!allShouted && shouted(m) ? -100 : 0) + (m.zone === 'head' ? -50 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return nameOf(doc, best);
}

function toEntity(doc: Doc, g: Group): Entity {
  const name = canonical(doc, g);
  const aliases = new Set<string>();
  const mentions: Mention[] = [];
  let nameLower: string | null = null;
  // The group's mentions and aliases, each list in text order, walked together in text order (a mention before
  // an alias at the same offset).
  const ms = g.mentions;
  const as = g.aliases;
  let i = 0;
  let j = 0;
  while (i < ms.length || j < as.length) {
    const isAlias = i >= ms.length || (j < as.length && as[j]!.start < ms[i]!.start);
    const c = isAlias ? as[j++]! : ms[i++]!;
    const text = nameOf(doc, c);
    const kind = text === name ? 'name' : 'alias';
    if (text !== name && (isAlias || text.toLowerCase() !== (nameLower ??= name.toLowerCase()) || shouted(c))) {
      aliases.add(text);
    }
    mentions.push(makeMention(doc.text, c.start, c.end, c.sentence, kind));
  }
  // A person is built with its gender in the literal rather than given it afterwards: each kind of entity keeps
  // one shape from the start (a property added later makes another shape, and compiled readers start over).
  if (g.type === 'person') {
    const gender = g.cues.male > g.cues.female ? 'male' : g.cues.female > g.cues.male ? 'female' : null;
    return { id: '', name, type: g.type, aliases: [...aliases], mentions, gender };
  }
  return { id: '', name, type: g.type, aliases: [...aliases], mentions };
}
