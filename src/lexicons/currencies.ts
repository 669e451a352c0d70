/**
 * Money notation to ISO 4217 codes (BTC for bitcoin, which has none). Data only; src/claims/money.ts reads it.
 */
import { dict } from './numbers.js';

/** Currency symbols. "$" alone is taken for the US dollar. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = dict({
  '$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₴': 'UAH', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₿': 'BTC',
  '元': 'CNY', '円': 'JPY', '₨': 'PKR', '৳': 'BDT', '₸': 'KZT', '₮': 'MNT', '₲': 'PYG', '₵': 'GHS',
  'ரூ': 'LKR', 'රු': 'LKR',
});

/** Letters written before "$" (lowercased, dots removed): "US$", "HK$", "C$", "A$", "R$", "Mex$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = dict({
  us: 'USD', usd: 'USD', cdn: 'CAD', hk: 'HKD', hkd: 'HKD', c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD',
  aud: 'AUD', nz: 'NZD', nzd: 'NZD', s: 'SGD', sg: 'SGD', sgd: 'SGD', r: 'BRL', mex: 'MXN', mx: 'MXN', mxn: 'MXN',
  nt: 'TWD', twd: 'TWD', rd: 'DOP', j: 'JMD', tt: 'TTD', ec: 'XCD', bds: 'BBD', z: 'ZWL', fj: 'FJD', l: 'LRD',
});

/** ISO codes recognised in capitals anywhere ("USD 200", "115USD", "75 USD million"). */
export const ISO_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'BRL', 'MXN', 'ZAR',
  'KRW', 'RUB', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'ILS', 'AED', 'SAR', 'QAR', 'KWD', 'NGN', 'KES',
  'EGP', 'PKR', 'BDT', 'IDR', 'MYR', 'THB', 'PHP', 'VND', 'TWD', 'ARS', 'CLP', 'COP', 'PEN', 'UAH', 'RON', 'ISK',
  'GHS', 'MAD', 'LKR', 'NPR', 'BTC', 'XBT',
]);

/** ISO codes also taken in lower case: none of them is an English word. */
export const LOWERCASE_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'chf', 'hkd', 'sgd', 'nzd', 'inr', 'brl', 'mxn', 'zar', 'krw', 'rub',
  'sek', 'nok', 'dkk', 'btc', 'aud', 'cad',
]);

/** Code aliases that are not ISO 4217 themselves. */
export const CODE_ALIASES: Readonly<Record<string, string>> = dict({ RMB: 'CNY', XBT: 'BTC' });

/** Currency words (singular and plural, lowercased) to codes. "dollars" alone is the US dollar. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = dict({
  dollar: 'USD', dollars: 'USD', buck: 'USD', bucks: 'USD', euro: 'EUR', euros: 'EUR', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', kuai: 'CNY', franc: 'CHF', francs: 'CHF', rupee: 'INR', rupees: 'INR',
  rupiah: 'IDR', rupiahs: 'IDR', ringgit: 'MYR', ringgits: 'MYR', baht: 'THB', reais: 'BRL', peso: 'MXN', pesos: 'MXN',
  rand: 'ZAR', naira: 'NGN', shilling: 'KES', shillings: 'KES', cedi: 'GHS', cedis: 'GHS', dirham: 'AED',
  dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', dinar: 'KWD', dinars: 'KWD', lira: 'TRY', liras: 'TRY',
  hryvnia: 'UAH', hryvnias: 'UAH', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', zloty: 'PLN',
  zlotys: 'PLN', zlotych: 'PLN', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', forint: 'HUF',
  forints: 'HUF', koruna: 'CZK', korunas: 'CZK', lei: 'RON', leu: 'RON', shekel: 'ILS', shekels: 'ILS', taka: 'BDT',
  dong: 'VND', kip: 'LAK', kyat: 'MMK', kyats: 'MMK', markka: 'FIM', markkaa: 'FIM', guilder: 'NLG', guilders: 'NLG',
  peseta: 'ESP', pesetas: 'ESP', lire: 'ITL', escudo: 'PTE', escudos: 'PTE', drachma: 'GRD', drachmas: 'GRD',
  deutschmark: 'DEM', deutschmarks: 'DEM', bitcoin: 'BTC', bitcoins: 'BTC', won: 'KRW', pound: 'GBP', pounds: 'GBP',
  colon: 'CRC', colones: 'CRC', lari: 'GEL',
});

/** A nationality before a currency word picks another code: "Canadian dollars", "Swiss francs". */
export const CURRENCY_QUALIFIERS: Readonly<Record<string, Readonly<Record<string, string>>>> = dict<Readonly<Record<string, string>>>({
  dollar: {
    us: 'USD', 'u.s': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD',
    'new zealand': 'NZD', singapore: 'SGD', taiwan: 'TWD', taiwanese: 'TWD', jamaican: 'JMD', namibian: 'NAD',
    zimbabwe: 'ZWL', zimbabwean: 'ZWL', fijian: 'FJD', bahamian: 'BSD', barbadian: 'BBD', liberian: 'LRD',
  },
  franc: { swiss: 'CHF', french: 'FRF', belgian: 'BEF', cfa: 'XOF', congolese: 'CDF', rwandan: 'RWF' },
  rupee: { indian: 'INR', 'sri lankan': 'LKR', pakistani: 'PKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR' },
  peso: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', philippine: 'PHP', chilean: 'CLP', colombian: 'COP', cuban: 'CUP', uruguayan: 'UYU', dominican: 'DOP' },
  shilling: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS' },
  dinar: { kuwaiti: 'KWD', jordanian: 'JOD', iraqi: 'IQD', bahraini: 'BHD', libyan: 'LYD', tunisian: 'TND', algerian: 'DZD', serbian: 'RSD' },
  riyal: { saudi: 'SAR', qatari: 'QAR', omani: 'OMR', yemeni: 'YER', iranian: 'IRR' },
  dirham: { emirati: 'AED', uae: 'AED', moroccan: 'MAD' },
  pound: { british: 'GBP', egyptian: 'EGP', lebanese: 'LBP', sudanese: 'SDG', syrian: 'SYP' },
  krone: { norwegian: 'NOK', danish: 'DKK' },
  krona: { swedish: 'SEK', icelandic: 'ISK' },
  yuan: { chinese: 'CNY' },
  yen: { japanese: 'JPY' },
  lira: { turkish: 'TRY', italian: 'ITL' },
  won: { 'south korean': 'KRW', korean: 'KRW', 'north korean': 'KPW' },
  guilder: { dutch: 'NLG', netherlands: 'NLG' },
  markka: { finnish: 'FIM' },
  real: { brazilian: 'BRL' },
  rand: { 'south african': 'ZAR' },
});

/** Subunits: the code and how many make one unit. "53.8p" is 0.538 GBP; "98 cents" is 0.98 USD. */
export const CURRENCY_SUBUNITS: Readonly<Record<string, { code: string; per: number }>> = dict({
  cent: { code: 'USD', per: 100 }, cents: { code: 'USD', per: 100 }, penny: { code: 'GBP', per: 100 },
  pence: { code: 'GBP', per: 100 }, p: { code: 'GBP', per: 100 }, paise: { code: 'INR', per: 100 },
  kopeks: { code: 'RUB', per: 100 }, kopecks: { code: 'RUB', per: 100 }, satoshi: { code: 'BTC', per: 1e8 },
  satoshis: { code: 'BTC', per: 1e8 }, pennies: { code: 'GBP', per: 100 },
});

/** Words before a number that name a currency: "Rs 500", "Rs. 500". */
export const CURRENCY_PREFIX_WORDS: Readonly<Record<string, string>> = dict({ rs: 'INR', inr: 'INR' });

/** Codes that may stand before a number ("USD 200", "USD115"); "COP31" and "ALL 5" are no money. */
export const PREFIX_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'BRL', 'MXN', 'ZAR',
  'KRW', 'RUB', 'SEK', 'NOK', 'DKK', 'PLN', 'AED', 'SAR', 'BTC', 'usd', 'eur', 'gbp', 'rmb', 'jpy', 'chf', 'cny',
  'MUSD', 'MEUR', 'MGBP', 'MAUD', 'MCAD', 'MCHF', 'MJPY',
]);
