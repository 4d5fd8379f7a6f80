/**
 * Reads the docs once per test run (vitest `globalSetup`) and hands every
 * test file the model they take their expectations from (see docs.ts).
 */
import { fileURLToPath } from 'node:url';
import { type BatchErrorModel, loadModel } from '@batch-errors/codegen';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The model of `docs-source`, as the generator reads it (plain JSON). */
    docsModel: BatchErrorModel;
  }
}

export default async function readDocs(project: TestProject): Promise<void> {
  const { model } = await loadModel(fileURLToPath(new URL('../../../docs-source', import.meta.url)));
  if (!model) throw new Error('docs-source did not produce a model');
  project.provide('docsModel', model);
}
