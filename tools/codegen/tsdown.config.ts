// The command line as one file per thread (and a chunk per lazily loaded stage): a cold run loads a
// handful of modules instead of some three hundred. The library (dist/, by tsc) is unchanged.
import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    cli: 'src/cli.ts',
    'speller-worker': 'src/speller-worker.ts',
    'emit-worker': 'src/emit-worker.ts',
    'page-worker': 'src/page-worker.ts',
  },
  outDir: 'bundle',
  format: 'esm',
  // .js, as the worker paths the code names (./speller-worker.js) are.
  fixedExtension: false,
  platform: 'node',
  dts: false,
  deps: {
    // ts-morph is CommonJS and required on demand; dictionary-en and jsonc-parser read or require files beside themselves.
    neverBundle: [/^node:/, 'ts-morph', 'dictionary-en', 'jsonc-parser'],
    alwaysBundle: (id) => !/^(?:node:|ts-morph$|dictionary-en$|jsonc-parser$)/.test(id),
    onlyBundle: false,
  },
  target: 'node20',
  logLevel: 'warn',
  checks: { pluginTimings: false },
});
