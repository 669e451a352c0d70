/**
 * Well-known organisations the generated list (organizations.ts) lacks, lowercase; and short forms that are no
 * acronym of their long form ("Fed" for "Federal Reserve").
 */

import { dict } from './dict.js';

export const EXTRA_ORGANIZATIONS: readonly string[] = [
  'spotify', 'netflix', 'twitter', 'meta', 'snap', 'amazon', 'microsoft', 'apple', 'google', 'alphabet', 'openai',
  'anthropic', 'tesla', 'uber', 'lyft', 'airbnb', 'tiktok', 'bytedance', 'instagram', 'whatsapp', 'linkedin',
  'youtube', 'reddit', 'pinterest', 'discord', 'telegram', 'signal', 'zoom', 'slack', 'oracle', 'salesforce', 'adobe',
  'qualcomm', 'broadcom', 'arm', 'tsmc', 'intel', 'amd', 'nvidia', 'asus', 'msi', 'acer', 'lenovo', 'huawei', 'xiaomi',
  'alibaba', 'baidu', 'tencent', 'sony', 'samsung', 'lg', 'foxconn', 'mediatek', 'dell', 'hp', 'ibm', 'cisco',
  'morgan stanley', 'goldman sachs', 'jpmorgan', 'jpmorgan chase', 'citigroup', 'citi', 'bank of america',
  'wells fargo', 'barclays', 'hsbc', 'lloyds', 'natwest', 'santander', 'ubs', 'credit suisse', 'deutsche bank',
  'blackrock', 'vanguard', 'fidelity', 'jefferies', 'piper sandler', 'nomura', 'mizuho', 'moderna', 'pfizer',
  'biontech', 'astrazeneca', 'novartis', 'roche', 'merck', 'gsk', 'sanofi', 'eli lilly', 'novo nordisk',
  'reuters', 'bloomberg', 'cnn', 'cnbc', 'espn', 'nbc', 'abc', 'cbs', 'fox news', 'bbc', 'itv', 'channel 4',
  'sky news', 'npr', 'pbs', 'politico', 'axios', 'business insider', 'new york times', 'washington post',
  'wall street journal', 'financial times', 'associated press', 'agence france-presse', 'afp', 'dow jones',
  'nasdaq', 'walmart', 'target', 'costco', 'best buy', 'tesco', 'sainsbury\'s', 'asda', 'aldi', 'lidl', 'ikea',
  'toyota', 'honda', 'nissan', 'volkswagen', 'bmw', 'ford', 'general motors', 'stellantis', 'ferrari', 'boeing',
  'airbus', 'congress', 'senate', 'parliament', 'pentagon', 'white house', 'kremlin', 'downing street', 'nato',
  'fifa', 'uefa', 'ofgem', 'ofcom', 'ofsted', 'fema', 'nasa', 'interpol', 'europol', 'unicef', 'unesco', 'opec',
  'strava', 'mandiant', 'pitchbook', 'github', 'nasdaq', 'centrica', 'curzon', 'film4', 'medicare', 'medicaid',
];

/** Products, software and services often written like organisations, lowercase. */
export const KNOWN_PRODUCTS: readonly string[] = [
  'android', 'windows', 'ios', 'macos', 'chrome', 'iphone', 'ipad', 'macbook', 'playstation', 'xbox', 'kindle',
  'alexa', 'siri', 'chatgpt', 'gemini', 'copilot', 'claude', 'bard', 'office', 'excel', 'photoshop', 'autopilot',
  'model y', 'model 3', 'model s', 'galaxy', 'pixel', 'surface', 'switch', 'radeon', 'geforce', 'snapdragon',
];

/** Short forms that are no acronym of the long form, lowercase, to the long form. */
export const ORG_SHORT_FORMS: Readonly<Record<string, string>> = dict({
  fed: 'federal reserve', 'no 10': 'downing street', 'no. 10': 'downing street',
});
