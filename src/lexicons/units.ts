/**
 * Units of measure, time and counting. Data only; src/claims/units.ts reads it.
 */
import { dict } from './numbers.js';

export interface UnitEntry {
  /** The unit a quantity reports ("km", "°C", "year"). */
  unit: string;
  /** Multiply the value by this ("two decades" is 20 years). */
  factor?: number;
}

/**
 * Measure units written after a number, lowercased. Case-sensitive symbols are in MEASURE_SYMBOLS.
 * Multi-word units are keys with single spaces ("degrees celsius", "square kilometres").
 */
export const MEASURE_WORDS: Readonly<Record<string, UnitEntry>> = dict({
  km: { unit: 'km' }, kms: { unit: 'km' }, kilometre: { unit: 'km' }, kilometres: { unit: 'km' }, kilometer: { unit: 'km' }, kilometers: { unit: 'km' },
  metre: { unit: 'm' }, metres: { unit: 'm' }, meter: { unit: 'm' }, meters: { unit: 'm' },
  cm: { unit: 'cm' }, centimetre: { unit: 'cm' }, centimetres: { unit: 'cm' }, centimeter: { unit: 'cm' }, centimeters: { unit: 'cm' },
  mm: { unit: 'mm' }, millimetre: { unit: 'mm' }, millimetres: { unit: 'mm' }, millimeter: { unit: 'mm' }, millimeters: { unit: 'mm' },
  mile: { unit: 'mi' }, miles: { unit: 'mi' }, mi: { unit: 'mi' }, 'nautical miles': { unit: 'nmi' }, 'nautical mile': { unit: 'nmi' },
  ft: { unit: 'ft' }, foot: { unit: 'ft' }, feet: { unit: 'ft' }, inch: { unit: 'in' }, inches: { unit: 'in' },
  yard: { unit: 'yd' }, yards: { unit: 'yd' }, yd: { unit: 'yd' }, yds: { unit: 'yd' },
  kg: { unit: 'kg' }, kgs: { unit: 'kg' }, kilogram: { unit: 'kg' }, kilograms: { unit: 'kg' }, kilo: { unit: 'kg' }, kilos: { unit: 'kg' },
  gram: { unit: 'g' }, grams: { unit: 'g' }, gramme: { unit: 'g' }, grammes: { unit: 'g' },
  mg: { unit: 'mg' }, milligram: { unit: 'mg' }, milligrams: { unit: 'mg' }, mcg: { unit: 'µg' }, µg: { unit: 'µg' }, microgram: { unit: 'µg' }, micrograms: { unit: 'µg' },
  lb: { unit: 'lb' }, lbs: { unit: 'lb' }, oz: { unit: 'oz' }, ounce: { unit: 'oz' }, ounces: { unit: 'oz' },
  tonne: { unit: 'tonne' }, tonnes: { unit: 'tonne' }, 'metric tons': { unit: 'tonne' }, 'metric ton': { unit: 'tonne' }, ton: { unit: 'ton' }, tons: { unit: 'ton' },
  acre: { unit: 'acre' }, acres: { unit: 'acre' }, hectare: { unit: 'hectare' }, hectares: { unit: 'hectare' }, ha: { unit: 'hectare' },
  'square kilometres': { unit: 'km²' }, 'square kilometers': { unit: 'km²' }, 'sq km': { unit: 'km²' }, km2: { unit: 'km²' }, 'km²': { unit: 'km²' },
  'square miles': { unit: 'mi²' }, 'square mile': { unit: 'mi²' }, 'sq mi': { unit: 'mi²' },
  'square feet': { unit: 'ft²' }, 'square foot': { unit: 'ft²' }, 'sq ft': { unit: 'ft²' },
  'square metres': { unit: 'm²' }, 'square meters': { unit: 'm²' }, 'sq m': { unit: 'm²' }, m2: { unit: 'm²' }, 'm²': { unit: 'm²' },
  'cubic metres': { unit: 'm³' }, 'cubic meters': { unit: 'm³' },
  litre: { unit: 'L' }, litres: { unit: 'L' }, liter: { unit: 'L' }, liters: { unit: 'L' },
  ml: { unit: 'mL' }, millilitre: { unit: 'mL' }, millilitres: { unit: 'mL' }, milliliter: { unit: 'mL' }, milliliters: { unit: 'mL' },
  gallon: { unit: 'gal' }, gallons: { unit: 'gal' },
  mph: { unit: 'mph' }, 'miles per hour': { unit: 'mph' }, 'miles an hour': { unit: 'mph' }, kph: { unit: 'km/h' }, kmh: { unit: 'km/h' },
  'km/h': { unit: 'km/h' }, 'kilometres per hour': { unit: 'km/h' }, 'kilometers per hour': { unit: 'km/h' }, 'kilometres an hour': { unit: 'km/h' },
  'metres per second': { unit: 'm/s' }, 'meters per second': { unit: 'm/s' }, 'm/s': { unit: 'm/s' }, knots: { unit: 'kn' }, knot: { unit: 'kn' },
  'degrees celsius': { unit: '°C' }, 'degree celsius': { unit: '°C' }, 'degrees centigrade': { unit: '°C' }, 'degrees c': { unit: '°C' }, celsius: { unit: '°C' },
  'degrees fahrenheit': { unit: '°F' }, 'degree fahrenheit': { unit: '°F' }, 'degrees f': { unit: '°F' }, fahrenheit: { unit: '°F' },
  watt: { unit: 'W' }, watts: { unit: 'W' }, kilowatt: { unit: 'kW' }, kilowatts: { unit: 'kW' }, megawatt: { unit: 'MW' }, megawatts: { unit: 'MW' },
  gigawatt: { unit: 'GW' }, gigawatts: { unit: 'GW' }, 'kilowatt hours': { unit: 'kWh' }, 'kilowatt-hours': { unit: 'kWh' }, kwh: { unit: 'kWh' },
  mwh: { unit: 'MWh' }, gwh: { unit: 'GWh' }, twh: { unit: 'TWh' }, horsepower: { unit: 'hp' }, hp: { unit: 'hp' },
  byte: { unit: 'B' }, bytes: { unit: 'B' }, kilobytes: { unit: 'KB' }, megabytes: { unit: 'MB' }, gigabyte: { unit: 'GB' }, gigabytes: { unit: 'GB' },
  terabyte: { unit: 'TB' }, terabytes: { unit: 'TB' }, petabytes: { unit: 'PB' },
  calories: { unit: 'kcal' }, kcal: { unit: 'kcal' }, decibels: { unit: 'dB' }, volts: { unit: 'V' }, ppm: { unit: 'ppm' }, ppb: { unit: 'ppb' },
  'light years': { unit: 'ly' }, 'light-years': { unit: 'ly' }, magnitude: { unit: 'magnitude' },
  quake: { unit: 'magnitude' }, earthquake: { unit: 'magnitude' }, tremor: { unit: 'magnitude' }, aftershock: { unit: 'magnitude' },
});

/** Case-sensitive unit symbols, written glued or after a space: "40C", "48 GB", "600 W". */
export const MEASURE_SYMBOLS: Readonly<Record<string, string>> = dict({
  C: '°C', F: '°F', '°C': '°C', '°F': '°F', m: 'm', g: 'g', t: 'tonne', l: 'L', L: 'L', W: 'W', kW: 'kW', MW: 'MW',
  GW: 'GW', Gt: 'Gt', Mt: 'Mt', GtCO2: 'Gt', kWh: 'kWh', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh', KB: 'KB', MB: 'MB', GB: 'GB', TB: 'TB', PB: 'PB',
  Mbps: 'Mbps', Gbps: 'Gbps', Hz: 'Hz', kHz: 'kHz', MHz: 'MHz', GHz: 'GHz', V: 'V', kV: 'kV', dB: 'dB', mAh: 'mAh',
  nm: 'nm', cc: 'cc',
});

/** Time units: durations ("10 years", "10-year") and the rate words after "a", "per", "each" ("a month"). */
export const TIME_WORDS: Readonly<Record<string, UnitEntry>> = dict({
  second: { unit: 'second' }, seconds: { unit: 'second' }, sec: { unit: 'second' }, secs: { unit: 'second' },
  minute: { unit: 'minute' }, minutes: { unit: 'minute' }, min: { unit: 'minute' }, mins: { unit: 'minute' },
  hour: { unit: 'hour' }, hours: { unit: 'hour' }, hr: { unit: 'hour' }, hrs: { unit: 'hour' },
  day: { unit: 'day' }, days: { unit: 'day' }, night: { unit: 'night' }, nights: { unit: 'night' },
  week: { unit: 'week' }, weeks: { unit: 'week' }, fortnight: { unit: 'week', factor: 2 }, fortnights: { unit: 'week', factor: 2 },
  month: { unit: 'month' }, months: { unit: 'month' }, quarter: { unit: 'quarter' }, quarters: { unit: 'quarter' },
  year: { unit: 'year' }, years: { unit: 'year' }, yr: { unit: 'year' }, yrs: { unit: 'year' },
  decade: { unit: 'year', factor: 10 }, decades: { unit: 'year', factor: 10 },
  century: { unit: 'year', factor: 100 }, centuries: { unit: 'year', factor: 100 },
  season: { unit: 'season' }, seasons: { unit: 'season' }, semester: { unit: 'semester' }, term: { unit: 'term' },
});

/** Rate adverbs: "$5 monthly", "paid annually". */
export const RATE_ADVERBS: Readonly<Record<string, string>> = dict({
  daily: 'day', nightly: 'night', weekly: 'week', fortnightly: 'fortnight', monthly: 'month', quarterly: 'quarter',
  annually: 'year', yearly: 'year', hourly: 'hour', apiece: 'item',
});

/** Words after "a", "per", "each" that make a rate besides time: "a share", "per capita", "a head". */
export const RATE_NOUNS: Readonly<Record<string, string>> = dict({
  share: 'share', capita: 'capita', head: 'person', person: 'person', household: 'household', barrel: 'barrel',
  gallon: 'gallon', litre: 'litre', liter: 'litre', kilo: 'kg', kg: 'kg', tonne: 'tonne', ton: 'ton', pound: 'lb',
  kwh: 'kWh', ticket: 'ticket', unit: 'unit', pupil: 'pupil', student: 'student', patient: 'patient', night: 'night',
  dozen: 'dozen', visit: 'visit', game: 'game', match: 'match', episode: 'episode', mile: 'mi', km: 'km', user: 'user',
  employee: 'employee', worker: 'worker', adult: 'adult', child: 'child', resident: 'resident', pop: 'item', piece: 'piece',
  seat: 'seat', trip: 'trip', ride: 'ride', call: 'call', message: 'message', subscriber: 'subscriber', copy: 'copy',
  vote: 'vote', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', second: 'second', minute: 'minute',
  quarter: 'quarter', season: 'season', term: 'term', semester: 'semester',
});

/** Words after "a year", "a month" that make it a time, not a rate: "a year earlier". */
export const NOT_RATE_AFTER: ReadonlySet<string> = new Set([
  'ago', 'earlier', 'before', 'later', 'after', 'from', 'since', 'prior', 'previously', 'back', 'on', 'or', 'and', 'into', 'in', 'of', 'until', 'to', 'long',
]);

/** Irregular plurals of counted nouns. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = dict({
  people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', staff: 'staff',
  police: 'police', cattle: 'cattle', sheep: 'sheep', fish: 'fish', deer: 'deer', mice: 'mouse', geese: 'goose',
  teeth: 'tooth', feet: 'foot', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half',
  shelves: 'shelf', thieves: 'thief', wolves: 'wolf', calves: 'calf', loaves: 'loaf', analyses: 'analysis',
  crises: 'crisis', theses: 'thesis', diagnoses: 'diagnosis', bases: 'base', series: 'series', species: 'species',
  aircraft: 'aircraft', personnel: 'personnel', data: 'data', criteria: 'criterion', phenomena: 'phenomenon',
  buses: 'bus', viruses: 'virus', bonuses: 'bonus', campuses: 'campus', statuses: 'status', censuses: 'census',
  gases: 'gas', lenses: 'lens', surpluses: 'surplus', focuses: 'focus', movies: 'movie', cookies: 'cookie',
  zombies: 'zombie', rookies: 'rookie', calories: 'calorie', employees: 'employee', headquarters: 'headquarters',
  'start-ups': 'start-up', startups: 'startup', heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato',
  vetoes: 'veto', echoes: 'echo', torpedoes: 'torpedo', volcanoes: 'volcano', tornadoes: 'tornado',
  troops: 'troop', offspring: 'offspring', livestock: 'livestock', votes: 'vote', ballots: 'ballot',
});

/** Words ending in "s" that are not plural nouns; a counted noun is never one of them. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'does', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'as', 'us', 'thus', 'plus',
  'across', 'always', 'perhaps', 'unless', 'whereas', 'besides', 'towards', 'afterwards', 'sometimes', 'less', 'news',
  'bus', 'gas', 'lens', 'crisis', 'basis', 'analysis', 'status', 'bonus', 'virus', 'campus', 'census', 'consensus',
  'corpus', 'focus', 'genius', 'surplus', 'chaos', 'ethos', 'physics', 'economics', 'politics', 'mathematics',
  'athletics', 'various', 'previous', 'serious', 'famous', 'numerous', 'enormous', 'obvious', 'anonymous', 'yes',
  'ms', 'mrs', 'mr', 'its', 'whose', 'nevertheless', 'regardless', 'unanimous', 'overseas', 'alias', 'atlas', 'bias',
  'canvas', 'christmas', 'texas', 'kansas', 'arkansas', 'illinois', 'paris', 'athens', 'dallas', 'vegas',
  'des', 'les', 'los', 'las', 'dos', 'das', 'measles', 'mumps', 'diabetes', 'rabies', 'herpes', 'scabies',
  'nonetheless', 'mass', 'class', 'glass', 'pass', 'gross', 'loss', 'boss', 'cross', 'access', 'process', 'success',
  'business', 'witness', 'address', 'stress', 'progress', 'congress', 'express', 'less', 'unless', 'guess', 'dress',
  'whereas', 'thereafter', 'ours', 'lets', 'says', 'goes', 'gets', 'makes', 'takes', 'comes', 'seems', 'means',
  'needs', 'wants', 'works', 'shows', 'remains', 'includes', 'becomes', 'helps', 'uses', 'costs', 'pays', 'looks',
  'expects', 'plans', 'hopes', 'calls', 'tells', 'adds', 'runs', 'sits', 'stands', 'lies', 'dies', 'tries', 'tends',
]);

/** Nouns of two words counted as one: "38 food banks", "eight reading specialists". */
export const COMPOUND_NOUNS: ReadonlySet<string> = new Set([
  'food bank', 'reading specialist', 'police officer', 'polling station', 'fire engine', 'care worker',
  'social worker', 'health worker', 'aid worker', 'civil servant', 'data centre', 'data center', 'power plant',
  'power station', 'nursing home', 'care home', 'charging station', 'swimming pool', 'bank account',
]);

/** Street types: "10 Downing Street" is an address. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way', 'place',
  'pl', 'square', 'sq', 'court', 'ct', 'terrace', 'crescent', 'parkway', 'pkwy', 'highway', 'hwy', 'close', 'row',
  'circle', 'plaza', 'broadway', 'strasse', 'straße',
]);

/** Words whose following number is a label, not a quantity: "page 4", "Section 230", "No. 1", "grades 6 through 12". */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'page', 'pages', 'p', 'pp', 'section', 'sections', 'sec', 'chapter', 'chapters', 'ch', 'article', 'articles', 'art',
  'clause', 'paragraph', 'para', 'no', 'nos', 'number', 'nr', 'nrs', 'item', 'figure', 'fig', 'table', 'appendix',
  'exhibit', 'room', 'flight', 'route', 'line', 'platform', 'gate', 'exit', 'highway', 'interstate', 'bus', 'channel',
  'version', 'v', 'level', 'phase', 'stage', 'round', 'game', 'episode', 'volume', 'vol', 'issue', 'title', 'rule',
  'amendment', 'district', 'ward', 'precinct', 'unit', 'apartment', 'apt', 'suite', 'floor', 'lot', 'grade',
  'grades', 'class', 'category', 'type', 'model', 'series', 'tier', 'act', 'part', 'step', 'division', 'zone', 'week',
  'day', 'year', 'lane', 'pier', 'terminal', 'hall', 'block', 'bay', 'berth', 'track', 'seat', 'row', 'box', 'code',
  'form', 'schedule', 'bill', 'resolution', 'proposition', 'prop', 'measure', 'question', 'option', 'plan', 'tranche',
  'batch', 'wave', 'matchday', 'gameweek', 'leg', 'heat', 'hole', 'lap', 'mile', 'kilometre', 'km', 'verse', 'psalm',
  'id', 'pin', 'ref', 'case', 'docket', 'file', 'account', 'generation', 'gen', 'mark', 'mk', 'ps', 'windows', 'ios',
  'android', 'iphone', 'ipad', 'pixel', 'galaxy', 'xbox', 'playstation', 'covid', 'sars', 'mp', 'mps',
]);

/** Clock-time words after a number: "9:30 a.m.", "6pm", "21:42 GMT". */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m', 'p.m', 'gmt', 'bst', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'mt',
  'mst', 'mdt', 'cet', 'cest', 'ist', 'jst', 'aest', "o'clock", 'oclock',
]);

/** Nouns for people: a list of them counts persons ("More than 150 parents and students"). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'person', 'parent', 'student', 'soldier', 'firefighter', 'officer', 'resident', 'worker', 'employee', 'child',
  'adult', 'member', 'volunteer', 'patient', 'teacher', 'nurse', 'doctor', 'staff', 'civilian', 'man', 'woman',
  'voter', 'visitor', 'passenger', 'fan', 'protester', 'migrant', 'refugee', 'pupil', 'family', 'neighbour',
  'neighbor', 'journalist', 'rescuer', 'paramedic', 'police officer', 'troop', 'citizen', 'tourist', 'athlete',
]);

/** "a majority of 6,540", "a population of 400": the noun before "of" says what the number counts. */
export const COUNT_OF: Readonly<Record<string, string>> = dict({
  majority: 'vote', population: 'person', turnout: 'vote', workforce: 'person', headcount: 'person',
  membership: 'member', electorate: 'voter', crowd: 'person', attendance: 'person', staff: 'person',
  city: 'person', town: 'person', village: 'person', country: 'person', nation: 'person', community: 'person',
  suburb: 'person', district: 'person', region: 'person', state: 'person', island: 'person', age: 'year',
  ages: 'year', magnitude: 'magnitude',
});
