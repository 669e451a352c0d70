/**
 * Writes the JSON Schema of an Analysis to schema/analysis.schema.json (committed; tests/schema fails when it
 * and the zod schemas disagree).
 *   npm run schema
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisJsonSchema } from '../src/schema/json-schema.js';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'schema', 'analysis.schema.json');

/** The file's exact contents: two-space JSON and a final newline. */
export function schemaFileText(): string {
  return `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaFileText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
