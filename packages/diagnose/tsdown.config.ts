// The library for every platform, one entry per locale (`@batch-errors/diagnose/de-de` carries German alone),
// and the command line for Node.js, as ES modules and CommonJS.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const locales = readdirSync(new URL('src/locales/', import.meta.url))
  .filter((file) => /^[a-z]{2,3}(?:-[a-z0-9]+)+\.ts$/.test(file))
  .map((file) => file.slice(0, -'.ts'.length));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/bin.ts',
    ...Object.fromEntries(locales.map((locale) => [locale, `src/locales/${locale}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  // Only the command line imports Node.js modules, its streaming JSON parser and, for the live commands, the official client.
  deps: { neverBundle: [/^node:/, /^@streamparser\//, /^@azure\//] },
  target: 'es2022',
  logLevel: 'warn',
  // rolldown times its plugins and warns about the declaration build's on every run: nothing to act on.
  checks: { pluginTimings: false },
});
