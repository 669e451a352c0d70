import type { Analysis, Entity } from '../schema/index.js';
import type { Gold } from './gold.js';
import type { Counts } from './prf.js';
import { inRegions } from './regions.js';

interface Range {
  start: number;
  end: number;
}

/** The entity types scored by default: named people, organisations and places. */
export const SCORED_ENTITY_TYPES: readonly string[] = ['person', 'organization', 'place'];

export interface EntityScore {
  counts: Counts;
  errors: string[];
}

/**
 * A gold entity is found when a predicted entity of the same type has the gold name or an alias as its name.
 * A predicted entity of a scored type that finds nothing is wrong, and so is one named in boilerplate only.
 */
export function scoreEntities(gold: Gold, analysis: Analysis, regions: readonly Range[],
  types: readonly string[] = SCORED_ENTITY_TYPES): EntityScore {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  const used = new Set<Entity>();
  const inBody = (e: Entity): boolean => e.mentions.length === 0 || e.mentions.some((m) => !inRegions(regions, m.start));
  const candidates = analysis.entities.filter((e) => types.includes(e.type) && inBody(e));

  for (const g of gold.entities) {
    if (!types.includes(g.type)) continue;
    const names = [g.name, ...(g.aliases ?? [])];
    const hit = candidates.find((e) => !used.has(e) && e.type === g.type && e.name === g.name) ??
      candidates.find((e) => !used.has(e) && e.type === g.type && names.includes(e.name));
    if (hit) {
      used.add(hit);
      if (!g.optional) counts.tp++;
    } else if (!g.optional) {
      counts.fn++;
      const other = analysis.entities.find((e) => names.includes(e.name));
      errors.push(`missed ${g.type} "${g.name}"${other ? ` (found as ${other.type})` : ''}`);
    }
  }
  const goldNames = new Set(gold.entities.flatMap((g) => [g.name, ...(g.aliases ?? [])]));
  for (const e of analysis.entities) {
    if (used.has(e) || !types.includes(e.type)) continue;
    if (!inBody(e)) {
      counts.fp++;
      errors.push(`spurious ${e.type} "${e.name}" (named outside the body only)`);
    } else if (goldNames.has(e.name) && gold.entities.some((g) => g.optional && [g.name, ...(g.aliases ?? [])].includes(e.name))) {
      continue;
    } else {
      counts.fp++;
      errors.push(`spurious ${e.type} "${e.name}"${goldNames.has(e.name) ? ' (a split or mistyped gold entity)' : ''}`);
    }
  }
  return { counts, errors };
}
