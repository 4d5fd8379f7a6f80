// test/memory.test.ts measures the heap after a full collection: workers expose gc(). test/docs-setup.ts reads docs-source once
// and hands the test files the texts they take their expectations from.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    execArgv: ['--expose-gc'],
    globalSetup: ['test/docs-setup.ts'],
  },
});
