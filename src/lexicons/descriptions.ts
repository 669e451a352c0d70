/**
 * Definite descriptions that stand for an entity named earlier ("the company", "the regulator", "the social media
 * giant"). Lowercase head nouns; the description is "the" + optional modifiers + head.
 */

/** Heads that stand for an organisation. */
export const ORG_DESCRIPTION_HEADS: readonly string[] = [
  'company', 'firm', 'startup', 'start-up', 'group', 'giant', 'regulator', 'watchdog', 'agency', 'commission',
  'authority', 'department', 'ministry', 'council', 'board', 'bank', 'lender', 'retailer', 'chain', 'carrier',
  'airline', 'automaker', 'carmaker', 'chipmaker', 'insurer', 'broadcaster', 'newspaper', 'publisher', 'network',
  'platform', 'app', 'service', 'university', 'school', 'club', 'team', 'union', 'party', 'government', 'court',
  'committee', 'charity', 'organisation', 'organization', 'business', 'manufacturer', 'developer', 'operator',
  'utility', 'supplier', 'provider', 'maker', 'brand', 'outlet', 'paper', 'drugmaker', 'biotech', 'fund',
  'conglomerate', 'corporation', 'institute', 'trust', 'alliance', 'coalition', 'federation', 'association',
];

/** Heads that stand for a place. */
export const PLACE_DESCRIPTION_HEADS: readonly string[] = ['city', 'country', 'state', 'town', 'region', 'province', 'nation', 'capital'];

/** Modifiers allowed between "the" and the head ("the social media giant", "the San Francisco-based startup"). */
export const DESCRIPTION_MODIFIERS: readonly string[] = [
  'social', 'media', 'tech', 'technology', 'internet', 'search', 'software', 'chip', 'retail', 'online', 'streaming',
  'music', 'video', 'financial', 'federal', 'state', 'national', 'local', 'regional', 'city', 'competition',
  'privacy', 'data', 'consumer', 'energy', 'oil', 'drug', 'pharmaceutical', 'car', 'electric', 'vehicle', 'ride-hailing',
  'ride-sharing', 'e-commerce', 'payments', 'fintech', 'news', 'parent', 'american', 'british', 'chinese',
  'japanese', 'european', 'german', 'french', 'indian', 'canadian', 'u.s.', 'uk', 'us', 'global', 'giant', 'small',
  'big', 'biggest', 'largest', 'embattled', 'troubled', 'new', 'former', 'same', 'world\'s', 'country\'s',
  'nation\'s', 'industry', 'trade', 'lobby', 'advocacy', 'research', 'health', 'public', 'private', 'investment',
  'holding', 'mining', 'defence', 'defense', 'aerospace', 'airline', 'shipping', 'bank', 'banking', 'insurance',
  'telecoms', 'telecom', 'wireless', 'mobile', 'gaming', 'entertainment', 'film', 'studio', 'sportswear', 'fashion',
  'food', 'beverage', 'drinks', 'ai', 'artificial', 'intelligence', 'semiconductor', 'venture', 'space',
];
