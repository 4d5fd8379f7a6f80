// One entry per locale, the module the generator writes for it, so `@batch-errors/messages/de-de` carries German alone.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const locales = readdirSync(new URL('src/generated/entries/', import.meta.url))
  .filter((file) => /^[a-z]{2,3}(?:-[a-z0-9]+)+\.ts$/.test(file))
  .map((file) => file.slice(0, -'.ts'.length));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    lookup: 'src/lookup.ts',
    ...Object.fromEntries(locales.map((locale) => [locale, `src/generated/entries/${locale}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'warn',
  // rolldown times its plugins and warns about the declaration build's on every run: nothing to act on.
  checks: { pluginTimings: false },
});
