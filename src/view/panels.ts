import type { Analysis } from '../schema/analysis.js';
import type { Quote } from '../schema/quote.js';
import { escapeHtml as h } from './escape.js';
import { clip, formatClaimValue } from './format.js';
import { speakerKey, type SpeakerColour } from './palette.js';

const card = (title: string, count: number, body: string): string =>
  `<section class="card"><h2>${h(title)}<small>${count}</small></h2>${body}</section>`;

/** The table of who said what: one group of rows per speaker, in order of first appearance. */
export function whoSaidWhat(quotes: readonly Quote[], colourOf: (q: Quote) => SpeakerColour): string {
  if (quotes.length === 0) return card('Who said what', 0, '<p class="empty">No quotes found.</p>');
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = speakerKey(q) ?? '?';
    const g = groups.get(key);
    if (g) g.push(q);
    else groups.set(key, [q]);
  }
  const rows: string[] = [];
  for (const group of groups.values()) {
    group.forEach((q, i) => {
      const first = group[0]!;
      const speaker =
        i === 0
          ? `<td class="sp ${colourOf(first).cls}" rowspan="${group.length}"><span class="sw"></span>${h(first.speaker?.name ?? 'unknown speaker')}${first.speaker?.role ? `<small>${h(first.speaker.role)}</small>` : ''}</td>`
          : '';
      const said = q.content
        ? `<a href="#q-${h(q.id)}">${q.kind === 'indirect' ? '' : '“'}${h(clip(q.content.text, 170))}${q.kind === 'indirect' ? '' : '”'}</a>`
        : `<a class="missing" href="#p${q.paragraph}">⚠ quote missing from the text</a>`;
      const about = [q.kind !== 'indirect' ? q.kind : null, q.addressee ? `to ${q.addressee.name}` : null, q.medium ? `in a ${q.medium}` : null]
        .filter(Boolean)
        .join(' · ');
      rows.push(
        `<tr>${speaker}<td class="cu">${h(q.cue?.text ?? '—')}</td><td class="wh">${said}${about ? `<small>${h(about)}</small>` : ''}</td></tr>`,
      );
    });
  }
  const table = `<table class="who"><thead><tr><th>Speaker</th><th>Cue</th><th>What</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return card('Who said what', quotes.length, table);
}

/** The numeric claims, most worth checking first. */
export function claimsRanked(claims: Analysis['claims']): string {
  if (claims.length === 0) return card('Claims to check', 0, '<p class="empty">No numeric claims found.</p>');
  const ranked = claims.map((c, i) => ({ c, i })).sort((x, y) => y.c.checkworthiness - x.c.checkworthiness || x.i - y.i);
  const items = ranked.map(({ c }) => {
    const pct = Math.round(c.checkworthiness * 100);
    const meta = [c.source ? `by ${c.source}` : 'by the article', c.time ? c.time.text : null, c.features.length ? c.features.join(', ') : null]
      .filter(Boolean)
      .join(' · ');
    return (
      `<li><span class="score">${c.checkworthiness.toFixed(2)}<span class="bar"><i style="width:${pct}%"></i></span></span>` +
      `<span class="cl"><a href="#c-${h(c.id)}">${h(clip(c.span.text, 90))}</a><span class="val">${h(formatClaimValue(c))}</span>` +
      `<small>${h(meta)}</small></span></li>`
    );
  });
  return card('Claims to check', claims.length, `<ol class="claims">${items.join('')}</ol>`);
}

/** The entities as chips, most mentioned first, people before organisations before places. */
export function entityChips(entities: Analysis['entities']): string {
  if (entities.length === 0) return card('Entities', 0, '<p class="empty">No entities found.</p>');
  const order = ['person', 'organization', 'place', 'product', 'event', 'law', 'date'];
  const sorted = entities
    .map((e, i) => ({ e, i }))
    .sort((x, y) => order.indexOf(x.e.type) - order.indexOf(y.e.type) || y.e.mentions.length - x.e.mentions.length || x.i - y.i);
  const chips = sorted.map(
    ({ e }) => `<li class="chip t-${h(e.type)}" title="${h(`${e.type}${e.aliases.length ? `; also ${e.aliases.join(', ')}` : ''}`)}">${h(e.name)}<small>${e.mentions.length}</small></li>`,
  );
  return card('Entities', entities.length, `<ul class="chips">${chips.join('')}</ul>`);
}

/** The warnings, as the analysis gives them. */
export function warningList(warnings: Analysis['warnings']): string {
  if (warnings.length === 0) return '';
  const items = warnings.map((w) => `<li><code>${h(w.code)}</code>${h(w.message)}</li>`);
  return card('Warnings', warnings.length, `<ul class="warnings">${items.join('')}</ul>`);
}
