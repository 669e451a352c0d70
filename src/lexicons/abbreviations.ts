/**
 * Abbreviations for the sentence splitter, by how they behave before the next word. Keys are lowercase and keep
 * their inner dots but not the final one ("u.s", "ph.d", "a.m", "mr"). A word that is in none of these lists and
 * has no inner dot is an ordinary word: its full stop ends the sentence when a capital or a digit follows.
 */

/** Titles and honorifics: always followed by a name, so their full stop never ends a sentence. */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'drs', 'prof', 'profs', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs',
  'lt', 'gen', 'gens', 'col', 'cols', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'pfc', 'adm', 'cmdr', 'cdr', 'brig',
  'lieut', 'rev', 'revd', 'fr', 'msgr', 'hon', 'pres', 'supt', 'det', 'insp', 'cllr', 'amb', 'atty', 'treas',
  'secy', 'asst', 'assoc', 'comdr', 'commr', 'ald', 'mme', 'mlle', 'sra', 'srta', 'spc', 'ens',
];

/**
 * Abbreviations that are titles before a name and place words after one ("St. Louis" but "Main St."; "Mt. Fuji",
 * "Fort" and "feet"), and name suffixes that often stand inside a name ("Martin Luther King Jr. Day"): a sentence
 * ends after them only when a typical sentence opener follows.
 */
export const TITLES_OR_PLACES: readonly string[] = ['st', 'ste', 'mt', 'ft', 'pt', 'dr', 'jr', 'sr'];

/** Abbreviations that stand before a number ("No. 1", "p. 55", "Art. 5", "Rs. 3520"); elsewhere ordinary words. */
export const BEFORE_NUMBERS: readonly string[] = [
  'no', 'nos', 'nr', 'n°', 'nº', 'p', 'pp', 'vol', 'vols', 'art', 'arts', 'fig', 'figs', 'ch', 'chap', 'sec', 'secs',
  'sect', 'para', 'paras', 'ref', 'tel', 'ext', 'op', 'rs', 'rm', 'apt', 'bldg', 'ste', 'ed', 'eds', 'ps', 'ver',
  'v', 'pt', 'pts', 'div', 'reg', 'regs', 'cl', 'sch', 'nov', 'ex', 'exh', 'tab', 'ca', 'c', 'est', 'approx',
];

/** Month abbreviations: followed by a day or a year in news ("Jan. 5", "Sept. 2001"). */
export const MONTHS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * Abbreviations that often end a sentence ("Acme Inc.", "and Co.", "etc.", "Calif."): a following lowercase word,
 * digit or parenthesis continues the sentence; a following capital starts a new one.
 */
export const ENDING: readonly string[] = [
  // companies
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bros', 'cos', 'mfg', 'intl', 'int', 'natl', 'assn', 'dept', 'depts',
  'div', 'univ', 'inst', 'govt', 'admin', 'est',
  // people
  'esq', 'al', 'phd',
  // lists and references
  'etc', 'ibid', 'misc', 'refs', 'trans', 'repr', 'ff',
  // places: US states in AP style, streets
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'oreg', 'pa', 'penn', 'tenn',
  'tex', 'vt', 'va', 'wash', 'wis', 'wisc', 'wyo', 'ave', 'blvd', 'rd', 'ln', 'hwy', 'pl', 'sq', 'ct', 'pkwy', 'cres',
  // measures and times
  'min', 'mins', 'max', 'hr', 'hrs', 'sec', 'secs', 'yr', 'yrs', 'mo', 'mos', 'wk', 'wks', 'lb', 'lbs', 'oz', 'kg',
  'km', 'mi', 'sq', 'cu', 'gal', 'qt', 'doz', 'deg', 'temp', 'pct', 'avg', 'approx', 'med', 'mg', 'ml',
  // weekdays
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Abbreviations that introduce what follows and never end a sentence ("v. Jones", "e.g. Mr. Smith"). */
export const LEADING: readonly string[] = [
  'v', 'vs', 'e.g', 'i.e', 'eg', 'ie', 'viz', 'cf', 'ca', 'c', 'approx', 'incl', 'esp', 'resp', 'f.e', 'a.k.a',
  'aka', 'vis-à-vis', 'w.r.t', 'n.b', 'nb', 'et', 'ex', 'acc', 'abt',
];

/**
 * Dotted abbreviations of places that follow a city and a comma ("Washington, D.C.", "Newark, N.J."): there they
 * end a sentence before a capital like "Calif." does. Other initialisms after a comma ("Men, U.S. District Judge")
 * still need a sentence opener.
 */
export const PLACE_INITIALISMS: readonly string[] = [
  'd.c', 'n.y', 'n.j', 'n.m', 'n.h', 'n.c', 's.c', 'n.d', 's.d', 'r.i', 'w.va', 'b.c', 'n.s', 'n.b', 'p.e.i',
  'n.w.t', 'n.s.w', 'a.c.t', 'w.a', 's.a', 'n.t', 'n.z', 'n.i',
];

/** Clock abbreviations: "at 6 p.m. Travelers ..." ends a sentence, "at 6 p.m. ET" does not. */
export const CLOCK: readonly string[] = ['a.m', 'p.m', 'am', 'pm'];

/** Words that may follow a clock time in the same sentence although they are capitalised. */
export const TIME_ZONES: readonly string[] = [
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'gmt',
  'bst', 'utc', 'cet', 'cest', 'eet', 'eest', 'wet', 'ist', 'jst', 'kst', 'aest', 'aedt', 'awst', 'nzst', 'nzdt',
  'sgt', 'hkt', 'eastern', 'central', 'mountain', 'pacific', 'local', 'moscow', 'london', 'tokyo', 'beijing',
];

/** Company forms that may follow "Co." or "Inc." in one name ("GmbH & Co. KG", "Samsung Electronics Co. Ltd."). */
export const COMPANY_FORMS: readonly string[] = [
  'kg', 'kgaa', 'ltd', 'llc', 'llp', 'lp', 'inc', 'plc', 'ag', 'sa', 'nv', 'bv', 'ab', 'asa', 'spa', 'srl', 'gmbh',
  'pte', 'pty', 'sdn', 'bhd', 'oy', 'oyj', 'as', 'a/s', 'se', 'corp', 'co',
];
