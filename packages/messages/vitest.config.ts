// test/memory.test.ts measures the heap after a full collection: workers expose gc().
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    execArgv: ['--expose-gc'],
  },
});
