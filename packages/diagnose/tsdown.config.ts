// The library for every platform, and the command line for Node.js, as ES modules and CommonJS.
import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  // Only the command line imports Node.js modules.
  deps: { neverBundle: [/^node:/] },
  target: 'es2022',
  logLevel: 'warn',
});
