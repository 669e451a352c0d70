/**
 * Places the generated gazetteer (places.ts) lacks, and short forms of places. Lowercase.
 */

import { dict } from './dict.js';

export const EXTRA_PLACES: readonly string[] = [
  'britain', 'great britain', 'northern ireland', 'north america', 'south america', 'latin america', 'central america',
  'middle east', 'far east', 'southeast asia', 'south asia', 'east asia', 'central asia', 'west africa', 'east africa',
  'southern africa', 'north africa', 'sub-saharan africa', 'balkans', 'caribbean', 'scandinavia', 'oceania',
  'antarctica', 'arctic', 'sahel', 'amazon', 'pacific', 'atlantic', 'mediterranean', 'south atlantic',
  'north atlantic', 'south pacific', 'silicon valley', 'west bank', 'gaza', 'gaza strip', 'kashmir', 'tibet',
  'mars', 'earth', 'moon', 'jupiter', 'saturn', 'venus', 'mercury', 'neptune', 'uranus', 'pluto',
  // US states and cities the generated list misses
  'district of columbia', 'washington, d.c.', 'new york city', 'houston', 'phoenix', 'philadelphia', 'san antonio',
  'san diego', 'dallas', 'austin', 'jacksonville', 'columbus', 'charlotte', 'indianapolis', 'seattle', 'denver',
  'boston', 'nashville', 'detroit', 'portland', 'memphis', 'louisville', 'milwaukee', 'albuquerque', 'tucson',
  'fresno', 'sacramento', 'mesa', 'atlanta', 'omaha', 'raleigh', 'miami', 'oakland', 'minneapolis', 'tulsa',
  'wichita', 'new orleans', 'cleveland', 'tampa', 'honolulu', 'anaheim', 'pittsburgh', 'cincinnati', 'st. louis',
  'st louis', 'orlando', 'buffalo', 'madison', 'boise', 'richmond', 'spokane', 'des moines', 'salt lake city',
  'pasadena', 'boulder', 'dayton', 'santa clarita', 'santa monica', 'palo alto', 'mountain view', 'cupertino',
  'menlo park', 'redmond', 'brooklyn', 'queens', 'the bronx', 'manhattan', 'kansas city', 'oklahoma city',
  // Europe, Asia, Latin America, Africa
  'bonn', 'darmstadt', 'munich', 'hamburg', 'frankfurt', 'cologne', 'stuttgart', 'dusseldorf', 'leipzig', 'dresden',
  'antalya', 'istanbul', 'ankara', 'izmir', 'bengaluru', 'bangalore', 'mumbai', 'chennai', 'kolkata', 'hyderabad',
  'new delhi', 'delhi', 'pune', 'lucknow', 'porto alegre', 'sao paulo', 'são paulo', 'rio de janeiro', 'brasília',
  'brasilia', 'belo horizonte', 'salvador', 'recife', 'curitiba', 'manaus', 'canoas', 'caxias do sul',
  'rio grande do sul', 'stockport', 'salford', 'kettering', 'wakefield', 'leeds', 'newport', 'cardiff', 'swansea',
  'bristol', 'birmingham', 'liverpool', 'newcastle', 'sheffield', 'glasgow', 'edinburgh', 'belfast', 'manchester',
  'greater manchester', 'greater london', 'thunder bay', 'winnipeg', 'edmonton', 'calgary', 'halifax', 'quebec city',
  'geneva', 'zurich', 'basel', 'lyon', 'marseille', 'toulouse', 'nice', 'milan', 'naples', 'turin', 'florence',
  'venice', 'barcelona', 'madrid', 'seville', 'valencia', 'porto', 'lisbon', 'rotterdam', 'the hague', 'antwerp',
  'brussels', 'luxembourg', 'strasbourg', 'copenhagen', 'stockholm', 'oslo', 'helsinki', 'reykjavik', 'warsaw',
  'krakow', 'prague', 'budapest', 'bucharest', 'sofia', 'athens', 'kyiv', 'kiev', 'moscow', 'st petersburg',
  'minsk', 'tbilisi', 'baku', 'yerevan', 'tehran', 'baghdad', 'riyadh', 'jeddah', 'dubai', 'abu dhabi', 'doha',
  'cairo', 'nairobi', 'lagos', 'abuja', 'accra', 'johannesburg', 'cape town', 'addis ababa', 'kinshasa', 'dakar',
  'beijing', 'shanghai', 'shenzhen', 'guangzhou', 'wuhan', 'hong kong', 'taipei', 'seoul', 'busan', 'tokyo', 'osaka',
  'kyoto', 'nagoya', 'yokohama', 'manila', 'jakarta', 'bangkok', 'hanoi', 'ho chi minh city', 'kuala lumpur',
  'singapore', 'karachi', 'lahore', 'islamabad', 'dhaka', 'kathmandu', 'colombo', 'kabul', 'sydney', 'melbourne',
  'brisbane', 'perth', 'auckland', 'wellington', 'mexico city', 'guadalajara', 'bogota', 'bogotá', 'lima',
  'santiago', 'buenos aires', 'caracas', 'quito', 'havana', 'amethi', 'gaza city', 'jerusalem', 'tel aviv',
];

/** Demonyms the generated list lacks: adjectives of nationality, never places themselves. */
export const EXTRA_DEMONYMS: readonly string[] = [
  'british', 'english', 'irish', 'swedish', 'danish', 'finnish', 'polish', 'spanish', 'turkish', 'kurdish',
  'flemish', 'cornish', 'basque', 'catalan', 'bavarian', 'martian', 'european', 'african', 'asian', 'arab',
  'arabic', 'persian', 'korean', 'russian', 'ukrainian', 'israeli', 'iranian', 'indigenous', 'aboriginal',
  'latino', 'latina', 'hispanic', 'western', 'eastern', 'northern', 'southern', 'nordic', 'baltic', 'gulf',
];

/** US state abbreviations of datelines ("CAMBRIDGE, Mass."): mentions of the state, never names alone. */
export const STATE_ABBREVIATIONS: readonly string[] = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla',
  'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo', 'w.va',
];

/** Short forms and abbreviations of places, lowercase, to their ordinary name. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = dict({
  'u.s.': 'United States', 'u.s': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States',
  america: 'United States', 'u.k.': 'United Kingdom', uk: 'United Kingdom', uae: 'United Arab Emirates',
  'n.y.': 'New York', 'd.c.': 'Washington, D.C.',
});
