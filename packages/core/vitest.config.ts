// test/docs-setup.ts reads docs-source once and hands the test files the model they take their expectations from.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/docs-setup.ts'],
  },
});
