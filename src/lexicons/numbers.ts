/**
 * Number words, lowercased. Data only: the parsers in src/claims read these tables.
 */

import { dict } from './dict.js';

export { dict };

/** Cardinal words below one hundred that stand alone ("zero" .. "nineteen") and the tens. */
export const UNIT_WORDS: Readonly<Record<string, number>> = dict({
  zero: 0, nought: 0, naught: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

export const TENS_WORDS: Readonly<Record<string, number>> = dict({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words at or above a thousand ("lakh" and "crore" are Indian English). */
export const SCALE_WORDS: Readonly<Record<string, number>> = dict({
  thousand: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9,
  trillion: 1e12, quadrillion: 1e15,
});

/** Scale abbreviations written after a number with a space or none: "1.5bn", "10 bln", "2mil". */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = dict({
  k: 1e3, thou: 1e3, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
});

/** Case-sensitive scale letters: "10M", "10G", "1MM" are millions and giga; "1m" is a metre. */
export const SCALE_LETTERS_UPPER: Readonly<Record<string, number>> = dict({
  K: 1e3, M: 1e6, MM: 1e6, G: 1e9, B: 1e9, BN: 1e9, T: 1e12, TN: 1e12,
});

/** Ordinal words to the number they stand for; plural forms are fraction denominators ("three fifths"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
  trillionth: 1e12,
});

/** Fraction words that are not ordinals: "a half", "three quarters". */
export const FRACTION_WORDS: Readonly<Record<string, number>> = dict({
  half: 2, halves: 2, quarter: 4, quarters: 4,
});

/** Words that mean a count of twelve. */
export const DOZEN_WORDS: ReadonlySet<string> = new Set(['dozen', 'dozens', 'doz', 'dozs', 'dz', 'dzs']);

/** Words that make the following number negative. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Vulgar fraction characters. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = dict({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
});

/** Multiplier words: "fivefold", "twice". */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = dict({
  twice: 2, double: 2, doubled: 2, triple: 3, tripled: 3, treble: 3, quadruple: 4, quadrupled: 4, twofold: 2,
  threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10,
  hundredfold: 100,
});

/** "hundreds of", "tens of thousands of": a vague lower bound. */
export const PLURAL_SCALE_WORDS: Readonly<Record<string, number>> = dict({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, tens: 10,
});

export type BoundWord = 'approx' | 'lower' | 'upper' | 'equal';

/** Words before a number that bound it, lowercased, as written: "more than 70 million", "an estimated 640 million". */
export const BOUND_BEFORE: Readonly<Record<string, BoundWord>> = dict({
  'over': 'lower', 'more than': 'lower', 'at least': 'lower', 'topping': 'lower', 'topped': 'lower', 'tops': 'lower',
  'upwards of': 'lower', 'upward of': 'lower', 'in excess of': 'lower', 'greater than': 'lower', 'higher than': 'lower',
  'larger than': 'lower', 'bigger than': 'lower', 'above': 'lower', 'exceeding': 'lower', 'exceeds': 'lower',
  'exceed': 'lower', 'exceeded': 'lower', 'surpass': 'lower', 'surpassing': 'lower', 'surpassed': 'lower',
  'no less than': 'lower', 'not less than': 'lower', 'no fewer than': 'lower', 'a minimum of': 'lower',
  'minimum of': 'lower', 'starting at': 'lower', 'starting from': 'lower', 'from as little as': 'lower',
  'just over': 'lower', 'well over': 'lower', 'well above': 'lower', 'just above': 'lower', 'at minimum': 'lower',
  'beyond': 'lower', 'north of': 'lower',
  'larger or equal than': 'lower', 'bigger or equal than': 'lower', 'higher or equal than': 'lower',
  'greater or equal than': 'lower', 'greater than or equal to': 'lower', 'more than or equal to': 'lower',
  'equal to or more than': 'lower', 'equal to or greater than': 'lower', 'at least or equal to': 'lower',
  'up to': 'upper', 'nearly': 'upper', 'almost': 'upper', 'as much as': 'upper', 'as many as': 'upper',
  'as high as': 'upper', 'as long as': 'upper', 'less than': 'upper', 'fewer than': 'upper', 'under': 'upper',
  'below': 'upper', 'at most': 'upper', 'no more than': 'upper', 'not more than': 'upper', 'a maximum of': 'upper',
  'maximum of': 'upper', 'just under': 'upper', 'well under': 'upper', 'well below': 'upper', 'just below': 'upper',
  'within': 'upper', 'lower than': 'upper', 'smaller than': 'upper', 'shy of': 'upper', 'just shy of': 'upper',
  'short of': 'upper', 'not quite': 'upper', 'upto': 'upper',
  'smaller or equal than': 'upper', 'less or equal than': 'upper', 'lower or equal than': 'upper',
  'less than or equal to': 'upper', 'equal to or less than': 'upper', 'no larger than': 'upper',
  'about': 'approx', 'around': 'approx', 'roughly': 'approx', 'approximately': 'approx', 'an estimated': 'approx',
  'estimated': 'approx', 'some': 'approx', 'circa': 'approx', 'approx': 'approx', 'close to': 'approx',
  'closer to': 'approx', 'near': 'approx', 'nearer': 'approx', 'something like': 'approx', 'something nearer': 'approx',
  'in the region of': 'approx', 'on the order of': 'approx', 'of the order of': 'approx', 'or so': 'approx',
  'an approximate': 'approx', 'give or take': 'approx',
  'equal to': 'equal', 'equals': 'equal', 'equaling to': 'equal', 'equalling': 'equal', 'equaling': 'equal',
  'equals to': 'equal',
});

/** Words after a number that bound it: "a mile or more", "18 and older", "10,000-plus". */
export const BOUND_AFTER: Readonly<Record<string, BoundWord>> = dict({
  'or more': 'lower', 'or above': 'lower', 'and more': 'lower', 'and above': 'lower', 'and over': 'lower',
  'and older': 'lower', 'or older': 'lower', 'or greater': 'lower', 'or higher': 'lower', 'plus': 'lower',
  'and up': 'lower', 'or over': 'lower', 'or greater than': 'lower', 'or more than': 'lower', 'and upwards': 'lower',
  'or less': 'upper', 'or fewer': 'upper', 'or under': 'upper', 'or below': 'upper', 'and under': 'upper',
  'or lower': 'upper', 'and below': 'upper', 'and less': 'upper', 'or younger': 'upper', 'and younger': 'upper',
  'or less than': 'upper', 'or so': 'approx', 'or thereabouts': 'approx', 'odd': 'approx', 'or equal': 'upper',
});

/** Comparison symbols before a number. */
export const BOUND_SYMBOLS: Readonly<Record<string, BoundWord>> = dict({
  '>': 'lower', '>=': 'lower', '≥': 'lower', '> =': 'lower', '<': 'upper', '<=': 'upper', '≤': 'upper',
  '< =': 'upper', '~': 'approx', '≈': 'approx', 'c.': 'approx',
});

/** Verbs and adverbs before a number that say it is a change: "rose 4.1%", "cut 1,200 jobs", "up 3%". */
export const CHANGE_BEFORE: Readonly<Record<string, 'up' | 'down'>> = dict({
  rose: 'up', rise: 'up', rises: 'up', rising: 'up', risen: 'up', increased: 'up', increase: 'up', increases: 'up',
  increasing: 'up', up: 'up', gained: 'up', gain: 'up', gains: 'up', gaining: 'up', grew: 'up', grow: 'up',
  grows: 'up', growing: 'up', grown: 'up', jumped: 'up', jump: 'up', jumps: 'up', jumping: 'up', climbed: 'up',
  climb: 'up', climbs: 'up', climbing: 'up', surged: 'up', surge: 'up', surges: 'up', surging: 'up', soared: 'up',
  soar: 'up', soars: 'up', soaring: 'up', added: 'up', add: 'up', adds: 'up', adding: 'up', raised: 'up', raise: 'up', raises: 'up', raising: 'up', hiked: 'up', hike: 'up', hikes: 'up', boosted: 'up', boost: 'up', advanced: 'up',
  rallied: 'up', spiked: 'up', expanded: 'up', expand: 'up', higher: 'up', widened: 'up', lifted: 'up', lift: 'up',
  fell: 'down', fall: 'down', falls: 'down', falling: 'down', fallen: 'down', dropped: 'down', drop: 'down',
  drops: 'down', dropping: 'down', declined: 'down', decline: 'down', declines: 'down', declining: 'down',
  down: 'down', cut: 'down', cuts: 'down', cutting: 'down', slashed: 'down', slash: 'down', slashing: 'down',
  lost: 'down', lose: 'down', loses: 'down', losing: 'down', shed: 'down', sheds: 'down', shedding: 'down',
  decreased: 'down', decrease: 'down', decreases: 'down', slipped: 'down', slip: 'down', slips: 'down', slid: 'down',
  slide: 'down', tumbled: 'down', tumble: 'down', plunged: 'down', plunge: 'down', plummeted: 'down', sank: 'down',
  sink: 'down', sunk: 'down', lowered: 'down', lower: 'down', reduced: 'down', reduce: 'down', reduces: 'down',
  reducing: 'down', eliminate: 'down', eliminates: 'down', eliminated: 'down', eliminating: 'down', axed: 'down',
  axe: 'down', ax: 'down', scrapped: 'down', scrap: 'down', trimmed: 'down', trim: 'down', shrank: 'down',
  shrink: 'down', shrunk: 'down', contracted: 'down', eased: 'down', dipped: 'down', dip: 'down', retreated: 'down',
  narrowed: 'down', tumbling: 'down', sliding: 'down', slumped: 'down', slump: 'down', close: 'down', closes: 'down',
  closed: 'down', closing: 'down', lay: 'down', laid: 'down', laying: 'down',
});

/**
 * Verbs by which a subject's own count changes or stands: "claims fell by 7,000 to 221,000", "voters numbered
 * 48,000". Unlike CHANGE_BEFORE, only verbs whose subject is the thing counted ("cut", "added" count their object).
 */
export const SUBJECT_COUNT_VERBS: readonly string[] = [
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'increased', 'increase',
  'increases', 'decreased', 'decrease', 'decreases', 'dropped', 'drop', 'drops', 'climbed', 'climb', 'climbs', 'grew',
  'grow', 'grows', 'grown', 'jumped', 'jump', 'jumps', 'declined', 'decline', 'declines', 'surged', 'surge', 'surges',
  'slipped', 'slid', 'edged', 'totaled', 'totalled', 'total', 'totals', 'numbered', 'number', 'numbers', 'reached',
  'reach', 'reaches', 'stood', 'stand', 'stands', 'topped', 'tops', 'hit', 'hits', 'plunged', 'plunge', 'soared', 'soar',
];

/** Nouns after a number that make it a change: "a 5% rise", "1.6 million more treatments". */
export const CHANGE_AFTER: Readonly<Record<string, 'up' | 'down'>> = dict({
  rise: 'up', increase: 'up', jump: 'up', gain: 'up', growth: 'up', hike: 'up', surge: 'up', more: 'up',
  drop: 'down', fall: 'down', decline: 'down', cut: 'down', decrease: 'down',
  reduction: 'down', slump: 'down', plunge: 'down', fewer: 'down', loss: 'down', less: 'down',
});

/** Words that can sit between a change verb and its number: "rose by about 4%", "cut another 200 jobs". */
export const CHANGE_SKIPPABLE: ReadonlySet<string> = new Set([
  'by', 'to', 'a', 'an', 'another', 'further', 'additional', 'some', 'just', 'only', 'nearly', 'almost', 'about',
  'around', 'roughly', 'more', 'than', 'over', 'up', 'as', 'much', 'many', 'at', 'least', 'its', 'their', 'his',
  'her', 'the', 'estimated', 'sharply', 'slightly', 'steeply', 'by', 'some', 'off', 'out', 'back', 'than', 'under',
]);

/** Words before "N times" / after it that make it a multiplier ("three times higher"), not a count of times. */
export const COMPARATIVE_AFTER_TIMES: ReadonlySet<string> = new Set([
  'more', 'higher', 'larger', 'bigger', 'greater', 'faster', 'slower', 'lower', 'smaller', 'as', 'the', 'that',
  'than', 'longer', 'shorter', 'cheaper', 'likelier', 'likely', 'over', 'less', 'fewer', 'better', 'worse', 'what',
  'those', 'that', 'a', 'an',
  'its', 'their', 'his', 'her', 'our', 'this', 'national', 'average',
]);

/** Words after which "one" is a pronoun: "the one", "which one". */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'what', 'whichever', 'either', 'neither',
  'little', 'only', 'some', 'someone', 'big', 'new', 'old', 'last', 'next', 'first', 'right', 'wrong',
]);

/**
 * Capitalised words that may open a sentence before a number without making it a name: "About 310",
 * "The 14 scientists". Any other capitalised word before a number makes it a label ("RTX 5090", "Phase 3").
 */
export const NOT_NAME_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'about', 'around', 'over', 'under', 'more', 'less', 'fewer', 'nearly', 'almost', 'some',
  'just', 'only', 'all', 'another', 'at', 'in', 'on', 'of', 'for', 'by', 'with', 'from', 'to', 'since', 'and', 'but',
  'or', 'than', 'roughly', 'approximately', 'up', 'down', 'until', 'after', 'before', 'during', 'between', 'among',
  'within', 'each', 'every', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that',
  'what', 'as', 'if', 'when', 'while', 'where', 'then', 'there', 'here', 'why', 'how', 'who', 'which', 'whose',
  'both', 'exactly', 'precisely', 'fully', 'total', 'totalling', 'still', 'even', 'also', 'plus', 'minus', 'top',
  'last', 'next', 'first', 'so', 'yet', 'now', 'today', 'yesterday', 'some', 'many', 'most', 'another', 'estimated',
  'an', 'below', 'above', 'across', 'against', 'per', 'via', 'like', 'unlike', 'despite', 'though', 'although',
  'because', 'once', 'twice', 'nearly', 'perhaps', 'maybe', 'almost', 'barely', 'average', 'median', 'only',
  'rose', 'fell', 'cut', 'raised', 'lost', 'gained', 'added', 'paid', 'spent', 'earned', 'made', 'took', 'won',
  'scored', 'sold', 'bought', 'hit', 'reached', 'topped', 'cost', 'costs', 'pay', 'spend', 'earn', 'costing',
  'including', 'included', 'includes', 'excluding', 'of', 'to', 'toward', 'towards', 'upto', 'circa', 'ca',
  'increased', 'decreased', 'dropped', 'jumped', 'climbed', 'grew', 'slipped', 'slid', 'sank', 'soared', 'surged',
  'reported', 'recorded', 'counted', 'killed', 'injured', 'employed', 'employs', 'hired', 'fired', 'says', 'said',
  'we', 'they', 'he', 'she', 'i', 'you', 'it', 'we\'ve', 'there\'s', 'there\'re', 'is', 'are', 'was', 'were',
  'had', 'has', 'have', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'not', 'no',
  'nor', 'whether', 'thus', 'therefore', 'however', 'meanwhile', 'overall', 'altogether', 'instead', 'such',
  'equal', 'equals', 'equaling', 'larger', 'bigger', 'greater', 'higher', 'smaller', 'lower', 'exceed', 'exceeding',
  'surpass', 'some', 'nearly', 'hundreds', 'thousands', 'millions', 'tens', 'dozens', 'number', 'x', 'y', 'z',
  'others', 'other', 'turnout', 'majority', 'electorate', 'spoilt', 'abstentions',
  'find', 'show', 'give', 'get', 'buy', 'sell', 'count', 'try', 'see', 'let\'s', 'please', 'seven', 'how',
]);
