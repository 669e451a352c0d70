import * as z from 'zod';
import { Claim } from '../schema/claim.js';

/**
 * One quantity a sentence states: the number layer of a Claim, with the Claim's own field meanings. The span covers
 * the bound word, the number, the currency, the unit or counted noun and an adjacent rate ("over 70 million users",
 * "$35 a month"). `rule` lists the rules that produced it, joined by "+": "money+bound:lower+per".
 */
export const Quantity = Claim.pick({ span: true, upper: true, unit: true, bound: true, per: true, change: true, rule: true }).extend({
  /** For a range, its lower end. */
  value: z.number(),
  /** For a score or tally ("won 3-1", "voted 91-3"), the other side. */
  other: z.number().nullable(),
});
export type Quantity = z.infer<typeof Quantity>;
