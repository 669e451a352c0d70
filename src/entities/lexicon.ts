/**
 * The entity lexicons as Sets, built once when the module loads and never changed afterwards.
 */
import { COMMON_WORDS } from '../lexicons/common-words.js';
import { makeIsCommon } from './common.js';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES } from '../lexicons/first-names.js';
import { KNOWN_ORGANIZATIONS, SPORTS_TEAMS } from '../lexicons/organizations.js';
import { EXTRA_ORGANIZATIONS, KNOWN_PRODUCTS as PRODUCTS, ORG_SHORT_FORMS } from '../lexicons/organizations-extra.js';
import { CITIES, COUNTRIES, DEMONYMS, OTHER_PLACES, REGIONS } from '../lexicons/places.js';
import { EXTRA_DEMONYMS, EXTRA_PLACES, PLACE_ALIASES, STATE_ABBREVIATIONS } from '../lexicons/places-extra.js';
import {
  DESCRIPTORS, EVENT_HEADS, LAW_HEADS, NON_ENTITY_ACRONYMS, OF_HEADS, ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS, PLACE_NOUNS_AFTER,
  PRODUCT_HEADS, THE_NAMES,
} from '../lexicons/org-heads.js';
import { FEMALE_HONORIFICS, FIRST_NAME_TITLES, MALE_HONORIFICS, ROLE_WORDS, TITLE_HEADS, TITLE_MODIFIERS, TITLES } from '../lexicons/titles.js';
import { MONTHS, WEEKDAYS } from '../lexicons/dates.js';

const set = (...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> => new Set(lists.flat());

// The title heads that are first names too ("Dean", "Earl") are men's names the generated lists leave out.
export const MALE_NAMES = set(MALE_FIRST_NAMES, FIRST_NAME_TITLES);
export const FEMALE_NAMES = set(FEMALE_FIRST_NAMES);
export const FIRST_NAMES = set(MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, UNISEX_FIRST_NAMES, FIRST_NAME_TITLES);
export const SURNAMES = set(LAST_NAMES);
export const COMMON = set(COMMON_WORDS);
export const KNOWN_ORGS = set(KNOWN_ORGANIZATIONS, EXTRA_ORGANIZATIONS, SPORTS_TEAMS);
export const TEAMS = set(SPORTS_TEAMS);
export const KNOWN_PRODUCTS = set(PRODUCTS);
/** Short forms that are no acronym ("fed"), to the long form's key. */
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map(Object.entries(ORG_SHORT_FORMS));
export const PLACES = set(COUNTRIES, REGIONS, CITIES, OTHER_PLACES, EXTRA_PLACES);
export const COUNTRY_OR_REGION = set(COUNTRIES, REGIONS);
export const DEMONYM = set(DEMONYMS, EXTRA_DEMONYMS);
export const STATE_ABBREVIATION = set(STATE_ABBREVIATIONS);
/** Abbreviations of places ("u.s.", "uk"), to the ordinary name. */
export const PLACE_ALIAS: ReadonlyMap<string, string> = new Map(Object.entries(PLACE_ALIASES));
export const ORG_SUFFIX = set(ORG_SUFFIXES);
export const ORG_HEAD = set(ORG_HEADS, ORG_SUFFIXES);
export const OF_HEAD = set(OF_HEADS);
export const PLACE_HEAD = set(PLACE_HEADS);
export const PLACE_NOUN_AFTER = set(PLACE_NOUNS_AFTER);
export const THE_NAME = set(THE_NAMES);
export const NOT_ACRONYM = set(NON_ENTITY_ACRONYMS);
export const MALE_TITLE = set(MALE_HONORIFICS);
export const FEMALE_TITLE = set(FEMALE_HONORIFICS);
export const TITLE_WORD = set(TITLES, MALE_HONORIFICS, FEMALE_HONORIFICS);
export const TITLE_HEAD = set(TITLE_HEADS, MALE_HONORIFICS, FEMALE_HONORIFICS);
export const FIRST_NAME_TITLE = set(FIRST_NAME_TITLES);
export const ROLE = set(ROLE_WORDS);
export const TITLE_MODIFIER = set(TITLE_MODIFIERS);
export const DESCRIPTOR = set(DESCRIPTORS);
export const LAW_HEAD = set(LAW_HEADS);
export const EVENT_HEAD = set(EVENT_HEADS);
export const PRODUCT_HEAD = set(PRODUCT_HEADS);

/** An ordinary English word, also when inflected or hyphenated. */
export const isCommon = makeIsCommon(COMMON);
export const MONTH: ReadonlySet<string> = new Set(Object.keys(MONTHS));
export const WEEKDAY = new Set(Object.keys(WEEKDAYS));
/** A month or a weekday (union of the two). */
export const MONTH_OR_WEEKDAY = set(Object.keys(MONTHS), Object.keys(WEEKDAYS));

/** Words that join capitalised words inside one name ("Bank of Canada", "Rio Grande do Sul"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el',
]);

/**
 * Function words, adverbs and pronouns: a capitalised one opening a sentence is never part of a name.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when',
  'while', 'where', 'after', 'before', 'as', 'at', 'by', 'in', 'on', 'of', 'to', 'from', 'with', 'without', 'into',
  'under', 'over', 'about', 'since', 'until', 'though', 'although', 'because', 'however', 'meanwhile', 'also',
  'still', 'now', 'then', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'your', 'some', 'many', 'most', 'several', 'both', 'all', 'each', 'every', 'other', 'such', 'only',
  'even', 'instead', 'what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'not', 'no', 'yes', 'according',
  'despite', 'during', 'among', 'between', 'against', 'through', 'across', 'around', 'behind', 'beyond', 'within',
  'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight', 'once', 'already', 'just',
  'more', 'less', 'much', 'few', 'any', 'either', 'neither', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'first', 'second', 'third', 'asked', 'speaking', 'read', 'watch', 'see', 'like', 'unlike',
  'including', 'plus', 'per', 'via', 'amid', 'upon', 'towards', 'toward', 'near', 'off', 'out', 'up', 'down', 'do',
  'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'shall', 'thanks', 'please', 'dear', 'hi', 'hello', 'q', 'a', 'overall',
  'together', 'altogether', 'again', 'further', 'finally', 'similarly', 'likewise', 'otherwise', 'indeed',
  'nobody', 'everybody', 'somebody', 'anybody', 'everyone', 'someone', 'anyone', 'nothing', 'everything',
  'something', 'anything', 'none', 'dozens', 'hundreds', 'thousands', 'millions', 'whether', 'unless', 'whereas',
  'except', 'besides', 'beside', 'below', 'above', 'outside', 'inside', 'along', 'alongside', 'beneath', 'ahead',
]);

// Unions of the sets above that the name scanner asks about together: one look-up instead of two or three.
/** A title or a word that goes with one ("chief", "executive", "senior"). */
export const TITLE_OR_MODIFIER = set([...TITLE_WORD], [...TITLE_MODIFIER]);
/** A function word or a describing noun ("the", "rival", "consultancy"). */
export const FUNCTION_OR_DESCRIPTOR = set([...FUNCTION_WORDS], [...DESCRIPTOR]);

/**
 * The lists a name's cues ask about (see nameCues), and grouping too, one bit each: IN_LISTS tells with one look-up which of them
 * hold a word or a name, where asking each list would take a look-up per list.
 */
export const IN = {
  KNOWN_ORGS: 1 << 0,
  TEAMS: 1 << 1,
  PLACES: 1 << 2,
  PLACE_ALIAS: 1 << 3,
  KNOWN_PRODUCTS: 1 << 4,
  ORG_SUFFIX: 1 << 5,
  LAW_HEAD: 1 << 6,
  EVENT_HEAD: 1 << 7,
  PRODUCT_HEAD: 1 << 8,
  ORG_HEAD: 1 << 9,
  PLACE_HEAD: 1 << 10,
  FIRST_NAMES: 1 << 11,
  MALE_NAMES: 1 << 12,
  FEMALE_NAMES: 1 << 13,
  SURNAMES: 1 << 14,
  NOT_ACRONYM: 1 << 15,
  DEMONYM: 1 << 16,
  TITLE_WORD: 1 << 17,
} as const;

const IN_LISTS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  mark(KNOWN_ORGS, IN.KNOWN_ORGS);
  mark(TEAMS, IN.TEAMS);
  mark(PLACES, IN.PLACES);
  mark(PLACE_ALIAS.keys(), IN.PLACE_ALIAS);
  mark(KNOWN_PRODUCTS, IN.KNOWN_PRODUCTS);
  mark(ORG_SUFFIX, IN.ORG_SUFFIX);
  mark(LAW_HEAD, IN.LAW_HEAD);
  mark(EVENT_HEAD, IN.EVENT_HEAD);
  mark(PRODUCT_HEAD, IN.PRODUCT_HEAD);
  mark(ORG_HEAD, IN.ORG_HEAD);
  mark(PLACE_HEAD, IN.PLACE_HEAD);
  mark(FIRST_NAMES, IN.FIRST_NAMES);
  mark(MALE_NAMES, IN.MALE_NAMES);
  mark(FEMALE_NAMES, IN.FEMALE_NAMES);
  mark(SURNAMES, IN.SURNAMES);
  mark(NOT_ACRONYM, IN.NOT_ACRONYM);
  mark(DEMONYM, IN.DEMONYM);
  mark(TITLE_WORD, IN.TITLE_WORD);
  return out;
})();

/** Which of the IN lists hold `s` (0: none). */
export const listsOf = (s: string): number => IN_LISTS.get(s) ?? 0;

// Unions of IN lists the name scanner asks about together, told by the one look-up of listsOf (no Set of their own).

/** An organisation's head, a place's head or a known organisation: no part of a person's name. */
export const isOrgOrPlaceHeadOrOrg = (s: string): boolean => (listsOf(s) & (IN.ORG_HEAD | IN.PLACE_HEAD | IN.KNOWN_ORGS)) !== 0;
/** A known organisation, place or first name: a single word that is not weak. */
export const isKnownOrgPlaceOrFirstName = (s: string): boolean =>
  (listsOf(s) & (IN.KNOWN_ORGS | IN.PLACES | IN.FIRST_NAMES)) !== 0;
