import type { Token } from '../nlp/tokens.js';
import type { Entity } from '../schema/entity.js';
import type { Speaker } from '../schema/quote.js';
import { DESCRIPTION_NAME_WORDS, GROUP_SPEAKERS, HONORIFICS, ORG_DESCRIPTIONS, PERSON_DESCRIPTIONS, ROLE_NOUNS, SPEAKER_PRONOUNS } from '../lexicons/speakers.js';
import { makeSpan } from '../text/span.js';
import { firstAtOrAfter } from '../text/search.js';
import { ORG_HEADS, ORG_SUFFIXES } from '../lexicons/org-heads.js';
import { type IndexedMention, type QuoteContext, mentionBefore, mentionsWithin } from './context.js';
import type { Range, SpeakerPhrase } from './03-phrases.js';
import { lookupOf } from './lookup.js';

const roleNouns = new Set(ROLE_NOUNS);
const groups = new Set(GROUP_SPEAKERS);
const honorifics = new Set(HONORIFICS);
const orgDescriptions = new Set(ORG_DESCRIPTIONS);
const personDescriptions = new Set(PERSON_DESCRIPTIONS);
/** Job titles: "the officer" is someone given that title before, not whoever spoke last. */
const ROLE_TITLES = new Set(['officer', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'prosecutor', 'detective',
  'captain', 'commissioner', 'secretary', 'chairman', 'chairwoman', 'councillor', 'alderman', 'superintendent', 'principal', 'teacher',
  'student', 'resident', 'witness', 'victim', 'suspect', 'engineer', 'pilot', 'lawyer', 'attorney', 'doctor', 'analyst', 'economist',
  'researcher', 'scientist', 'professor', 'director', 'executive', 'founder', 'leader', 'chief', 'boss', 'ceo', 'mayor', 'governor', 'senator',
  'minister', 'president', 'coach', 'manager']);
const PLACE_LINKS = new Set(['in', 'on', 'near', 'across', 'around', 'outside', 'inside']);
const PLURAL_DESCRIPTIONS: Readonly<Record<string, string>> = { companies: 'company', firms: 'firm', banks: 'bank', groups: 'group', lenders: 'lender', carriers: 'carrier', airlines: 'airline', retailers: 'retailer', businesses: 'business' };
const pluralDescription = lookupOf(PLURAL_DESCRIPTIONS);
const speakerPronoun = lookupOf(SPEAKER_PRONOUNS);
const descriptionNameWords = lookupOf(DESCRIPTION_NAME_WORDS);
const MEDIUM_WORDS = new Set(['statement', 'release', 'letter', 'filing', 'post', 'tweet', 'email', 'memo', 'note']);
const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'madam', 'queen', 'princess', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman', 'assemblywoman', 'alderwoman']);
const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'congressman', 'councilman', 'chairman', 'spokesman', 'assemblyman', 'alderman', 'father', 'fr.']);

/** Who a speaker phrase stands for, with what the next pronoun may need to know. */
export interface ResolvedSpeaker {
  speaker: Speaker;
  /** person, organization, place..., or group for unnamed speakers. */
  type: string;
  gender: 'female' | 'male' | null;
  plural: boolean;
}

interface Ctx {
  q: QuoteContext;
  tokens: readonly Token[];
  /** Speakers of earlier quotes, most recent last. */
  history: readonly ResolvedSpeaker[];
}

const spanOf = (ctx: Ctx, r: Range): { start: number; end: number } => ({ start: ctx.tokens[r.from]!.start, end: ctx.tokens[r.to - 1]!.end });

function phraseText(ctx: Ctx, r: Range): string {
  const { start, end } = spanOf(ctx, r);
  return ctx.q.doc.text.slice(start, end);
}

function fromEntities(entities: Entity[], mention: { start: number; end: number } | null, role: string | null, ctx: Ctx): ResolvedSpeaker {
  // A loop, not .map(): the optimised .map() made an array of another hidden class than the interpreter's, and
  // the join below deoptimised on it.
  const names: string[] = [];
  for (const e of entities) names.push(e.name);
  const only = entities.length === 1 ? entities[0]! : null;
  return {
    speaker: {
      name: names.join(' and '),
      names,
      entity: only ? only.id : null,
      mention: mention ? makeSpan(ctx.q.doc.text, mention.start, mention.end) : null,
      role,
    },
    type: only ? only.type : 'organization',
    gender: only?.gender ?? null,
    plural: entities.length > 1,
  };
}

function unnamed(ctx: Ctx, r: Range, role: string | null): ResolvedSpeaker {
  const span = spanOf(ctx, r);
  const name = ctx.q.doc.text.slice(span.start, span.end);
  return {
    speaker: { name, names: [], entity: null, mention: makeSpan(ctx.q.doc.text, span.start, span.end), role },
    type: 'group',
    gender: null,
    plural: true,
  };
}

/** The entity a pronoun stands for: an earlier speaker that fits, else the nearest fitting mention. */
function resolvePronoun(ctx: Ctx, r: Range): ResolvedSpeaker | null {
  const t = ctx.tokens[r.from]!;
  const kind = speakerPronoun(t.lower);
  const span = spanOf(ctx, r);
  // The entity stage may already have linked this pronoun.
  const linked = mentionsWithin(ctx.q, span.start, span.end).find((m) => m.mention.kind === 'pronoun');
  if (linked) return fromEntities([linked.entity], span, null, ctx);
  const fits = (type: string, gender: string | null | undefined, plural: boolean): boolean => {
    if (kind === 'male' || kind === 'female') return type === 'person' && !plural && (gender == null || gender === kind);
    if (kind === 'thing') return type !== 'person' && type !== 'group' && !plural;
    return plural || type === 'organization';
  };
  const mention = makeSpan(ctx.q.doc.text, span.start, span.end);
  let recent: ResolvedSpeaker | null = null;
  for (let i = ctx.history.length - 1; i >= Math.max(0, ctx.history.length - 4); i--) {
    const h = ctx.history[i]!;
    if (fits(h.type, h.gender, h.plural)) {
      recent = h;
      break;
    }
  }
  // "they" and "we" stand for an earlier speaker or for nobody named; never for any organisation nearby.
  if (kind === 'plural' || kind === 'self') return recent ? { ...recent, speaker: { ...recent.speaker, mention } } : null;
  // A fitting name met after the last fitting speaker, in this paragraph or the one before, is the better link.
  const m = mentionBefore(ctx.q, span.start, (x) => fits(x.entity.type, x.entity.gender, false) && x.mention.kind !== 'pronoun');
  const lastSeen = recent ? lastMentionOf(ctx, recent, span.start) : -1;
  if (m && (!recent || (m.start > lastSeen && m.entity.id !== recent.speaker.entity && nearby(ctx, m.start, span.start)))) {
    return fromEntities([m.entity], span, null, ctx);
  }
  if (recent) return { ...recent, speaker: { ...recent.speaker, mention } };
  return m ? fromEntities([m.entity], span, null, ctx) : null;
}

/**
 * The latest of the last 200 speakers that passes `ok`: a description ("the senator") looks back that far
 * and no further, so that a document of thousands of quotes is not searched whole for each.
 */
function lastSpeaker(history: readonly ResolvedSpeaker[], ok: (r: ResolvedSpeaker) => boolean): ResolvedSpeaker | undefined {
  for (let i = history.length - 1; i >= 0 && i >= history.length - 200; i--) if (ok(history[i]!)) return history[i];
  return undefined;
}

/** Where a resolved speaker was last named before `pos` (its entity's mentions, else its last mention). */
function lastMentionOf(ctx: Ctx, r: ResolvedSpeaker, pos: number): number {
  const e = r.speaker.entity === null ? undefined : ctx.q.byId.get(r.speaker.entity);
  let last = r.speaker.mention?.start ?? -1;
  for (const m of e?.mentions ?? []) if (m.start < pos && m.start > last) last = m.start;
  return last;
}

/** Whether two offsets lie in the same paragraph or in neighbouring ones. */
function nearby(ctx: Ctx, a: number, b: number): boolean {
  const ps = ctx.q.doc.structure.paragraphs;
  const pa = paragraphAt(ps, a);
  const pb = paragraphAt(ps, b);
  return pa >= 0 && pb >= 0 && pb - pa <= 1;
}

/** Index of the paragraph holding offset `pos` (paragraphs are sorted), or -1. */
function paragraphAt(ps: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid]!;
    if (pos < p.start) hi = mid - 1;
    else if (pos > p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Words in an organisation's name that rule out a description: a court is no "company". */
const NOT_A_COMPANY = /\b(?:Court|Commission|Ministry|Department|Agency|Council|Parliament|Senate|Congress|University|College|School|Police|Government|Office|Tribunal|Authority|Bureau|Committee|Assembly|Institute|Association|Union)\b/;
const COMPANY_WORDS = new Set(['company', 'firm', 'business', 'corporation', 'conglomerate', 'giant', 'startup', 'start-up', 'maker', 'retailer', 'lender', 'insurer', 'carrier', 'airline', 'chainmaker', 'chipmaker', 'automaker', 'carmaker', 'drugmaker', 'developer', 'manufacturer', 'supplier', 'operator', 'provider', 'brand', 'chain', 'publisher', 'studio', 'platform', 'network']);

/** Descriptions that fit any organisation the article is about. */
const LOOSE_WORDS = new Set(['regulator', 'watchdog', 'group', 'organisation', 'organization', 'body', 'team', 'club', 'side']);

/**
 * "the company", "the regulator": the organisation the article has been about. Scores the organisations
 * named before: how often they were named, whether they spoke lately, and whether their name fits the noun.
 */
function resolveDescription(ctx: Ctx, noun: string, pos: number, howMany = 1): Entity[] {
  const counts = new Map<Entity, number>();
  const dateline = ctx.q.doc.structure.dateline;
  const sentenceStart = sentenceStartOf(ctx, pos);
  const inSentence = new Set<Entity>();
  let latest: Entity | null = null;
  // Organisations named in the last 20,000 characters: enough for any story, and bounded for long texts.
  for (const m of mentionsWithin(ctx.q, Math.max(0, pos - 20000), pos)) {
    if (m.entity.type !== 'organization') continue;
    // The wire service in a dateline ("CHICAGO (Metro Wire) —") is no actor of the story.
    if (dateline && m.start >= dateline.start && m.end <= dateline.end) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + (pos - m.start < 1500 ? 2 : 1));
    if (m.start >= sentenceStart) inSentence.add(m.entity);
    latest = m.entity;
  }
  // The last three speakers' entities are read in place (an array of ids, null or string, made per call was
  // one more allocation and mixed its element kinds).
  const history = ctx.history;
  const lastSpeakerId = history.length > 0 ? history[history.length - 1]!.speaker.entity : null;
  const scored: Array<[Entity, number]> = [];
  for (const [e, n] of counts) {
    if (COMPANY_WORDS.has(noun) && NOT_A_COMPANY.test(e.name)) continue;
    // "the agency", "the council", "the government": an institution whose name says so, or whose name
    // says nothing ("Inmet") when it was named earlier in the same sentence; one named there comes first.
    const fit = nameFit(e, noun);
    const strict = !COMPANY_WORDS.has(noun) && !LOOSE_WORDS.has(noun);
    const local = strict && inSentence.has(e);
    if (strict && fit === 0 && !(local && isOpaqueName(e))) continue;
    // "The group": the organisation that spoke last, whatever it named ("The European Publishers Council said
    // ... such as Orbis. The group called ..."); else often the one just introduced.
    if (LOOSE_WORDS.has(noun) && howMany === 1 && lastSpeakerId === e.id) return [e];
    const justNamed = LOOSE_WORDS.has(noun) && e === latest ? 3 : 0;
    scored.push([e, n + (spokeLately(history, e.id) ? 3 : 0) + fit + justNamed + (local ? 10 : 0)]);
  }
  // Highest score first; ties go to the organisation named first (a stable order).
  scored.sort((a, b) => b[1] - a[1]);
  // The first `howMany`, taken by a loop (no copy, and no array of an optimised .map(), whose hidden class differs).
  const out: Entity[] = [];
  for (let k = 0; k < scored.length && k < howMany; k++) out.push(scored[k]![0]);
  return out;
}

/** Whether one of the last three speakers is the entity `id`. */
function spokeLately(history: readonly ResolvedSpeaker[], id: string): boolean {
  for (let i = Math.max(0, history.length - 3); i < history.length; i++) if (history[i]!.speaker.entity === id) return true;
  return false;
}

/** Where the sentence holding offset `pos` starts (0 when none does). */
function sentenceStartOf(ctx: Ctx, pos: number): number {
  const sentences = ctx.q.doc.structure.sentences;
  const i = firstAtOrAfter(sentences, pos + 1, (s) => s.start) - 1;
  return i >= 0 ? sentences[i]!.start : 0;
}

const orgHeads = new Set([...ORG_HEADS, ...ORG_SUFFIXES]);
const wordsOf = (name: string): string[] => name.toLowerCase().split(/[\s-]+/);

/** A name with no word that says what kind of organisation it is: "Inmet", "Ofgem", "Acme". */
const isOpaqueName = (e: Entity): boolean => [e.name, ...e.aliases].every((n) => !wordsOf(n).some((w) => orgHeads.has(w)));

/**
 * How well an organisation's name (or an alias) fits a description: 5 when it holds the noun ("the agency",
 * Environmental Protection Agency), 3 when it holds a word that fits it (Kansas Bureau of Investigation), else 0.
 */
function nameFit(e: Entity, noun: string): number {
  const fitting = descriptionNameWords(noun) ?? [];
  let best = 0;
  for (const name of [e.name, ...e.aliases]) {
    for (const w of wordsOf(name)) {
      if (w === noun) return 5;
      if (fitting.includes(w)) best = 3;
    }
  }
  return best;
}

/** The tokens' texts joined by spaces (without an array of them made first). */
function joinTexts(words: readonly Token[]): string {
  let out = '';
  for (let k = 0; k < words.length; k++) out += k > 0 ? ` ${words[k]!.text}` : words[k]!.text;
  return out;
}

/** Names in a phrase, one entity each, in order: "Netflix and Spotify" gives both. */
function distinctEntities(ms: readonly IndexedMention[]): Entity[] {
  const out: Entity[] = [];
  for (const m of ms) if (!out.includes(m.entity)) out.push(m.entity);
  return out;
}

/** Words of the phrase that are not the name: "Council leader" in "Council leader Aisha Rahman". */
function roleAround(ctx: Ctx, r: Range, name: { start: number; end: number }): string | null {
  const words: Token[] = [];
  for (let k = r.from; k < r.to; k++) {
    const t = ctx.tokens[k]!;
    if (t.start >= name.start && t.end <= name.end) continue;
    if (t.end <= name.start && (t.pos === 'DET' || honorifics.has(t.lower))) continue;
    if (t.start >= name.end) break;
    words.push(t);
  }
  if (words.length === 0) return null;
  let text = ctx.q.doc.text.slice(words[0]!.start, words[words.length - 1]!.end);
  while (text.endsWith(',') || text.endsWith(' ')) text = text.slice(0, -1);
  return text || null;
}

function genderFromTitles(ctx: Ctx, r: Range): 'female' | 'male' | null {
  for (let k = r.from; k < r.to; k++) {
    const w = ctx.tokens[k]!.lower;
    if (FEMALE_TITLES.has(w)) return 'female';
    if (MALE_TITLES.has(w)) return 'male';
  }
  return null;
}

/** A speaker given as an entity, with no words in the sentence standing for it. */
export function speakerOfEntity(q: QuoteContext, tokens: readonly Token[], entity: Entity): ResolvedSpeaker {
  return fromEntities([entity], null, null, { q, tokens, history: [] });
}

/**
 * Mentions of a phrase outside its parentheses: "Calloway Biosciences, Inc. (Nasdaq: CLWY)" and "Sen. Lopez
 * (D-N.M.)" speak for themselves, not for the exchange or the state. All of them when all lie inside.
 */
function withoutParenthesised(ctx: Ctx, r: Range, ms: IndexedMention[]): IndexedMention[] {
  const spans: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (let k = r.from; k < r.to; k++) {
    const t = ctx.tokens[k]!;
    if (t.text === '(' && open < 0) open = t.start;
    else if (t.text === ')' && open >= 0) {
      spans.push({ start: open, end: t.end });
      open = -1;
    }
  }
  if (spans.length === 0) return ms;
  const outside = ms.filter((m) => !spans.some((p) => m.start >= p.start && m.end <= p.end));
  return outside.length > 0 ? outside : ms;
}

/**
 * Reads who a speaker phrase stands for. The mention is the phrase's head, or the words the phrase names as
 * standing for it ("who" in "Democrats, who say ...": the relative pronoun, as a pronoun would be).
 */
export function resolveSpeaker(q: QuoteContext, tokens: readonly Token[], history: readonly ResolvedSpeaker[], phrase: SpeakerPhrase): ResolvedSpeaker {
  const resolved = resolveHead(q, tokens, history, phrase);
  if (!phrase.mention) return resolved;
  const start = tokens[phrase.mention.from]!.start;
  const end = tokens[phrase.mention.to - 1]!.end;
  return { ...resolved, speaker: { ...resolved.speaker, mention: makeSpan(q.doc.text, start, end) } };
}

function resolveHead(q: QuoteContext, tokens: readonly Token[], history: readonly ResolvedSpeaker[], phrase: SpeakerPhrase): ResolvedSpeaker {
  const ctx: Ctx = { q, tokens, history };
  const r = phrase.head;
  const appositionRole = phrase.apposition ? phraseText(ctx, phrase.apposition) : null;
  const span = spanOf(ctx, r);
  const first = tokens[r.from]!;
  const last = tokens[r.to - 1]!;

  if (r.to - r.from === 1 && speakerPronoun(first.lower) !== undefined) {
    return resolvePronoun(ctx, r) ?? unnamed(ctx, r, null);
  }
  // The phrase's tokens, read by several of the tests below: copied once.
  const words = tokens.slice(r.from, r.to);

  const inside = withoutParenthesised(ctx, r, mentionsWithin(q, span.start, span.end));
  const named = inside.filter((m) => m.mention.kind === 'name' || m.mention.kind === 'alias');
  // "Its Radeon account": what the organisation owns speaks for the organisation ("its" names it).
  const owner = inside.find((m) => m.mention.kind === 'pronoun' && m.start === span.start && m.entity.type === 'organization');
  if (owner && named.length > 0 && named.every((m) => m.entity.type === 'product')) {
    return fromEntities([owner.entity], span, appositionRole ?? phraseText(ctx, { from: r.from + 1, to: r.to }), ctx);
  }
  const headIsRole = roleNouns.has(last.lower) || (named.length > 0 && words.some((t) => roleNouns.has(t.lower) && t.end <= named[0]!.start));
  const people = named.filter((m) => m.entity.type === 'person');
  const orgs = named.filter((m) => m.entity.type !== 'person');

  // "reports in Lisbon", "residents on the Ringland estate": a place only says where an unnamed speaker is.
  const firstNoun = words.find((t) => t.pos !== 'DET' && t.pos !== 'ADJ');
  if (named.length > 0 && firstNoun && (/^[a-z]/.test(firstNoun.text) || groups.has(firstNoun.lower)) &&
      (named.every((m) => m.entity.type === 'place') || (groups.has(firstNoun.lower) && words.some((t) => PLACE_LINKS.has(t.lower))))) {
    return unnamed(ctx, r, null);
  }
  // "Alex Stamos", "Council leader Aisha Rahman", "Sen. Maria Lopez".
  if (people.length > 0 && !(roleNouns.has(last.lower) && orgs.length > 0)) {
    const ents = distinctEntities(people);
    const res = fromEntities(ents, span, appositionRole ?? roleAround(ctx, r, people[0]!), ctx);
    if (res.gender === null) res.gender = genderFromTitles(ctx, r);
    return res;
  }
  // "a spokeswoman from Netflix", "Facebook's former privacy chief", "officials from the FTC": the organisation.
  if (orgs.length > 0 && (headIsRole || roleNouns.has(last.lower))) {
    const roleWords = words.filter((t) => roleNouns.has(t.lower) || (t.pos === 'ADJ' && !/^[A-Z]/.test(t.text)));
    const role = roleWords.length ? joinTexts(roleWords) : null;
    return fromEntities(distinctEntities(orgs), span, appositionRole ?? role, ctx);
  }
  if (named.length > 0) return fromEntities(distinctEntities(named), span, appositionRole, ctx);

  // "the statement added": the words of whoever last spoke.
  if (MEDIUM_WORDS.has(last.lower) && (first.lower === 'the' || first.lower === 'its' || first.lower === 'their')) {
    const h = history[history.length - 1];
    if (h) return { ...h, speaker: { ...h.speaker, mention: makeSpan(q.doc.text, span.start, span.end) } };
  }
  // "the spokesperson": the last speaker who had that role.
  if (first.lower === 'the' && r.to - r.from === 2 && /^spokes/.test(last.lower)) {
    const h = lastSpeaker(history, (x) => x.speaker.role !== null && /spokes/i.test(x.speaker.role));
    if (h) return { ...h, speaker: { ...h.speaker, mention: makeSpan(q.doc.text, span.start, span.end) } };
  }
  // "the company", "the agency": the organisation the story is about whose name fits the noun, first; else the
  // entity the entity stage linked the description to.
  if ((first.lower === 'the' || first.lower === 'this') && orgDescriptions.has(last.lower) && r.to - r.from <= 3 && !pluralDescription(last.lower)) {
    const e = resolveDescription(ctx, last.lower, span.start)[0];
    if (e) return fromEntities([e], span, appositionRole, ctx);
    // "the state government" when no government is named: an unnamed speaker, not the nearest organisation.
    if (!COMPANY_WORDS.has(last.lower) && !LOOSE_WORDS.has(last.lower)) return unnamed(ctx, r, null);
  }
  const described = inside.find((m) => m.mention.kind === 'description' || m.mention.kind === 'pronoun');
  if (described) return fromEntities([described.entity], span, appositionRole, ctx);

  // "the company" / "the senator" with no link: the nearest earlier entity of the right kind.
  // "Another analyst" is someone else than the analyst before.
  if (first.lower === 'the' || first.lower === 'this' || first.pos === 'DET' && r.to - r.from <= 4 && first.lower !== 'another') {
    const singular = pluralDescription(last.lower);
    if (singular) {
      // "the companies", "both banks": the two organisations the article is about.
      const two = resolveDescription(ctx, singular, span.start, 2);
      if (two.length === 2) return fromEntities(two, span, null, ctx);
    }
    if (orgDescriptions.has(last.lower)) {
      const e = resolveDescription(ctx, last.lower, span.start)[0];
      if (e) return fromEntities([e], span, null, ctx);
    }
    if (personDescriptions.has(last.lower) || /-year-old$/.test(last.lower)) {
      // "the senator" is the person last called a senator; "the 54-year-old", "the Italian" the last person.
      const described = /-year-old$/.test(last.lower) || !ROLE_TITLES.has(last.lower);
      const h = lastSpeaker(history, (x) => x.type === 'person' &&
        (described || (x.speaker.role ?? '').toLowerCase().includes(last.lower) || (x.speaker.mention?.text ?? '').toLowerCase().includes(last.lower)));
      if (!h && !described) return unnamed(ctx, r, last.text);
      if (h) return { ...h, speaker: { ...h.speaker, mention: makeSpan(q.doc.text, span.start, span.end) } };
      const m = mentionBefore(q, span.start, (x) => x.entity.type === 'person');
      if (m) return fromEntities([m.entity], span, null, ctx);
    }
  }

  // Unnamed: "critics", "a source", "residents", "the researchers".
  if (groups.has(last.lower) || roleNouns.has(last.lower) || words.every((t) => t.pos !== 'PROPN')) {
    return unnamed(ctx, r, roleNouns.has(last.lower) ? last.text : null);
  }
  // A name the entity stage did not catch: the proper nouns, without titles.
  const propn = words.filter((t) => t.pos === 'PROPN' && !honorifics.has(t.lower));
  const name = propn.length ? q.doc.text.slice(propn[0]!.start, propn[propn.length - 1]!.end) : phraseText(ctx, r);
  return {
    speaker: { name, names: [name], entity: null, mention: makeSpan(q.doc.text, span.start, span.end), role: appositionRole },
    type: 'person',
    gender: genderFromTitles(ctx, r),
    plural: false,
  };
}
