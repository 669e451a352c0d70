import type { Doc } from '../doc.js';
import type { Entity } from '../schema/entity.js';

/** People, organisations, places, products, events, laws and dates, each with its mentions. (Being built.) */
export function findEntities(_doc: Doc): Entity[] {
  return [];
}
