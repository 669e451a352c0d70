import { Analysis } from '../schema/analysis.js';
import type { Paragraph } from '../schema/structure.js';
import { escapeHtml as h } from './escape.js';
import { clip } from './format.js';
import { checkSpan, collectMarks } from './marks.js';
import { speakerColours } from './palette.js';
import { claimsRanked, entityChips, warningList, whoSaidWhat } from './panels.js';
import { insertsByParagraph, marksByParagraph, renderRange } from './render-text.js';
import { stylesheet } from './style.js';

/** No script, no fetch, no frame, no form: the page only shows what it holds, whatever the article says. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const LEGEND =
  '<ul class="legend" aria-label="Key">' +
  '<li><span class="quote direct s-key">direct quote</span></li>' +
  '<li><span class="quote indirect s-key">reported</span></li>' +
  '<li><span class="speaker s-key">speaker</span></li>' +
  '<li><span class="cue s-key">cue</span></li>' +
  '<li><span class="claim">claim</span></li>' +
  '<li><span class="entity t-person">entity</span></li>' +
  '<li><span class="z-boilerplate">boilerplate</span></li>' +
  '<li><span class="flag">quote missing</span></li>' +
  '</ul>';

function paragraphHtml(p: Paragraph, inner: string): string {
  const tag = p.zone === 'title' ? 'h1' : p.zone === 'heading' ? 'h2' : 'p';
  const dup = p.duplicateOf !== null;
  const badge = dup ? `<span class="badge">repeats ¶${p.duplicateOf}</span>` : '';
  return `<${tag} class="para z-${h(p.zone)}${dup ? ' dup' : ''}" id="p${p.index}" data-n="${p.index}">${badge}${inner}</${tag}>`;
}

/**
 * One self-contained HTML page showing an analysis over its article: quotes highlighted in one colour per
 * speaker, cues and speakers marked, claims underlined with their values on hover, entities marked, boilerplate
 * greyed, missing quotes flagged; beside it who said what and the claims ranked by check-worthiness.
 * Every piece of the article is escaped; the page has no script and loads nothing.
 * Throws (message starting "whosaid:") when `analysis` is not an Analysis or was not made from `text`.
 */
export function toHtml(analysis: Analysis, text: string): string {
  if (typeof text !== 'string') {
    throw new TypeError('whosaid: expecting the article text as the second argument of toHtml(analysis, text)');
  }
  const parsed = Analysis.safeParse(analysis);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `analysis.${issue.path.join('.')}` : 'analysis';
    throw new TypeError(`whosaid: expecting an Analysis (what extract() returns), instead ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const a = parsed.data;
  a.paragraphs.forEach((p, i) => checkSpan(text, p, `paragraphs[${i}]`));
  const colours = speakerColours(a.quotes);
  const { marks, inserts } = collectMarks(a, text, colours.of);
  const markBuckets = marksByParagraph(a.paragraphs, marks);
  const insertBuckets = insertsByParagraph(a.paragraphs, inserts);
  const body = a.paragraphs
    .map((p, i) => paragraphHtml(p, renderRange(text, p.start, p.end, markBuckets[i]!, insertBuckets[i]!)))
    .join('\n');

  const speakers = colours.all.length;
  const stats = [
    [a.quotes.length, a.quotes.length === 1 ? 'quote' : 'quotes'],
    [speakers, speakers === 1 ? 'speaker' : 'speakers'],
    [a.claims.length, a.claims.length === 1 ? 'claim' : 'claims'],
    [a.entities.length, a.entities.length === 1 ? 'entity' : 'entities'],
    [a.warnings.length, a.warnings.length === 1 ? 'warning' : 'warnings'],
  ]
    .map(([n, what]) => `<li><b>${n}</b>${what}</li>`)
    .join('');
  const title = a.title ? clip(a.title.text, 140) : 'Article';
  const css = stylesheet([...colours.all, { cls: 's-key', bg: 'hsl(212 85% 89%)', fg: 'hsl(212 62% 33%)' }]);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="whosaid">
<title>${h(title)} · whosaid</title>
<style>
${css}</style>
</head>
<body>
<header class="top"><div class="brand">who<span>said</span></div><div class="headline">${h(title)}</div><ul class="stats">${stats}</ul></header>
<main class="layout">
<article class="article">
${LEGEND}
<div class="text">
${body}
</div>
</article>
<aside class="side">
${whoSaidWhat(a.quotes, colours.of)}
${claimsRanked(a.claims)}
${entityChips(a.entities)}
${warningList(a.warnings)}
</aside>
</main>
<footer class="foot">Made by whosaid from ${text.length.toLocaleString('en-US')} characters (schema version ${a.schemaVersion}); ¶ numbers are paragraph indexes.</footer>
</body>
</html>
`;
}
