// One entry per locale module, so `@batch-errors/messages/de-de` carries German alone.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const locales = readdirSync(new URL('src/generated/', import.meta.url))
  .filter((file) => /^[a-z]{2,3}(?:-[a-z0-9]+)+\.ts$/.test(file))
  .map((file) => file.slice(0, -'.ts'.length));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    lookup: 'src/lookup.ts',
    ...Object.fromEntries(locales.map((locale) => [locale, `src/generated/${locale}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'warn',
});
