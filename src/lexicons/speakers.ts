/**
 * Words that shape a speaker phrase. Lowercase. A role noun heads a description of a person who speaks for an
 * organisation ("a spokeswoman for Netflix"); a group noun heads an unnamed speaker ("critics", "residents").
 */

import { dict } from './dict.js';

export const ROLE_NOUNS: readonly string[] = [
  'spokeswoman', 'spokesman', 'spokesperson', 'spokespeople', 'spokespersons', 'representative', 'representatives',
  'official', 'officials', 'officer', 'officers', 'executive', 'executives', 'chief', 'director', 'directors',
  'manager', 'managers', 'president', 'chairman', 'chairwoman', 'chair', 'chairperson', 'ceo', 'cfo', 'coo', 'cto',
  'founder', 'co-founder', 'cofounder', 'head', 'leader', 'leaders', 'minister', 'secretary', 'commissioner',
  'analyst', 'analysts', 'economist', 'economists', 'researcher', 'researchers', 'scientist', 'scientists',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'aide', 'aides', 'adviser', 'advisers', 'advisor',
  'advisors', 'staffer', 'staffers', 'member', 'members', 'partner', 'partners', 'investor', 'investors',
  'employee', 'employees', 'worker', 'workers', 'engineer', 'engineers', 'professor', 'lecturer', 'expert',
  'experts', 'strategist', 'strategists', 'editor', 'reporter', 'correspondent', 'source', 'sources', 'insider',
  'insiders', 'owner', 'owners', 'governor', 'mayor', 'senator', 'lawmaker', 'lawmakers', 'legislator', 'legislators',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'superintendent', 'principal', 'coach',
  'manager', 'captain', 'player', 'players', 'doctor', 'doctors', 'physician', 'nurse', 'judge', 'prosecutor',
  'prosecutors', 'detective', 'sheriff', 'commander', 'general', 'ambassador', 'envoy', 'negotiator', 'negotiators',
  'regulator', 'regulators', 'watchdog', 'treasurer', 'auditor', 'inspector', 'investigator', 'investigators',
  'organiser', 'organizer', 'organisers', 'organizers', 'campaigner', 'campaigners', 'activist', 'activists',
  'resident', 'residents', 'parent', 'parents', 'student', 'students', 'teacher', 'teachers', 'volunteer',
  'volunteers', 'witness', 'witnesses', 'deputy', 'vice', 'boss', 'bosses', 'trustee', 'trustees', 'officialdom',
  'administrator', 'administrators', 'dean', 'provost', 'chancellor', 'rector', 'architect', 'designer', 'consultant',
  'planner', 'planners', 'ranger', 'firefighter', 'firefighters', 'paramedic', 'paramedics', 'pilot', 'driver',
  'drivers', 'farmer', 'farmers', 'fan', 'fans', 'voter', 'voters', 'shareholder', 'shareholders', 'customer',
  'customers', 'user', 'users', 'agent', 'agents', 'broker', 'trader', 'traders', 'banker', 'bankers',
];

/** Heads of unnamed speakers: kept as they are, with no entity. */
export const GROUP_SPEAKERS: readonly string[] = [
  'critics', 'residents', 'officials', 'experts', 'analysts', 'sources', 'source', 'people', 'researchers',
  'scientists', 'authors', 'witnesses', 'police', 'protesters', 'protestors', 'economists', 'investors', 'observers',
  'supporters', 'opponents', 'activists', 'doctors', 'lawyers', 'prosecutors', 'investigators', 'campaigners',
  'advocates', 'environmentalists', 'locals', 'neighbours', 'neighbors', 'parents', 'teachers', 'students',
  'workers', 'employees', 'staff', 'unions', 'democrats', 'republicans', 'conservatives', 'liberals', 'lawmakers',
  'legislators', 'ministers', 'diplomats', 'negotiators', 'organisers', 'organizers', 'fans', 'voters', 'traders',
  'bankers', 'regulators', 'insiders', 'aides', 'allies', 'rivals', 'others', 'many', 'some', 'study', 'report',
  'survey', 'poll', 'polls', 'data', 'figures', 'statement', 'analysis', 'paper', 'research', 'review', 'audit',
  'documents', 'filings', 'records', 'estimates', 'volunteers', 'firefighters', 'paramedics', 'farmers', 'drivers',
  'shareholders', 'customers', 'users', 'commentators', 'pundits', 'historians', 'academics', 'health officials',
  'passengers', 'survivors', 'families', 'relatives', 'friends', 'colleagues', 'members', 'delegates',
  'spokespeople', 'representatives', 'executives', 'officers', 'agencies', 'groups', 'companies', 'banks',
];

/** Personal pronouns that can be a speaker, with what they can stand for. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, 'female' | 'male' | 'plural' | 'thing' | 'self'>> = dict({
  he: 'male', she: 'female', they: 'plural', it: 'thing', we: 'plural', i: 'self',
});

/** Honorifics and titles that stand before a name and are no part of it. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame',
  'lord', 'lady', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor', 'lt.',
  'gen', 'gen.', 'general', 'col', 'col.', 'capt', 'capt.', 'captain', 'sgt', 'sgt.', 'cllr', 'councillor',
  'ald', 'ald.', 'alderman', 'alderwoman', 'judge', 'justice', 'president', 'pres.', 'vice', 'prime', 'minister',
  'secretary', 'mayor', 'chancellor', 'rev', 'rev.', 'reverend', 'father', 'fr', 'fr.', 'rabbi', 'imam', 'sheikh',
  'pope', 'king', 'queen', 'prince', 'princess', 'coach', 'chief', 'commissioner', 'deputy', 'inspector', 'detective',
  'officer', 'sheriff', 'attorney', 'speaker', 'ambassador', 'msgr', 'hon', 'hon.', 'st.', 'supt', 'supt.',
  'superintendent', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman',
  'del.', 'atty.', 'gov.-elect', 'sen.-elect', 'shri', 'smt', 'dato', 'datuk', 'herr', 'frau', 'mme', 'mlle', 'm.',
];

/** Words between a speaker and the cue that do not break the link: "Facebook has also said". */
export const CUE_AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'also', 'further', 'later', 'then', 'previously', 'again', 'repeatedly', 'recently',
  'publicly', 'privately', 'would', 'will', 'did', 'does', 'do', 'could', 'might', 'may', 'earlier', 'once', 'still',
  'both', 'all', 'first', 'since', 'just', 'separately', 'subsequently', 'initially', 'originally', 'reportedly',
  'often', 'frequently', 'always', 'openly', 'quietly', 'tersely', 'simply', 'flatly', 'firmly', 'bluntly',
  'angrily', 'calmly', 'confidently', 'cautiously', 'candidly', 'already', 'once', 'allegedly', 'has since',
  'is', 'was', 'are', 'were', 'had previously', 'himself', 'herself', 'itself', 'themselves', 'too', 'there', 'here',
];

/** Time words between a speaker and the cue: "Calloway Biosciences today announced", "the mayor on Monday said". */
export const CUE_TIME_WORDS: readonly string[] = [
  'today', 'yesterday', 'tonight', 'now', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** Words before a weekday in such a phrase: "on Monday", "late Tuesday". */
export const CUE_TIME_LEADS: readonly string[] = ['on', 'late', 'early', 'last'];

/** Words of a time next to a cue: "said Thursday morning", "said late last week", "just this month announced". */
export const CUE_TIME_AFTER: readonly string[] = [
  'morning', 'afternoon', 'evening', 'night', 'overnight', 'earlier', 'later', 'last', 'late', 'early', 'week', 'weekend',
  'month', 'year', 'yesterday',
];

/** Words before a time noun in such a phrase: "this month", "last week", "next year". */
export const CUE_TIME_DETERMINERS: readonly string[] = ['this', 'last', 'next', 'past', 'that'];

/** Words that make a cue no statement: "did not say", "never said". */
export const NEGATIONS: readonly string[] = ['not', "n't", 'never', 'no', 'neither', 'nor'];

/** Nouns that, after "the", stand for an organisation named earlier ("the company said"). */
export const ORG_DESCRIPTIONS: readonly string[] = [
  'company', 'firm', 'group', 'business', 'corporation', 'conglomerate', 'giant', 'startup', 'start-up', 'maker',
  'retailer', 'bank', 'lender', 'insurer', 'carrier', 'airline', 'agency', 'department', 'ministry', 'government',
  'administration', 'council', 'authority', 'regulator', 'watchdog', 'commission', 'committee', 'board', 'union',
  'party', 'club', 'team', 'university', 'college', 'school', 'hospital', 'trust', 'charity', 'organisation',
  'organization', 'foundation', 'institute', 'court', 'network', 'platform', 'service', 'studio', 'publisher',
  'newspaper', 'paper', 'broadcaster', 'outlet', 'operator', 'utility', 'supplier', 'manufacturer', 'developer',
  'chainmaker', 'chipmaker', 'automaker', 'carmaker', 'drugmaker', 'provider', 'exchange', 'fund', 'association',
  'federation', 'league', 'office', 'force', 'police', 'coalition', 'alliance', 'centre', 'center', 'consortium',
  'campaign', 'prosecutors', 'tribunal', 'senate', 'house', 'assembly', 'parliament', 'cabinet', 'state', 'city',
  'county', 'district', 'province', 'region', 'country', 'nation', 'bloc', 'body', 'labs', 'lab', 'chain', 'brand',
];

/**
 * Descriptions that fit an organisation whose name holds a different word: "the agency" is the Kansas Bureau
 * of Investigation or the Labor Department as much as the Environmental Protection Agency.
 */
export const DESCRIPTION_NAME_WORDS: Readonly<Record<string, readonly string[]>> = dict({
  agency: ['agency', 'bureau', 'department', 'administration', 'service', 'institute', 'commission', 'office',
    'authority', 'ministry', 'directorate', 'inspectorate', 'board', 'centre', 'center', 'survey'],
  department: ['department', 'ministry', 'office'],
  ministry: ['ministry', 'department'],
  party: ['party', 'democrats', 'republicans', 'conservatives', 'labour', 'liberals', 'greens', 'socialists'],
  union: ['union', 'federation', 'association', 'congress', 'guild', 'brotherhood'],
  charity: ['charity', 'foundation', 'trust', 'fund'],
});

/** Nouns that, after "the", stand for a person named earlier ("the senator said", "the 54-year-old added"). */
export const PERSON_DESCRIPTIONS: readonly string[] = [
  'senator', 'governor', 'mayor', 'minister', 'president', 'chancellor', 'judge', 'coach', 'manager', 'player',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'guard', 'quarterback', 'pitcher', 'star',
  'director', 'actor', 'actress', 'singer', 'author', 'writer', 'novelist', 'artist', 'chef', 'founder', 'executive',
  'chief', 'boss', 'ceo', 'scientist', 'researcher', 'professor', 'doctor', 'economist', 'analyst', 'lawyer',
  'attorney', 'prosecutor', 'candidate', 'lawmaker', 'congressman', 'congresswoman', 'democrat', 'republican',
  'leader', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'detective', 'captain', 'commissioner',
  'secretary', 'chairman', 'chairwoman', 'councillor', 'alderman', 'superintendent', 'principal', 'teacher',
  'student', 'resident', 'mother', 'father', 'woman', 'man', 'veteran', 'former', 'incumbent', 'premier',
  'italian', 'frenchman', 'german', 'spaniard', 'brazilian', 'american', 'briton', 'scot', 'australian', 'canadian',
  'portuguese', 'dutchman', 'argentine', 'nigerian', 'chinese', 'japanese', 'indian', 'irishman', 'welshman',
  'englishman', 'engineer', 'entrepreneur', 'investor', 'billionaire', 'pilot', 'witness', 'victim', 'suspect',
];

/** Words before a quoted stretch that make it a title or a term, not a quote: the book "Black Beauty". */
export const TITLE_LEADS: readonly string[] = [
  'book', 'books', 'film', 'films', 'movie', 'movies', 'song', 'songs', 'album', 'albums', 'novel', 'novels',
  'memoir', 'report', 'reports', 'titled', 'entitled', 'called', 'dubbed', 'named', 'nicknamed', 'known', 'show',
  'shows', 'series', 'documentary', 'play', 'musical', 'episode', 'podcast', 'campaign', 'programme', 'program',
  'initiative', 'strategy', 'slogan', 'motto', 'hashtag', 'term', 'terms', 'word', 'words', 'phrase', 'label',
  'nickname', 'headline', 'column', 'essay', 'poem', 'opera', 'painting', 'exhibition', 'game', 'app', 'brand',
  'plan', 'policy', 'scheme', 'project', 'operation', 'codenamed', 'code-named', 'branded', 'marketed', 'as',
  'so-called', 'its', 'track', 'single', 'sitcom', 'drama', 'thriller', 'comedy', 'article', 'paper', 'study',
];
