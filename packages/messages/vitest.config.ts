// test/memory.test.ts measures the heap after a full collection: workers expose gc(). the codegen's test setup reads docs-source once
// and hands the test files the texts they take their expectations from.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    execArgv: ['--expose-gc'],
    globalSetup: [fileURLToPath(import.meta.resolve('@batch-errors/codegen/testing'))],
  },
});
