/**
 * Stage 5: the model to generated files, one emitter per package.
 */
import type { BatchErrorModel } from '../model.js';
import { emitCore } from './core.js';
import { emitHttp } from './http.js';
import { emitMessages } from './messages.js';
import { createProject, defaultRegenerateCommand, type GeneratedFile } from './typescript.js';

/** The packages the generator writes into, as folder names under the output folder. */
export const generatedPackages = ['core', 'messages', 'http'] as const;

export interface EmitOptions {
  /** Printed in every header; defaults to the generator's command with no options. */
  regenerateCommand?: string;
}

/** Every generated file, sorted by path. */
export function emitPackages(model: BatchErrorModel, options: EmitOptions = {}): GeneratedFile[] {
  const context = { project: createProject(), regenerateCommand: options.regenerateCommand ?? defaultRegenerateCommand };
  const files = [...emitCore(model, context), ...emitMessages(model, context), ...emitHttp(model, context)];
  return files.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
}

export type { GeneratedFile };
