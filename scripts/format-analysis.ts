import type { Analysis } from '../src/index.js';

const clip = (s: string, n = 110): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** A plain-text report of an analysis: structure, who said what, the numbers, the entities, the warnings. */
export function formatAnalysis(a: Analysis, _text: string): string {
  const out: string[] = [];
  out.push(`TITLE     ${a.title ? clip(a.title.text) : '(none)'}`);
  out.push(`BYLINE    ${a.byline ? a.byline.names.join(', ') : '(none)'}`);
  out.push(`DATELINE  ${a.dateline ? a.dateline.text : '(none)'}`);
  const zones = new Map<string, number>();
  for (const p of a.paragraphs) zones.set(p.zone, (zones.get(p.zone) ?? 0) + 1);
  const dups = a.paragraphs.filter((p) => p.duplicateOf !== null).length;
  out.push(`STRUCTURE ${a.paragraphs.length} paragraphs (${[...zones].map(([z, n]) => `${n} ${z}`).join(', ')}), ${dups} repeated, ${a.sentences.length} sentences`);

  out.push('', `QUOTES (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speaker ? q.speaker.name + (q.speaker.role ? ` (${q.speaker.role})` : '') : '(unknown)';
    const extra = [q.cue ? `cue "${q.cue.text}"` : null, q.addressee ? `to ${q.addressee.name}` : null, q.medium ? `in a ${q.medium}` : null]
      .filter(Boolean).join(', ');
    out.push(`  ${q.id} [${q.kind}] ${who}${extra ? ` — ${extra}` : ''}`);
    out.push(`       ${q.content ? `“${clip(q.content.text, 100)}”` : '(quote missing from the text)'}`);
  }

  out.push('', `NUMERIC CLAIMS (${a.claims.length})`);
  for (const c of a.claims) {
    const val = c.value === null ? '?' : c.upper !== null ? `${c.value}–${c.upper}` : String(c.value);
    const bits = [c.unit, c.bound !== 'exact' ? c.bound : null, c.per ? `per ${c.per}` : null, c.change, c.source ? `by ${c.source}` : null]
      .filter(Boolean).join(', ');
    out.push(`  ${c.id} "${c.span.text}" = ${val}${bits ? ` (${bits})` : ''}  check-worthiness ${c.checkworthiness.toFixed(2)}`);
  }

  out.push('', `ENTITIES (${a.entities.length})`);
  for (const e of a.entities) {
    const aliases = e.aliases.length ? ` aka ${e.aliases.join(', ')}` : '';
    out.push(`  ${e.id} ${e.type.padEnd(12)} ${e.name}${aliases} — ${e.mentions.length} mention(s)${e.value ? ` = ${e.value}` : ''}`);
  }

  if (a.warnings.length) {
    out.push('', `WARNINGS (${a.warnings.length})`);
    for (const w of a.warnings) out.push(`  ${w.code}: ${w.message}`);
  }
  return `${out.join('\n')}\n`;
}
