/**
 * Prints how big whosaid is in a browser: an esbuild bundle of `import { extract } from 'whosaid'`, minified,
 * raw and gzipped, with each package's share and the wink model's share named.
 *   npm run size          (run `npm run build` first to measure dist/, else src/ is bundled)
 */
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { bundleForBrowser } from './browser-bundle.js';

const MODEL = 'wink-eng-lite-web-model';
const ENTRY = "import { extract } from 'whosaid'; globalThis.whosaid = { extract };";
const ENTRY_WITH_VIEW = "import { extract, toHtml } from 'whosaid'; globalThis.whosaid = { extract, toHtml };";

const kb = (n: number): string => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KiB`;
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;
const gz = (code: string): number => gzipSync(code, { level: 9 }).length;

/** Minified bytes in the output per group of input paths, largest first. */
function grouped(meta: Metafile, groupOf: (path: string) => string | null): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = groupOf(path);
      if (name !== null) sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return new Map([...sizes].sort((a, b) => b[1] - a[1]));
}

/** Per package; "whosaid" is the package's own code. */
const packageOf = (path: string): string => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'whosaid';
/** Per folder of src/ (for a bundle made from src/), e.g. "src/lexicons". */
const srcFolderOf = (path: string): string | null => (path.startsWith('src/') ? path.split('/').slice(0, 2).join('/').replace(/\.ts$/, '') : null);

const lines: string[] = [];
const full = await bundleForBrowser(ENTRY, { minify: true });
const min = full.code.length;
const zipped = gz(full.code);
lines.push(`import { extract } from 'whosaid'  (esbuild, minified IIFE for browsers, 'whosaid' resolved to ${full.from}/)`);
lines.push(`  total                      ${kb(min).padStart(12)} minified  ${kb(zipped).padStart(12)} gzip`);
for (const [name, bytes] of grouped(full.metafile, packageOf)) {
  lines.push(`  ${name.padEnd(26)} ${kb(bytes).padStart(12)}  ${pct(bytes, min).padStart(6)}`);
}
const own = await bundleForBrowser(ENTRY, { minify: true, from: 'src' });
lines.push(`  whosaid's own code by folder (bundled from src/):`);
for (const [name, bytes] of grouped(own.metafile, srcFolderOf)) {
  if (bytes >= 1024) lines.push(`    ${name.padEnd(24)} ${kb(bytes).padStart(12)}`);
}
const lean = await bundleForBrowser(ENTRY, { minify: true, external: [MODEL], from: full.from });
const leanZipped = gz(lean.code);
lines.push(
  `  ${MODEL} (wink-nlp's English model) is ${kb(min - lean.code.length)} minified (${pct(min - lean.code.length, min)}) ` +
    `and ${kb(zipped - leanZipped)} gzipped (${pct(zipped - leanZipped, zipped)}); everything else: ${kb(leanZipped)} gzip`,
);
const withView = await bundleForBrowser(ENTRY_WITH_VIEW, { minify: true, from: full.from });
lines.push(
  `import { extract, toHtml } adds ${kb(withView.code.length - min)} minified, ${kb(gz(withView.code) - zipped)} gzip (toHtml is dropped when not imported)`,
);
process.stdout.write(`${lines.join('\n')}\n`);
