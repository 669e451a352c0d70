import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'README.md'));
export const CORPUS = join(ROOT, 'corpus');

export interface CorpusArticle {
  name: string;
  text: string;
  gold: Record<string, unknown> & { id: string };
}

/** The project's own gold corpus (corpus/*.txt with their .gold.json). */
export function corpusArticles(): CorpusArticle[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(CORPUS, f), 'utf8'));
      const text = readFileSync(join(CORPUS, gold.text as string), 'utf8');
      return { name: f.replace(/\.gold\.json$/, ''), text, gold };
    });
}

export function readShared(rel: string): string | null {
  const p = join(SHARED, rel);
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
}

/** Every span-shaped object reachable from a value: {start, end, text}. */
export function collectSpans(value: unknown, out: Array<{ start: number; end: number; text: string; path: string }> = [], path = '$'): typeof out {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectSpans(v, out, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ start: o.start, end: o.end, text: o.text, path });
    }
    for (const [k, v] of Object.entries(o)) collectSpans(v, out, `${path}.${k}`);
  }
  return out;
}
