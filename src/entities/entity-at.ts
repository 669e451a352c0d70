import type { Entity, Mention } from '../schema/entity.js';

/**
 * The entity with a mention overlapping [start, end) the most, with that mention; ties go to the mention that
 * starts first. Mentions of every kind count: names and aliases, and also pronoun and description mentions,
 * which the entity stage resolves when it builds them (a pronoun to the nearest compatible entity mentioned
 * before it, a description such as "the company" to the nearest preceding entity of the type its head noun
 * names; see 04-references.ts), so a speaker written "he" or "the regulator" resolves here like a name.
 */
export function entityAt(entities: readonly Entity[], start: number, end: number): { entity: Entity; mention: Mention } | null {
  let best: { entity: Entity; mention: Mention } | null = null;
  let bestOverlap = 0;
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
      const point = start === end && mention.start <= start && start < mention.end;
      const score = overlap > 0 ? overlap : point ? 0.5 : 0;
      if (score > bestOverlap || (score === bestOverlap && score > 0 && best !== null && mention.start < best.mention.start)) {
        best = { entity, mention };
        bestOverlap = score;
      }
    }
  }
  return best;
}
