import { type Candidate, keyOf, makeCandidate } from './01-candidates.js';
import { type Cues, type NameType, addCues, clearCues, contextCues, nameCues, noCues } from './02-cues.js';
import {
  DEMONYM, IN, STATE_ABBREVIATION, FUNCTION_WORDS, NOT_ACRONYM, ORG_HEAD, ORG_SUFFIX, PLACES, PLACE_ALIAS, SHORT_FORMS, TEAMS,
  listsOf,
} from './lexicon.js';

export type { NameType };

/** Candidates that name one entity, with the evidence for its type. */
export interface Group {
  key: string;
  mentions: Candidate[];
  /** Evidence from the name itself, once per distinct spelling, plus evidence from the context (capped). */
  cues: Cues;
  nameCues: Map<string, Cues>;
  contextCues: Cues;
  type: NameType;
  /** Mentions that are short forms, acronyms or surnames of the group's name. */
  aliases: Candidate[];
  /** The words of the key without a leading "the" (see wordsOf), split when first asked for. */
  words: string[] | null;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/** The key identical names share: possessive-free, lowercase, place short forms spelt out ("u.s." → "united states"). */
function groupKey(c: Candidate): string {
  const alias = PLACE_ALIAS.get(c.key);
  if (alias !== undefined) return alias.toLowerCase();
  const short = SHORT_FORMS.get(c.key);
  return short ?? c.key;
}

/** Context evidence counts up to this much: a name said "said" ten times is no more a person for it. */
const CONTEXT_CAP = 4;

/** Adds up a group's evidence into its `cues`, which hold none yet. */
function addUpCues(g: Group): void {
  for (const c of g.nameCues.values()) addCues(g.cues, c);
  addCues(g.cues, g.contextCues);
}

function decideType(cues: Cues): NameType {
  const order: NameType[] = ['organization', 'product', 'law', 'event', 'place', 'person'];
  let best: NameType = 'organization';
  let score = -Infinity;
  for (const t of order) {
    if (cues[t] > score) {
      best = t;
      score = cues[t];
    }
  }
  return best;
}

/**
 * Groups candidates into entities: identical names first, then acronyms, surnames and short forms join the
 * fullest name. Titles and headings only repeat names found in the text. Returns groups in order of first mention,
 * each with its mentions and its aliases in text order.
 */
export function groupCandidates(candidates: Candidate[], norm: string): Group[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  const later: Candidate[] = [];
  // One object for each candidate's context evidence in turn, which is added to its group's at once.
  const scratch = noCues();
  for (const c of candidates) {
    if (c.zone === 'head' || c.weak) {
      later.push(c);
      continue;
    }
    if (c.words.length === 1 && (DEMONYM.has(c.words[0]!.lower) || STATE_ABBREVIATION.has(bareKey(c.key)))) continue;
    if (c.words.length === 1 && FUNCTION_WORDS.has(c.words[0]!.lower) && !c.words[0]!.caps) continue;
    // "CEO", and dotted ones too: "M.D." after a doctor's name is "md".
    if (c.words.length === 1 && c.words[0]!.caps && (NOT_ACRONYM.has(bareKey(c.key)) || NOT_ACRONYM.has(c.key.replaceAll('.', '')))) continue;
    const key = groupKey(c);
    let g = byKey.get(key);
    if (!g) {
      g = { key, mentions: [], cues: noCues(), nameCues: new Map(), contextCues: noCues(), type: 'organization', aliases: [],
        words: null };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(c);
    // Keys hold no "|": a bare key is the spelling without title or quotes, and no other spelling equals it.
    const spelling = c.title === null && !c.quoted ? c.key : `${c.key}|${c.title ?? ''}|${c.quoted}`;
    if (!g.nameCues.has(spelling)) g.nameCues.set(spelling, nameCues(c));
    const ctx = contextCues(c, norm, clearCues(scratch));
    if (c.zone === 'dateline') ctx.place += c.words[0]!.caps ? 6 : 0;
    if (c.zone === 'byline') ctx.person += 10;
    addCues(g.contextCues, ctx, c.zone === 'body' ? CONTEXT_CAP : 10);
  }
  for (const g of groups) {
    addUpCues(g);
    g.type = decideType(g.cues);
  }

  const merged = new Set<Group>();
  const mergeInto = (short: Group, long: Group): void => {
    if (short === long || merged.has(short) || merged.has(long)) return;
    long.aliases.push(...short.mentions, ...short.aliases);
    long.cues.male += short.cues.male;
    long.cues.female += short.cues.female;
    merged.add(short);
  };

  // Plurals: "Conservatives" and "Conservative", "Greens" and "Green". The plural names the party; the
  // singular is its adjective ("a Conservative spokesperson").
  for (const g of groups) {
    if (g.key.includes(' ') || !g.key.endsWith('s') || g.type === 'person') continue;
    const singular = byKey.get(g.key.slice(0, -1));
    if (singular && singular.type !== 'person') mergeInto(singular, g);
  }

  // Parenthesised acronyms right after a name: "Assembly of First Nations (AFN)"; a ticker after its exchange:
  // "Calloway Biosciences, Inc. (Nasdaq: CLWY)" (the exchange stays an organisation of its own).
  for (const g of groups) {
    for (const m of g.mentions) {
      const { words, last } = m.context;
      const next = words[last + 1];
      // Both follow the name after an opening parenthesis (most names have none after them).
      if (!next || !parenthesisOnly(norm, words[last]!.outerEnd, next.start)) continue;
      if (EXCHANGES.has(next.lower) && norm.charCodeAt(next.outerEnd) === 58 && words[last + 2]?.caps) {
        const ticker = words[last + 2]!;
        const acr = norm.charCodeAt(ticker.end) === 41 ? byKey.get(ticker.lower) : undefined;
        if (acr && acr !== g && acr.mentions.length > 0) mergeInto(acr, g);
        continue;
      }
      if (!next.caps) continue;
      if (norm.charCodeAt(next.end) !== 41) continue;
      const acr = byKey.get(next.lower);
      if (acr && acr !== g && acr.mentions.length > 0 && m.words.length > 1) mergeInto(acr, g);
    }
  }

  // Acronyms: "FTC" is "Federal Trade Commission", "AOSIS" the "Alliance of Small Island States".
  const byInitials = new Map<string, Group>();
  for (const g of groups) {
    if (g.type === 'person' || !g.mentions.some((m) => m.words.length > 1)) continue;
    for (const i of initialsOf(g)) if (!byInitials.has(i)) byInitials.set(i, g);
  }
  for (const g of groups) {
    if (merged.has(g) || g.key.includes(' ')) continue;
    const m0 = g.mentions[0]!;
    if (m0.words.length !== 1 || !/^[A-Za-z]{2,6}$/.test(m0.words[0]!.text) || !/^[A-Z]/.test(m0.words[0]!.text)) continue;
    const long = byInitials.get(m0.words[0]!.text.toUpperCase());
    if (long && !merged.has(long)) mergeInto(g, long);
  }

  // People: a surname alone ("Stamos") or a first name alone joins the full name nearest before it.
  const people = new Set(groups.filter((g) => g.type === 'person' && !merged.has(g) && g.key.includes(' ')));
  const byLastName = indexBy(people, (g) => [lastWord(g.key)]);
  const byFirstName = indexBy(people, (g) => [g.key.slice(0, g.key.indexOf(' '))]);
  for (const g of groups) {
    if (merged.has(g) || g.key.includes(' ') || people.has(g)) continue;
    if ((g.cues.organization >= 6 || g.cues.place >= 5) && g.cues.person < 3) continue;
    const pool = byLastName.get(g.key) ?? byFirstName.get(g.key);
    if (pool) mergeInto(g, nearest(pool, g.mentions[0]!.start));
  }

  // Organisations and places: a short form joins its long form ("The Times", "Nimbus", "Labor Department").
  const longs = new LongForms(groups.filter((g) => !merged.has(g) && g.type !== 'person' && g.key.includes(' ')));
  for (const g of groups) {
    if (merged.has(g) || (g.type === 'person' && (g.key.includes(' ') || g.cues.person >= 3))) continue;
    const words = wordsOf(g);
    // An acronym is a name of its own: "UN" is no short form of "UN Environment Programme".
    const acronym = words.length === 1 && g.mentions.every((m) => m.words.length === 1 && m.words[0]!.caps);
    const candidates = longs.of(words).filter((l) => l !== g && !merged.has(l) && !(acronym && l.key.startsWith(`${g.key} `)));
    if (candidates.length === 0) continue;
    // A place name is no short form of an organisation named after it ("New York" and "New York Stock
    // Exchange", "Iowa" and "Savings Bank of Iowa"), except a club named after its town ("Newcastle United").
    const clubs = PLACES.has(g.key) ? candidates.filter((l) => TEAMS.has(l.key) || teamOf(g.key, l.key)) : candidates;
    if (clubs.length === 0) continue;
    mergeInto(g, nearest(clubs, g.mentions[0]!.start));
  }

  // A head word alone that joined no name ("the Department", "Circuit", "President") names nothing.
  const live = groups.filter((g) => !merged.has(g) && !(!g.key.includes(' ') && isHeadWord(g.key)));

  // Weak candidates and title words join a name found in the text (by its key or an alias key).
  const index = new Map<string, Group>();
  for (const g of live) {
    index.set(g.key, g);
    for (const a of g.aliases) if (!index.has(groupKey(a))) index.set(groupKey(a), g);
  }
  for (const g of live) {
    for (const m of g.mentions) if (!index.has(m.key)) index.set(m.key, g);
  }
  const livePeople = indexBy(live.filter((p) => p.type === 'person' && p.key.includes(' ')), (p) => [lastWord(p.key)]);
  const liveLongs = new LongForms(live.filter((l) => l.type !== 'person' && l.key.includes(' ')));
  for (const c of [...later.filter((c) => c.zone !== 'head'), ...later.filter((c) => c.zone === 'head').flatMap((c) => splitHead(c, index))]) {
    const g = index.get(groupKey(c));
    if (!g) {
      // A weak single word that is a surname or short form of a known name.
      if (c.zone !== 'head' && c.words.length === 1) {
        const person = livePeople.get(c.key);
        const longer = liveLongs.of([c.key]);
        if (person) nearest(person, c.start).aliases.push(c);
        else if (longer.length > 0 && !PLACES.has(c.key)) nearest(longer, c.start).aliases.push(c);
      }
      continue;
    }
    if (g.key === groupKey(c)) g.mentions.push(c);
    else g.aliases.push(c);
  }
  for (const g of live) {
    sortByStart(g.mentions);
    sortByStart(g.aliases);
  }
  return live.sort((a, b) => firstStart(a) - firstStart(b));
}

/** "Newcastle United", "Manchester City": a club named after its town. */
const TEAM_WORDS = new Set(['united', 'city', 'fc', 'athletic', 'rovers', 'wanderers', 'town', 'county', 'albion']);
const teamOf = (place: string, long: string): boolean =>
  long.startsWith(`${place} `) && TEAM_WORDS.has(long.slice(place.length + 1));

/**
 * A title or heading in title case runs names together ("Facebook Allowed Netflix"): its words are matched,
 * longest first, against the names of the text.
 */
function splitHead(c: Candidate, index: Map<string, Group>): Candidate[] {
  if (index.has(groupKey(c))) return [c];
  const out: Candidate[] = [];
  const ws = c.words;
  for (let i = 0; i < ws.length; ) {
    let j = ws.length;
    for (; j > i; j--) {
      const key = keyOf(ws, i, j);
      if (index.has(key) && !(j - i === 1 && isHeadWord(key))) break;
    }
    if (j === i) {
      i++;
      continue;
    }
    const part = ws.slice(i, j);
    out.push(makeCandidate(part[0]!.start, part.at(-1)!.end, part, keyOf(ws, i, j), null, c.sentence,
      c.zone, c.weak, c.title, c.quoted, c.context));
    i = j;
  }
  return out;
}

/** Stock exchanges named before a ticker in parentheses: "(NYSE: ACME)". */
const EXCHANGES = new Set(['nasdaq', 'nyse', 'lse', 'tsx', 'asx', 'amex', 'otc', 'otcqx', 'euronext', 'hkex', 'sgx', 'jse', 'bse', 'nse']);

/** Only spaces and one opening parenthesis between two offsets. */
function parenthesisOnly(norm: string, from: number, to: number): boolean {
  let open = 0;
  for (let k = from; k < to; k++) {
    const c = norm.charCodeAt(k);
    if (c === 40) open++;
    else if (c !== 32) return false;
  }
  return open === 1;
}

/** A head or title word that is no known organisation's name (one look-up for the six lists). */
const isHeadWord = (key: string): boolean => {
  const lists = listsOf(key);
  return (lists & IN.KNOWN_ORGS) === 0 &&
    (lists & (IN.ORG_HEAD | IN.PLACE_HEAD | IN.TITLE_WORD | IN.LAW_HEAD | IN.EVENT_HEAD)) !== 0;
};
const bareKey = (key: string): string => (key.endsWith('.') ? key.slice(0, -1) : key);
const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);
const stripThe = (key: string): string => (key.startsWith('the ') ? key.slice(4) : key);
/** A group's key without a leading "the", split into words once (kept on this call's own group). */
const wordsOf = (g: Group): string[] => (g.words ??= splitSpaces(stripThe(g.key)));

/**
 * s.split(' '), filled by a loop: split() gives a one-word list of another kind to V8 than a longer one, and
 * grouping, compiled for one, was thrown away and compiled again on meeting the other.
 */
function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const at = s.indexOf(' ', from);
    if (at < 0) break;
    out.push(s.slice(from, at));
    from = at + 1;
  }
  out.push(s.slice(from));
  return out;
}

/** Sorts by start in place (stably); most lists come in text order already, which one pass checks. */
function sortByStart(list: Candidate[]): void {
  for (let k = 1; k < list.length; k++) {
    if (list[k - 1]!.start > list[k]!.start) {
      list.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/** Where a group is first mentioned, once its mentions and aliases are sorted (each list's first is its earliest). */
function firstStart(g: Group): number {
  const m = g.mentions.length > 0 ? g.mentions[0]!.start : Infinity;
  const a = g.aliases.length > 0 ? g.aliases[0]!.start : Infinity;
  return m < a ? m : a;
}

/** The group whose first mention is nearest before `at`, else the first after it. */
function nearest(groups: Group[], at: number): Group {
  let best: Group | null = null;
  let bestStart = -Infinity;
  for (const g of groups) {
    const s = g.mentions[0]!.start;
    if (s <= at && s > bestStart) {
      best = g;
      bestStart = s;
    }
  }
  if (best) return best;
  return groups.reduce((a, b) => (a.mentions[0]!.start <= b.mentions[0]!.start ? a : b));
}

/** Initials of the capitalised words, with and without the connectors, a leading "U.S." skipped. */
function initialsOf(g: Group): string[] {
  const out: string[] = [];
  const spellings = new Set<string>();
  for (const m of g.mentions) {
    if (spellings.has(m.key) || spellings.size > 2) continue;
    spellings.add(m.key);
    if (m.words.length < 2) continue;
    let content = '';
    let every = '';
    for (let k = 0; k < m.words.length; k++) {
      const w = m.words[k]!;
      const first = w.text.charCodeAt(0);
      if (k === 0 && first === 85 && /^U\.?S\.?$/.test(w.text)) continue;
      const initial = w.text[0]!.toUpperCase();
      every += initial;
      // (A word's `lower` is its text lowercased.)
      if (!CONNECTORS.has(w.lower) && !(first >= 97 && first <= 122)) content += initial;
    }
    if (content.length < 2) continue;
    out.push(content, every);
  }
  return out;
}

function indexBy(groups: Iterable<Group>, keys: (g: Group) => string[]): Map<string, Group[]> {
  const out = new Map<string, Group[]>();
  for (const g of groups) {
    for (const k of keys(g)) {
      const list = out.get(k);
      if (list) list.push(g);
      else out.set(k, [g]);
    }
  }
  return out;
}

/**
 * Multi-word names indexed by every short form they may have (see isShortForm: their proper prefixes and
 * suffixes, first-and-last pairs, "X Department" for "Department of X", "Xs" for "X Party"), so that a short
 * form finds its long forms by exact look-up, never by comparing every pair of names.
 */
class LongForms {
  private readonly exact = new Map<string, Group[]>();
  private readonly firstLast = new Map<string, Group[]>();
  constructor(groups: Group[]) {
    const put = (map: Map<string, Group[]>, key: string, g: Group): void => {
      const list = map.get(key);
      if (!list) map.set(key, [g]);
      else if (list.at(-1) !== g) list.push(g);
    };
    for (const g of groups) {
      const w = wordsOf(g);
      // The first k words and the others, cut at the k-th space of the key (the words are the key split at spaces).
      const key = stripThe(g.key);
      let space = -1;
      for (let k = 1; k < w.length; k++) {
        space = key.indexOf(' ', space + 1);
        put(this.exact, key.slice(0, space), g);
        put(this.exact, key.slice(space + 1), g);
      }
      if (w.length === 3 && w[1] === 'of') put(this.exact, `${w[2]} ${w[0]}`, g);
      if (w.length === 2) put(this.exact, `${w[0]}s`, g);
      if (w.length >= 4) put(this.firstLast, `${w[0]} ${w.at(-1)}`, g);
    }
  }
  /** The long forms `short` may stand for (see isShortForm). */
  of(short: string[]): Group[] {
    const exact = this.exact.get(short.join(' '));
    const firstLast = short.length >= 3 ? this.firstLast.get(`${short[0]} ${short.at(-1)}`) : undefined;
    // Most names are short forms of nothing: no set is made for them.
    if (exact === undefined && firstLast === undefined) return [];
    const out = new Set<Group>();
    for (const pool of [exact, firstLast]) {
      for (const l of pool ?? []) if (!out.has(l) && isShortForm(short, wordsOf(l))) out.add(l);
    }
    return [...out];
  }
}

/**
 * `short` names the same thing as `long`: a run of its words at the start or end ("Nimbus" / "Nimbus Labs",
 * "Times" / "New York Times"), its words in order with the same first and last ("Maple Grove School Board"),
 * "X Department" for "Department of X", or a plural ("Conservatives" / "Conservative Party").
 */
export function isShortForm(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const s = short;
  const prefix = s.every((w, k) => long[k] === w);
  const suffix = s.every((w, k) => long[long.length - s.length + k] === w);
  if (prefix) {
    // "Newcastle United" names a club of its own, not the "Newcastle United Supporters Trust": a short form that
    // ends in an organisation head, before a long form that ends in another, is another organisation.
    const tail = long[long.length - 1]!;
    if (s.length > 1 && ORG_HEAD.has(s[s.length - 1]!) && ORG_HEAD.has(tail) && !ORG_SUFFIX.has(tail)) return false;
    // "Great" is no short form of "Great Plains Financial", but "Great Plains" is.
    return !CONNECTORS.has(long[s.length]!) || s.length > 1;
  }
  if (suffix) return s.length > 1 || !['commission', 'department', 'party', 'council', 'agency'].includes(s[0]!) || true;
  if (s.length >= 3 && s[0] === long[0] && s[s.length - 1] === long[long.length - 1]) {
    let k = 0;
    for (const w of long) if (w === s[k]) k++;
    if (k === s.length) return true;
  }
  // "Labor Department" and "Department of Labor".
  if (s.length === 2 && long.length === 3 && long[1] === 'of' && s[0] === long[2] && s[1] === long[0]) return true;
  // "Conservatives" and "Conservative Party".
  if (s.length === 1 && s[0]!.endsWith('s') && long.length === 2 && long[0] === s[0]!.slice(0, -1)) return true;
  return false;
}
