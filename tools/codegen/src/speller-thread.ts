/**
 * The process's speller, started as soon as a page is known to need it: in a
 * worker where one can run, so its dictionary is built on another core while
 * this thread parses; in this thread otherwise, or once the worker is lost.
 * Either answers the same questions alike, in order.
 */
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { startQuestionWorker } from './question-worker.js';
import type { SpellFinding, Speller } from './speller.js';

/** What the worker is asked. */
export type SpellerQuestion = { kind: 'unknownWords'; words: string[] } | { kind: 'findings'; paragraphs: Root; path: string; text: string };

const workerCode = fileURLToPath(new URL('./speller-worker.js', import.meta.url));

/** A speller in a worker running `code`; undefined when there is no such code. Its questions reject with `WorkerLost` once it is lost. */
export function spellerInWorker(code = workerCode): Speller | undefined {
  const ask = startQuestionWorker<SpellerQuestion, string[] | SpellFinding[]>(code);
  if (!ask) return undefined;
  return {
    unknownWords: async (words) => (await ask({ kind: 'unknownWords', words: [...words] })) as string[],
    findings: async (paragraphs, path, text) => (await ask({ kind: 'findings', paragraphs, path, text })) as SpellFinding[],
  };
}

/** The speller of this thread; its modules (retext, the dictionary) start loading at once. */
function spellerHere(): Speller {
  const loaded = import('./speller.js').then((module) => module.spellerHere());
  // Started before any question: a failure to load is the first question's, never an unhandled rejection.
  loaded.catch(() => undefined);
  return {
    unknownWords: async (words) => (await loaded).unknownWords(words),
    findings: async (paragraphs, path, text) => (await loaded).findings(paragraphs, path, text),
  };
}

let shared: Speller | undefined;

/** The process's speller, started on first use. */
export function sharedSpeller(): Speller {
  shared ??= spellerInWorker() ?? spellerHere();
  return shared;
}

/** Starts the process's speller now, so that it is ready when a page asks. */
export function startSpeller(): void {
  sharedSpeller();
}

/** Replaces the process's speller with one in this thread (its worker was lost) and returns it. */
export function spellerInThisThread(): Speller {
  shared = spellerHere();
  return shared;
}
