// the codegen's test setup reads docs-source once and hands the test files what they take their expectations from.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(import.meta.resolve('@batch-errors/codegen/testing'))],
  },
});
