/**
 * Stage 5: the model to generated files, one emitter per package.
 */
import type { generatedPackages } from '../layout.js';
import type { BatchErrorModel } from '../model.js';
import { coreSubjects, emitCore } from './core.js';
import { emitHttp, httpSubjects } from './http.js';
import { emitMessages, messagesSubjects } from './messages.js';
import type { PackageSubjects } from './subjects.js';
import { createProject, defaultRegenerateCommand, type GeneratedFile } from './typescript.js';

export { generatedPackages } from '../layout.js';

/** What each package's generated code holds, by subject (see subjects.ts). */
export const packageSubjects: Readonly<Record<(typeof generatedPackages)[number], (model: BatchErrorModel) => PackageSubjects>> = {
  core: coreSubjects,
  messages: messagesSubjects,
  http: httpSubjects,
};

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
