/**
 * Words that make a capitalised name an organisation or a place. Lowercase, final full stop dropped.
 */

/** Legal-form suffixes: the name is a company ("Calloway Biosciences, Inc.", "Harbor & Pine Inc"). */
export const ORG_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh',
  'ag', 'sa', 'nv', 'bv', 'ab', 'asa', 'spa', 'srl', 'pty', 'holdings', 'group', 'partners', 'ventures', 'capital',
];

/** Legal forms written after a comma, still part of the name: "Calloway Biosciences, Inc.", "Harbor & Pine, LLC". */
export const LEGAL_FORMS_AFTER_COMMA: readonly string[] = ['inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'limited', 'incorporated', 'gmbh'];

/** Heads of organisation names, anywhere in the name ("Federal Trade Commission", "Royal Bank of Canada"). */
export const ORG_HEADS: readonly string[] = [
  'agency', 'administration', 'authority', 'association', 'alliance', 'academy', 'airlines', 'airways', 'assembly',
  'bank', 'bancorp', 'biosciences', 'biotech', 'board', 'bureau', 'brands', 'broadcasting', 'cabinet', 'caucus',
  'center', 'centre', 'centers', 'chamber', 'church', 'club', 'coalition', 'college', 'commission', 'committee',
  'communications', 'conference', 'congress', 'council', 'court', 'department', 'directorate', 'energy', 'enterprises',
  'federation', 'financial', 'foundation', 'fund', 'government', 'hospital', 'industries', 'institute', 'institution',
  'insurance', 'international', 'laboratories', 'laboratory', 'labs', 'league', 'media', 'ministry', 'motors',
  'network', 'networks', 'news', 'office', 'organisation', 'organization', 'parliament', 'party', 'pharmaceuticals',
  'police', 'press', 'programme', 'program', 'railways', 'research', 'reserve', 'school', 'schools', 'service',
  'services', 'society', 'solutions', 'systems', 'technologies', 'telecom', 'therapeutics', 'times', 'trust', 'union',
  'university', 'bioscience', 'analytics', 'advisory', 'securities', 'markets', 'exchange', 'investments',
  'management', 'consulting', 'studios', 'pictures', 'records', 'publishing', 'post', 'journal', 'herald', 'gazette',
  'tribune', 'guardian', 'telegraph', 'observer', 'senate', 'secretariat', 'tribunal', 'army', 'navy', 'forces',
  'guard', 'components', 'electronics', 'semiconductor', 'semiconductors', 'airline', 'logistics', 'foods', 'motor',
  'global', 'worldwide', 'sales', 'wire', 'weekly', 'daily', 'magazine', 'radio', 'television', 'tv', 'channel',
  'democrats', 'republicans', 'workers', 'ratings', 'commerce', 'fc', 'united', 'rovers', 'wanderers', 'athletic',
  'celtics', 'nuggets', 'bucks', 'heat', 'lakers', 'trailblazers',
];

/** Heads that take an "of" or "for" complement inside the name ("Bank of Japan", "Institute for Fiscal Studies"). */
export const OF_HEADS: readonly string[] = [
  'agency', 'administration', 'alliance', 'assembly', 'association', 'authority', 'bank', 'board', 'bureau',
  'center', 'centre', 'centers', 'chamber', 'college', 'commission', 'committee', 'confederation', 'congress',
  'council', 'court', 'courts', 'department', 'district', 'federation', 'foundation', 'institute', 'league',
  'ministry', 'office', 'organisation', 'organization', 'party', 'school', 'secretary', 'society', 'union',
  'university', 'academy', 'city', 'republic', 'kingdom', 'state', 'states', 'bay', 'gulf', 'isle', 'sea', 'cape',
  'port', 'county', 'province', 'museum', 'church', 'appeals', 'house', 'fund', 'coalition', 'conference',
  'tribunal', 'trust', 'network', 'corporation', 'division', 'service', 'services', 'friends', 'daughters', 'sons',
  'nations', 'embassy', 'consulate', 'directorate', 'forum', 'group', 'program', 'programme', 'panel', 'hall',
];

/** Heads of place names ("Sand Canyon Road", "Silicon Valley", "Trafford Park"). */
export const PLACE_HEADS: readonly string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'drive', 'way', 'highway', 'hwy',
  'square', 'park', 'hill', 'hills', 'valley', 'canyon', 'lake', 'lakes', 'river', 'mountain', 'mountains',
  'mount', 'island', 'islands', 'bay', 'beach', 'coast', 'peninsula', 'county', 'province', 'district', 'borough',
  'township', 'village', 'city', 'heights', 'springs', 'falls', 'forest', 'desert', 'sea', 'ocean', 'gulf', 'strait',
  'airport', 'harbour', 'harbor', 'bridge', 'nation', 'territory', 'region', 'plaza', 'stadium', 'arena', 'quay',
  'wharf', 'estate', 'crescent', 'terrace', 'gardens', 'bhavan', 'ward',
];

/** Lowercase nouns that, right after a name, say it is a place ("Salgado Filho international airport"). */
export const PLACE_NOUNS_AFTER: readonly string[] = [
  'airport', 'valley', 'river', 'lake', 'camp', 'reservation', 'reserve', 'park', 'stadium', 'region', 'province', 'state', 'county', 'district', 'neighbourhood',
  'neighborhood', 'area', 'suburb', 'township', 'village', 'city', 'town', 'basin', 'delta', 'coast', 'island',
  'lake', 'estate', 'borough', 'municipality', 'canyon', 'street', 'road',
];

/** Organisation names that keep their leading "The" ("The New York Times", "The Times", "The Associated Press"). */
export const THE_NAMES: readonly string[] = [
  'times', 'new york times', 'associated press', 'washington post', 'guardian', 'economist', 'telegraph',
  'independent', 'atlantic', 'new yorker', 'observer', 'globe and mail', 'wall street journal', 'hill', 'verge',
  'information', 'sunday times', 'financial times', 'daily telegraph', 'boston globe', 'los angeles times',
];

/** Common all-capital abbreviations that name no entity. */
export const NON_ENTITY_ACRONYMS: readonly string[] = [
  'ai', 'ceo', 'cfo', 'coo', 'cto', 'gdp', 'cpi', 'pc', 'pcs', 'tv', 'gpu', 'gpus', 'cpu', 'usb', 'ev', 'evs', 'ipo',
  'id', 'pr', 'hr', 'it', 'ok', 'am', 'pm', 'dna', 'rna', 'hiv', 'aids', 'covid', 'nft', 'vat', 'api', 'suv', 'mp',
  'mps', 'faq', 'pdf', 'fy', 'q1', 'q2', 'q3', 'q4', 'etf', 'eps', 'roi', 'llc', 'ltd', 'plc', 'inc', 'vs', 'ad',
  'bc', 'ce', 'bce', 'rip', 'diy', 'gps', 'lgbt', 'lgbtq', 'phd', 'mba', 'md', 'bbq',
  'ac', 'dc', 'fm', 'hd', 'uhd', 'led', 'lcd', 'ram', 'ssd', 'os', 'ios', 'app', 'apps', 'url', 'www', 'co2', 'ghg',
  'esg', 'r&d', 'ma', 'ba', 'bsc', 'msc', 'kg', 'km', 'mph', 'ok', 'tba', 'tbc', 'asap', 'fyi', 'ps', 'cctv',
  'a&e', 'icu', 'gp', 'gps', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'dj', 'mc', 'vip', 'ceos', 'gmt', 'utc', 'est', 'pst',
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'hkd', 'chf', 'cad', 'aud', 'inr', 'brl', 'gb', 'mb', 'tb', 'gt', 'mw', 'gw',
  'kw', 'kwh', 'mwh', 'twh', 'bbb', 'aaa', 'aa', 'hk', 'nyc', 'la', 'cop', 'ppm', 'mm', 'cm', 'edt', 'pdt', 'bst', 'cet', 'et', 'pt', 'i', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'ufc',
  'nb', 'rsvp', 'am', 'eta', 'pov', 'sat', 'gcse', 'gcses', 'sats', 'ppe', 'wi-fi', 'wifi', 'lol', 'omg',
];

/** Heads of law names ("Paris Agreement", "Digital Markets Act"). */
export const LAW_HEADS: readonly string[] = [
  'act', 'acts', 'agreement', 'treaty', 'accord', 'accords', 'convention', 'protocol', 'bill', 'directive',
  'regulation', 'law', 'amendment', 'code', 'charter', 'constitution', 'statute', 'ordinance', 'credit', 'discount',
];

/** Heads of event names ("Berlin International Film Festival", "Digestive Disease Week"). */
export const EVENT_HEADS: readonly string[] = [
  'festival', 'week', 'games', 'olympics', 'cup', 'championship', 'championships', 'summit', 'election',
  'by-election', 'prize', 'award', 'awards', 'marathon', 'expo', 'fair', 'tournament', 'war', 'fire', 'storm',
  'hurricane', 'earthquake', 'bear', 'grand prix', 'series', 'trial', 'scandal', 'strike', 'crisis', 'forum',
];

/** Heads of product names ("Mars Reconnaissance Orbiter", "Aurora Ice Explorer"). */
export const PRODUCT_HEADS: readonly string[] = [
  'orbiter', 'rover', 'explorer', 'probe', 'telescope', 'satellite', 'lander', 'spacecraft', 'rocket', 'capsule',
  'phone', 'pro', 'max', 'ultra', 'mini', 'plus', 'edition', 'console', 'chip', 'vaccine', 'nano',
];

/** Nouns that describe the name after them and are no part of it ("rival Moderna", "consultancy Cornwall Insight"). */
export const DESCRIPTORS: readonly string[] = [
  'rival', 'rivals', 'consultancy', 'regulator', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'broker',
  'lender', 'insurer', 'drugmaker', 'startup', 'start-up', 'analyst', 'analysts', 'researchers', 'charity',
  'campaigners', 'watchdog', 'publisher', 'broadcaster', 'newspaper', 'developer', 'designer', 'brokerage',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'coach', 'manager', 'economist', 'economists',
  'former', 'ex', 'outgoing', 'incoming', 'then', 'late', 'fellow', 'partner', 'client', 'supplier', 'parent',
  'winner', 'winners', 'runner-up', 'challenger', 'incumbent', 'newcomer', 'veteran', 'favourite', 'favorite',
];
