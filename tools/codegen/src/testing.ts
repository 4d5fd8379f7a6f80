/**
 * For the packages' tests: a vitest `globalSetup` that reads `docs-source`
 * once per test run and provides its model (plain JSON) as `docsModel`, so
 * every test takes its expectations from the docs as they are. Each package's
 * `test/docs.ts` derives what it needs from that model.
 */
import { fileURLToPath } from 'node:url';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { loadDocs } from './load.js';
import type { BatchErrorModel } from './model.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The model of `docs-source`, as the generator reads it. */
    docsModel: BatchErrorModel;
  }
}

const docsSource = fileURLToPath(new URL('../../../docs-source/', import.meta.url));

export default async function provideDocsModel(project: TestProject): Promise<void> {
  const { model } = await loadDocs(docsSource);
  if (!model) throw new Error(`${docsSource} did not produce a model; run \`pnpm exec batch-errors-codegen check\` to see why`);
  project.provide('docsModel', model);
}
