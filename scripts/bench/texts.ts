/**
 * The texts the benchmark runs on: the 295 Wikinews articles in ../shared when it is there, else corpus/*.txt.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BenchArticle {
  id: string;
  text: string;
  publishedAt: string | null;
}

export interface BenchTexts {
  source: string;
  articles: BenchArticle[];
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const WIKINEWS = resolve(ROOT, '..', 'shared', 'external', 'wikinews', 'wikinews.jsonl');

export function loadTexts(): BenchTexts {
  if (existsSync(WIKINEWS)) {
    const articles = readFileSync(WIKINEWS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; text: string; date?: string })
      .map((a) => ({ id: a.id, text: a.text, publishedAt: a.date ?? null }));
    return { source: '../shared/external/wikinews/wikinews.jsonl', articles };
  }
  const dir = join(ROOT, 'corpus');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8'), publishedAt: null }));
  return { source: 'corpus/*.txt (../shared is absent)', articles };
}

/** UTF-8 bytes of the texts. */
export function bytesOf(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
}

/**
 * One document of exactly `chars` characters, made by joining articles as paragraphs. When the articles run out they
 * are used again, each line marked with its copy number, so that no paragraph repeats (extract() would mark a
 * repeated paragraph as a duplicate and skip it, making a long document look cheaper than it is).
 */
export function documentOf(texts: readonly string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const copy = Math.floor(i / texts.length);
    const t = texts[i % texts.length] as string;
    const text = copy === 0 ? t : `${t}\n`.replace(/[^\n]\n/g, (m) => `${m[0]} (${copy})\n`).slice(0, -1);
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}
