import { defineConfig } from 'tsup';

export default defineConfig([{
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  treeshake: true,
}, {
  // The `whosaid` command (package.json "bin"): Node only, ESM, one file that is also its worker threads' script.
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
  clean: false,
  target: 'node20',
  platform: 'node',
}]);
