import type { Analysis } from '../schema/index.js';
import { type Counts, type Ratio, overlapLength } from './prf.js';
import { buildCueIndex } from '../quotes/cue-lexicon.js';
import { CUE_VERBS } from '../lexicons/cues.js';

interface Range {
  start: number;
  end: number;
}

/** One article of the PolNeAR jsonl format (../shared/external/quotes). */
export interface PolnearArticle {
  id: string;
  text: string;
  quotes: Array<{ content: Range; speaker: string | null; speakerSpan: Range | null; cue: string | null; cueSpan?: Range | null; kind: string }>;
}

export interface PolnearScore {
  content: Counts;
  speaker: Ratio;
  errors: string[];
}

/**
 * The verbs of saying that count as speech cues for PolNeAR scoring: verbs whose complement is what was said
 * (said, told, wrote, added, stated ...). PolNeAR also annotates thoughts, polls and evaluative verbs (called X
 * a mistake, pledged to, criticized Y for), which are attributions but not reported speech.
 */
export const POLNEAR_SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'write', 'add', 'state', 'note', 'explain', 'claim', 'argue', 'insist', 'contend', 'assert',
  'declare', 'acknowledge', 'admit', 'warn', 'stress', 'emphasize', 'emphasise', 'announce', 'report', 'reply',
  'respond', 'recall', 'remark', 'mention', 'confirm', 'deny', 'tweet', 'reiterate', 'comment', 'point out',
];

const speechIndex = buildCueIndex(CUE_VERBS.filter((v) => POLNEAR_SPEECH_VERBS.includes(v.base)));

/**
 * A gold attribution is a speech attribution when its cue holds one of POLNEAR_SPEECH_VERBS in any form, or
 * "according to".
 */
export function isSpeechCue(cue: string | null): boolean {
  if (!cue) return false;
  const lower = cue.toLowerCase();
  if (lower.includes('according to')) return true;
  return lower.split(/[^a-z]+/).some((w) => speechIndex.has(w));
}

/**
 * Content F1 over speech attributions: a prediction finds a gold quote when it covers at least half of it and
 * at least half of the prediction lies inside it. Predictions about a non-speech attribution are not wrong.
 * Speaker accuracy: the predicted speaker mention overlaps the annotated source.
 */
export function scorePolnear(article: PolnearArticle, analysis: Analysis): PolnearScore {
  const content: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker: Ratio = { right: 0, total: 0 };
  const errors: string[] = [];
  // PolNeAR annotates a split quote as one stretch, the interrupting attribution inside: compare whole contents.
  const preds = analysis.quotes.filter((q) => q.content !== null).map((q) => ({ q, p: q.content! }));
  const used = new Set<(typeof preds)[number]>();
  for (const g of article.quotes) {
    const speech = isSpeechCue(g.cue);
    const hit = preds.find((x) => !used.has(x) && finds(x.p, g.content));
    if (hit) {
      used.add(hit);
      if (speech) {
        content.tp++;
        if (g.speakerSpan) {
          speaker.total++;
          const m = hit.q.speaker?.mention;
          if (m && overlapLength(m, g.speakerSpan) > 0) speaker.right++;
          else errors.push(`speaker of "${article.text.slice(g.content.start, g.content.start + 50)}…": ${JSON.stringify(article.text.slice(g.speakerSpan.start, g.speakerSpan.end))}, got ${JSON.stringify(m?.text ?? null)}`);
        }
      }
    } else if (speech) {
      content.fn++;
      errors.push(`missed (${g.cue}): "${article.text.slice(g.content.start, Math.min(g.content.end, g.content.start + 70)).replace(/\s+/g, ' ')}"`);
    }
  }
  for (const x of preds) {
    if (used.has(x)) continue;
    const about = article.quotes.some((g) => overlapLength(x.p, g.content) * 2 >= x.p.end - x.p.start);
    if (about) continue;
    content.fp++;
    errors.push(`spurious (${x.q.rule}): "${x.p.text.slice(0, 70).replace(/\s+/g, ' ')}"`);
  }
  return { content, speaker, errors };
}

function finds(pred: Range, gold: Range): boolean {
  const ov = overlapLength(pred, gold);
  return ov * 2 >= pred.end - pred.start && ov * 2 >= gold.end - gold.start;
}
