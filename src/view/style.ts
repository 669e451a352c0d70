import type { SpeakerColour } from './palette.js';

/** Colour per entity type: the line under a mention and the edge of its chip. */
export const ENTITY_COLOURS = {
  person: '#7048e8',
  organization: '#1c7ed6',
  place: '#2b8a3e',
  product: '#e67700',
  event: '#c2255c',
  law: '#0b7285',
  date: '#868e96',
} as const;

const BASE = `
:root{--ink:#1f2430;--muted:#687080;--faint:#a3a9b3;--line:#e3e6eb;--paper:#fff;--page:#f4f3ef;--claim:#e8590c;--warn:#e03131;--qbg:hsl(220 10% 90%);--qfg:hsl(220 8% 38%)}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--ink);font:14.5px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:inherit}
.top{position:sticky;top:0;z-index:20;display:flex;flex-wrap:wrap;gap:8px 28px;align-items:baseline;padding:12px 28px;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line)}
.brand{font-weight:800;letter-spacing:.01em;font-size:16px}
.brand span{color:var(--claim)}
.headline{flex:1 1 320px;min-width:0;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.stats{display:flex;gap:18px;margin:0;padding:0;list-style:none;color:var(--muted);font-size:13px}
.stats b{color:var(--ink);font-size:15px;margin-right:3px}
.layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(22rem,1fr);gap:24px;max-width:90rem;margin:0 auto;padding:24px 28px 48px;align-items:start}
.article{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:22px 52px 36px 68px;box-shadow:0 1px 3px rgba(20,30,50,.05)}
.legend{display:flex;flex-wrap:wrap;gap:6px 12px;margin:0 0 26px;padding:0 0 14px;border-bottom:1px solid var(--line);font-size:12px;color:var(--muted);list-style:none}
.text{font:18px/1.7 Charter,"Iowan Old Style",Georgia,"DejaVu Serif",serif}
.para{position:relative;margin:0 0 1em;white-space:pre-wrap;overflow-wrap:anywhere}
.para::before{content:attr(data-n);position:absolute;left:-46px;width:30px;text-align:right;font:11px/2.6 ui-monospace,SFMono-Regular,Menlo,monospace;color:#c3c8cf}
h1.para{font:700 31px/1.22 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;letter-spacing:-.01em;margin:0 0 .55em}
h1.para::before{line-height:3.3}
.z-byline{font:600 13px/1.5 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.z-heading{font-weight:700;font-size:20px}
.z-caption{font-size:15px;font-style:italic;color:var(--muted)}
.z-boilerplate{font:14px/1.55 system-ui,sans-serif;color:var(--faint);margin-bottom:.7em}
.z-body+.z-boilerplate{margin-top:2.2em;padding-top:1.2em;border-top:1px dashed var(--line)}
.dup{color:var(--faint)}
.dup .quote,.dup .claim,.dup .entity{background:none;text-decoration:none;border:0}
.badge{display:inline-block;font:600 11px/1.7 system-ui,sans-serif;padding:0 7px;border-radius:999px;background:#eef0f3;color:#5b6470;margin-right:8px;vertical-align:2px;white-space:nowrap;letter-spacing:0;text-transform:none}
.quote{background:var(--qbg);border-radius:3px;padding:1px 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.quote.indirect{background:color-mix(in srgb,var(--qbg) 62%,transparent)}
.quote.direct{box-shadow:inset 0 -2px 0 color-mix(in srgb,var(--qfg) 45%,transparent)}
.speaker{color:var(--qfg);font-weight:700}
.cue{color:var(--qfg);font-style:italic;outline:1.5px solid color-mix(in srgb,var(--qfg) 70%,transparent);outline-offset:1px;border-radius:3px}
.addressee{border-bottom:2px dotted #8a94a3}
.entity{border-bottom:1.5px solid color-mix(in srgb,var(--ent) 42%,transparent)}
.entity.m-pronoun,.entity.m-description{border-bottom-style:dotted}
.claim{text-decoration:underline 2.5px var(--claim);text-underline-offset:5px;text-decoration-skip-ink:none;cursor:help;position:relative}
.claim:hover::after,.claim:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 8px);z-index:30;white-space:pre;background:#1f2430;color:#fff;font:12.5px/1.5 system-ui,sans-serif;font-style:normal;font-weight:400;padding:8px 11px;border-radius:7px;box-shadow:0 6px 20px rgba(0,0,0,.2);pointer-events:none}
.claim:focus{outline:2px solid var(--claim);outline-offset:2px}
.warn{text-decoration:underline wavy var(--warn) 1px;text-underline-offset:4px}
.dateline{font-weight:700;letter-spacing:.03em}
.flag{display:inline-block;margin-left:6px;font:700 11px/1.75 system-ui,sans-serif;color:#c92a2a;background:#fff5f5;border:1px dashed var(--warn);border-radius:4px;padding:0 7px;vertical-align:2px;white-space:nowrap}
.flag::before{content:"⚠ "}
.side{position:sticky;top:62px;display:flex;flex-direction:column;gap:16px;max-height:calc(100vh - 78px);overflow:auto;padding-bottom:4px}
.card{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:15px 18px}
.card h2{display:flex;justify-content:space-between;align-items:baseline;margin:0 0 10px;font-size:12px;text-transform:uppercase;letter-spacing:.09em;color:var(--muted)}
.card h2 small{font-size:12px;letter-spacing:0;text-transform:none;color:var(--faint)}
.empty{margin:0;color:var(--faint);font-style:italic;font-size:13.5px}
.who{width:100%;border-collapse:collapse;font-size:13.5px}
.who th{text-align:left;font-size:11px;font-weight:600;color:var(--faint);text-transform:uppercase;letter-spacing:.06em;padding:0 6px 6px}
.who td{padding:7px 6px;vertical-align:top;border-top:1px solid var(--line)}
.who .sp{font-weight:700;color:var(--qfg);width:28%}
.who .sp small{display:block;font-weight:400;color:var(--muted)}
.who .cu{color:var(--muted);font-style:italic;white-space:nowrap}
.who .wh a{text-decoration:none}
.who .wh a:hover{text-decoration:underline}
.who .wh small{display:block;color:var(--faint)}
.sw{display:inline-block;width:10px;height:10px;border-radius:3px;background:var(--qbg);border:1.5px solid var(--qfg);margin-right:6px;vertical-align:-1px}
.missing{color:#c92a2a;font-style:italic}
.claims{margin:0;padding:0;list-style:none}
.claims li{display:grid;grid-template-columns:3.2rem 1fr;gap:10px;padding:8px 0;border-top:1px solid var(--line)}
.claims li:first-child{border-top:0;padding-top:0}
.score{font:700 13px/1.2 ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--claim)}
.bar{display:block;height:4px;margin-top:5px;background:#f1f3f5;border-radius:2px;overflow:hidden}
.bar i{display:block;height:100%;background:linear-gradient(90deg,#fab005,var(--claim))}
.cl a{text-decoration:none;font-weight:600}
.cl a:hover{text-decoration:underline}
.cl .val{display:block;font:600 12.5px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace}
.cl small{display:block;color:var(--muted);font-size:12px}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
.chip{display:inline-flex;gap:6px;align-items:baseline;padding:2px 10px 2px 8px;border-radius:999px;background:#f3f4f6;font-size:12.5px}
.chip::before{content:"";width:8px;height:8px;border-radius:50%;background:var(--ent);align-self:center}
.chip small{color:var(--faint)}
.warnings{margin:0;padding:0 0 0 2px;list-style:none;font-size:13px}
.warnings li{padding:4px 0}
.warnings code{font:600 11.5px ui-monospace,SFMono-Regular,Menlo,monospace;color:#c92a2a;margin-right:6px}
.foot{max-width:90rem;margin:0 auto;padding:0 28px 28px;color:var(--faint);font-size:12px}
@media (max-width:1000px){.layout{grid-template-columns:1fr}.side{position:static;max-height:none}.article{padding:20px 22px 28px 40px}.para::before{left:-34px}}
@media (max-width:600px){.top{position:static;padding:10px 14px}.layout{padding:12px 10px 32px;gap:14px}.text{font-size:17px}}
@media print{.top,.side{position:static}.side{max-height:none}body{background:#fff}}
`;

/** The page's one stylesheet: the base rules, the entity-type colours and one class per speaker colour. */
export function stylesheet(colours: readonly SpeakerColour[]): string {
  const ents = Object.entries(ENTITY_COLOURS).map(([t, c]) => `.t-${t}{--ent:${c}}`).join('');
  const speakers = colours.map((c) => `.${c.cls}{--qbg:${c.bg};--qfg:${c.fg}}`).join('');
  return `${BASE.trim()}\n${ents}\n${speakers}\n`;
}
