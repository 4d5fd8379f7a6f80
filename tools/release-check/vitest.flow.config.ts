// `nx run @batch-errors/release-check:flow`: the long walks of the docs-change flow, kept out of `pnpm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['flow/**/*.flow.ts'],
    testTimeout: 36_000_000,
    hookTimeout: 1_800_000,
  },
});
