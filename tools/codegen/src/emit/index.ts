/**
 * Stage 5: the model to generated files, one emitter per package.
 */
import type { BatchErrorModel } from '../model.js';
import { emitCore } from './core.js';
import { emitHttp } from './http.js';
import { emitMessages } from './messages.js';
import { createProject, type GeneratedFile } from './typescript.js';

/** The packages the generator writes into, as folder names under the output folder. */
export const generatedPackages = ['core', 'messages', 'http'] as const;

/** Every generated file, sorted by path. */
export function emitPackages(model: BatchErrorModel): GeneratedFile[] {
  const project = createProject();
  const files = [...emitCore(model, project), ...emitMessages(model, project), ...emitHttp(model, project)];
  return files.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
}

export type { GeneratedFile };
