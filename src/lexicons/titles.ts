/**
 * Titles and honorifics that stand before a person's name and are no part of it ("Sen. Maria Lopez" is Maria
 * Lopez). Lowercase, without the final full stop. Multi-word titles are listed word by word as they are written.
 */

/** Honorifics that give the bearer's grammatical gender. */
export const MALE_HONORIFICS: readonly string[] = ['mr', 'messrs', 'sir', 'lord', 'king', 'prince', 'duke', 'father', 'brother', 'sheikh'];
export const FEMALE_HONORIFICS: readonly string[] = [
  'mrs', 'ms', 'miss', 'mme', 'mlle', 'madam', 'madame', 'dame', 'lady', 'queen', 'princess', 'duchess', 'sister',
];

/** Titles and offices written before a name, capitalised ("Dr", "Cllr", "Chief Executive", "Prime Minister"). */
export const TITLES: readonly string[] = [
  'dr', 'drs', 'prof', 'professor', 'sen', 'sens', 'senator', 'rep', 'reps', 'representative', 'gov', 'governor',
  'cllr', 'councillor', 'councilor', 'councilman', 'councilwoman', 'ald', 'alderman', 'alderwoman', 'mayor',
  'president', 'vice', 'chancellor', 'minister', 'premier', 'secretary', 'commissioner', 'judge', 'justice',
  'chief', 'executive', 'officer', 'financial', 'operating', 'technology', 'director', 'general', 'chair',
  'chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'cto', 'coach', 'manager', 'captain', 'skipper',
  'detective', 'det', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'col', 'colonel', 'maj', 'major', 'gen',
  'adm', 'admiral', 'cmdr', 'commander', 'cpl', 'corporal', 'pvt', 'private', 'officer', 'constable', 'inspector',
  'superintendent', 'supt', 'sheriff', 'deputy', 'attorney', 'prosecutor', 'ambassador', 'envoy', 'rev', 'reverend',
  'pastor', 'bishop', 'archbishop', 'cardinal', 'pope', 'rabbi', 'imam', 'speaker', 'prime', 'first', 'mp', 'mep',
  'msp', 'hon', 'atty', 'asst', 'assistant', 'associate', 'senior', 'interim', 'acting', 'former', 'emperor',
  'chief executive', 'head', 'coach', 'midfielder', 'striker', 'defender', 'goalkeeper', 'forward', 'guard', 'center',
  'founder', 'co-founder', 'cofounder', 'treasurer', 'comptroller', 'auditor', 'lawmaker', 'dean', 'provost', 'principal',
  'superintendent', 'spokesperson', 'spokesman', 'spokeswoman', 'analyst', 'economist', 'editor', 'correspondent',
];

/**
 * Of those, the words that make a title alone, in front of a name ("Dr Jane Doe", "Mayor Ana Ruiz"); the others
 * ("chief", "financial", "officer") only help a title that ends in one of these.
 */
export const TITLE_HEADS: readonly string[] = [
  'dr', 'drs', 'prof', 'professor', 'sen', 'sens', 'senator', 'rep', 'reps', 'representative', 'gov', 'governor',
  'cllr', 'councillor', 'councilor', 'councilman', 'councilwoman', 'ald', 'alderman', 'alderwoman', 'mayor',
  'president', 'chancellor', 'minister', 'premier', 'secretary', 'commissioner', 'judge', 'justice', 'executive',
  'officer', 'director', 'chair', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'cto', 'coach',
  'manager', 'captain', 'detective', 'det', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'col', 'colonel', 'maj',
  'gen', 'adm', 'admiral', 'cmdr', 'commander', 'cpl', 'corporal', 'pvt', 'constable', 'inspector', 'superintendent',
  'supt', 'sheriff', 'attorney', 'prosecutor', 'ambassador', 'envoy', 'rev', 'reverend', 'pastor', 'bishop',
  'archbishop', 'cardinal', 'pope', 'rabbi', 'imam', 'speaker', 'mp', 'mep', 'msp', 'atty', 'founder', 'treasurer',
  'comptroller', 'dean', 'provost', 'spokesperson', 'spokesman', 'spokeswoman', 'analyst', 'economist', 'editor',
  'correspondent', 'midfielder', 'striker', 'defender', 'goalkeeper', 'emperor', 'chief', 'leader', 'mr', 'mrs', 'ms',
];

/**
 * Capitalised words that may open a title before its head ("Police Chief", "Battalion Chief", "Shadow Health
 * Secretary", "National Chief", "Deputy Commissioner").
 */
/**
 * Title heads that are also common first names: "Dean Whitlow" is a man called Dean, unless more title words or
 * a full name follow ("Dean Maria Ortiz", "Law School Dean Ortiz" reads as a title before a surname).
 */
export const FIRST_NAME_TITLES: readonly string[] = ['dean', 'earl'];

export const TITLE_MODIFIERS: readonly string[] = [
  'police', 'fire', 'battalion', 'national', 'regional', 'shadow', 'health', 'grand', 'managing', 'foreign', 'home',
  'district', 'county', 'city', 'state', 'education', 'defence', 'defense', 'treasury', 'transport', 'housing',
  'environment', 'finance', 'interior', 'labour', 'labor', 'energy', 'culture', 'trade', 'business', 'justice',
  'medical', 'scientific', 'science', 'marketing', 'communications', 'commercial', 'product', 'investment',
  'information', 'people', 'strategy', 'legal', 'majority', 'minority', 'opposition', 'party', 'union', 'team',
  'club', 'fbi', 'nasa', 'mission', 'project', 'programme', 'program', 'lead', 'research', 'technical', 'sporting',
  'football', 'general', 'world', 'deputy', 'assistant', 'associate', 'senior', 'vice', 'executive', 'chief',
];

/**
 * Lowercase role nouns right before a name mark a person ("senior vice president Marcus Tilden", "analyst Jo
 * Park"); the same words as TITLE_HEADS plus a few that are never written capitalised before a name.
 */
export const ROLE_WORDS: readonly string[] = [
  ...TITLE_HEADS, 'president', 'official', 'lawyer', 'researcher', 'scientist', 'professor', 'author', 'actor',
  'actress', 'director', 'singer', 'player', 'forward', 'guard', 'centre', 'center', 'teacher', 'student',
  'resident', 'nurse', 'doctor', 'chef', 'owner', 'entrepreneur', 'investor', 'columnist', 'reporter', 'host',
  'presenter', 'filmmaker', 'producer', 'novelist', 'campaigner', 'activist', 'organiser', 'organizer', 'candidate',
  'widow', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'colleague', 'neighbour',
  'neighbor', 'chairman', 'councillor', 'striker', 'midfielder', 'goalkeeper', 'defender', 'winger', 'manager',
  'chief', 'boss', 'leader', 'deputy', 'administrator', 'strategist', 'historian', 'epidemiologist', 'physician',
  'film-maker', 'critic', 'supporter', 'opponent', 'veteran', 'rookie', 'star', 'winner', 'nominee', 'survivor',
];
