/**
 * Prints how big whosaid is in a browser: an esbuild bundle of `import { extract } from 'whosaid'`, minified,
 * raw and gzipped, with each package's share and the wink model's share named.
 *   npm run size          (run `npm run build` first to measure dist/, else src/ is bundled)
 */
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { bundleForBrowser } from './browser-bundle.js';

const MODEL = 'wink-eng-lite-web-model';
const ENTRIES = {
  extract: "import { extract } from 'whosaid'; globalThis.whosaid = { extract };",
  'extract, toHtml': "import { extract, toHtml } from 'whosaid'; globalThis.whosaid = { extract, toHtml };",
};

const kb = (n: number): string => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KiB`;
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;
const gz = (code: string): number => gzipSync(code, { level: 9 }).length;

/** Minified bytes in the output per package ("whosaid" for the package's own code). */
function byPackage(meta: Metafile): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const name = m?.[1] ?? 'whosaid';
      sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return new Map([...sizes].sort((a, b) => b[1] - a[1]));
}

const lines: string[] = [];
for (const [label, entry] of Object.entries(ENTRIES)) {
  const full = await bundleForBrowser(entry, { minify: true });
  const min = full.code.length;
  const zipped = gz(full.code);
  lines.push(`import { ${label} } from 'whosaid'  (esbuild, minified IIFE, 'whosaid' resolved to ${full.from}/)`);
  lines.push(`  total            ${kb(min).padStart(12)} minified   ${kb(zipped).padStart(12)} gzip`);
  for (const [name, bytes] of byPackage(full.metafile)) {
    lines.push(`  ${name.padEnd(26)} ${kb(bytes).padStart(12)}  ${pct(bytes, min).padStart(6)} of minified`);
  }
  const lean = await bundleForBrowser(entry, { minify: true, external: [MODEL] });
  const leanZipped = gz(lean.code);
  lines.push(
    `  ${MODEL}'s share: ${kb(min - lean.code.length)} minified (${pct(min - lean.code.length, min)}), ` +
      `${kb(zipped - leanZipped)} gzip (${pct(zipped - leanZipped, zipped)}); without it ${kb(leanZipped)} gzip`,
  );
  lines.push('');
}
process.stdout.write(`${lines.join('\n')}`);
