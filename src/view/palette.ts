import type { Quote } from '../schema/quote.js';

/** A speaker's colours: a light tint behind their words and a strong shade for their name. */
export interface SpeakerColour {
  /** CSS class carrying the colours ("s0", "s1", ... or "s-none"). */
  cls: string;
  bg: string;
  fg: string;
}

/** Hues picked to stay apart on a white page and away from the orange of claims and the red of warnings; more speakers step round by the golden angle. */
const HUES = [212, 145, 282, 338, 188, 48, 250, 96, 310, 170] as const;

const UNKNOWN: SpeakerColour = { cls: 's-none', bg: 'hsl(220 10% 90%)', fg: 'hsl(220 8% 38%)' };

/** The key a speaker is known by: the entity id when there is one, else the canonical name. */
export function speakerKey(q: Quote): string | null {
  if (!q.speaker) return null;
  return q.speaker.entity ?? `name:${q.speaker.name.toLowerCase()}`;
}

/** One colour per speaker, in order of first appearance; quotes with no speaker share a grey. */
export function speakerColours(quotes: readonly Quote[]): { of: (q: Quote) => SpeakerColour; all: SpeakerColour[] } {
  const byKey = new Map<string, SpeakerColour>();
  for (const q of quotes) {
    const key = speakerKey(q);
    if (key === null || byKey.has(key)) continue;
    const i = byKey.size;
    const hue = i < HUES.length ? HUES[i]! : Math.round((i * 137.508) % 360);
    byKey.set(key, { cls: `s${i}`, bg: `hsl(${hue} 85% 89%)`, fg: `hsl(${hue} 62% 33%)` });
  }
  const all = [...byKey.values()];
  if (quotes.some((q) => q.speaker === null)) all.push(UNKNOWN);
  return { of: (q) => byKey.get(speakerKey(q) ?? '') ?? UNKNOWN, all };
}
