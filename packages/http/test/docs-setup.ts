/**
 * Reads the docs once per test run (vitest `globalSetup`) and hands every
 * test file the rows they take their expectations from (see docs.ts).
 */
import { fileURLToPath } from 'node:url';
import { type CodeRow, codeRows, loadModel } from '@batch-errors/codegen';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every row of the code tables of `docs-source`, as the generator reads them. */
    docsRows: CodeRow[];
  }
}

export default async function readDocs(project: TestProject): Promise<void> {
  const { model } = await loadModel(fileURLToPath(new URL('../../../docs-source', import.meta.url)));
  if (!model) throw new Error('docs-source did not produce a model');
  project.provide('docsRows', codeRows(model));
}
