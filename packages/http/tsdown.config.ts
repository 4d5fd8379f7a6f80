import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: 'src/index.ts',
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'warn',
  // rolldown times its plugins and warns about the declaration build's on every run: nothing to act on.
  checks: { pluginTimings: false },
});
