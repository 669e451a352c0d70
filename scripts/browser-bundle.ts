/**
 * Bundles code that does `import ... from 'whosaid'` for the browser with esbuild, the way an application would:
 * 'whosaid' resolves through package.json's exports to dist/ (the built package). When dist/ is missing or
 * older than src/ (vitest run without `npm run build`), it bundles src/index.ts instead and says so.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

export const ROOT = join(import.meta.dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether dist/ holds a build at least as new as every file under src/. */
export function distIsFresh(): boolean {
  const dist = join(ROOT, 'dist', 'index.js');
  return existsSync(dist) && statSync(dist).mtimeMs >= newestMtime(join(ROOT, 'src'));
}

export interface BrowserBundle {
  code: string;
  metafile: Metafile;
  /** What 'whosaid' resolved to. */
  from: 'dist' | 'src';
}

/** An IIFE bundle of `entry` (module source that imports from 'whosaid') for browsers. */
export async function bundleForBrowser(
  entry: string,
  options: { minify?: boolean; external?: string[]; from?: 'dist' | 'src' } = {},
): Promise<BrowserBundle> {
  const from = options.from ?? (distIsFresh() ? 'dist' : 'src');
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'browser-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: options.minify ?? false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    external: options.external ?? [],
    alias: from === 'src' ? { whosaid: join(ROOT, 'src', 'index.ts') } : {},
  });
  const out = result.outputFiles?.[0];
  if (!out || !result.metafile) throw new Error('esbuild produced no output');
  return { code: out.text, metafile: result.metafile, from };
}
