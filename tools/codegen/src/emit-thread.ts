/**
 * The emitters in a worker, started when a run knows it will emit: loading
 * ts-morph and its TypeScript (about 0.3 s) then happens on another core
 * while this thread reads and parses the docs. Where no worker can run, or it
 * is lost, the emitters run in this thread; the files are the same bytes.
 */
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from './emit/typescript.js';
import type { BatchErrorModel } from './model.js';
import { type Ask, startQuestionWorker, WorkerLost } from './question-worker.js';

/** What the worker is asked: the files of a model. */
export interface EmitQuestion {
  model: BatchErrorModel;
  regenerateCommand: string;
}

const workerCode = fileURLToPath(new URL('./emit-worker.js', import.meta.url));

let ask: Ask<EmitQuestion, GeneratedFile[]> | undefined;

/** Starts the emitters' worker now, so that ts-morph is loaded when the model is ready. */
export function startEmitter(code = workerCode): void {
  ask ??= startQuestionWorker<EmitQuestion, GeneratedFile[]>(code);
}

let started: { model: BatchErrorModel; regenerateCommand: string; files: Promise<GeneratedFile[]> } | undefined;

/** Starts emitting `model` now; the `emitFiles` call for the same model and command then waits for these files. The model must not change in between. */
export function startEmitting(model: BatchErrorModel, regenerateCommand: string): void {
  const files = emitFiles(model, regenerateCommand);
  // A failure is the caller's when it asks for the files; a run that stops before then never asks.
  files.catch(() => undefined);
  started = { model, regenerateCommand, files };
}

/** Ends the emitters' worker and forgets what it was asked: a run that stops early must not wait for files it will not write. */
export function stopEmitting(): void {
  started = undefined;
  ask?.stop();
  ask = undefined;
}

/** The generated files of `model`, from the worker when one was started, else from this thread. */
export async function emitFiles(model: BatchErrorModel, regenerateCommand: string): Promise<GeneratedFile[]> {
  if (started?.model === model && started.regenerateCommand === regenerateCommand) {
    const { files } = started;
    started = undefined;
    return files;
  }
  if (ask) {
    try {
      return await ask({ model, regenerateCommand });
    } catch (error) {
      if (!(error instanceof WorkerLost)) throw error;
      ask = undefined;
    }
  }
  const { emitPackages } = await import('./emit/index.js');
  return emitPackages(model, { regenerateCommand });
}
