/**
 * What `check` and `generate` share: their options, the docs folder read
 * once, the answer from the up-to-date record when nothing changed, else the
 * full run to a plan of what `generate` writes, and the record of an
 * up-to-date result. Each command says only what it does with the plan.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { DocsFolder } from '../docs-folder.js';
import type { BatchErrorModel } from '../model.js';
import { Timings } from '../timings.js';
import type { Folders, UpToDateRecord } from '../up-to-date.js';
import { addDocsOptions, type DocsOptions, type Io, type LoadedDocs, loadDocsForCommand, printOutputProblems } from './context.js';
import type { PlannedOutput } from './output.js';

export interface GenerationOptions extends DocsOptions {
  packages: string;
  timings: boolean;
  cache: boolean;
}

/** What a generation command does at each outcome; each returns the exit code. */
export interface GenerationSteps<Options extends GenerationOptions> {
  /** The tree is as the record of an earlier run left it: print what that run would print now. */
  upToDate(record: UpToDateRecord, options: Options): number;
  /** The full run's plan, with nothing wrong in the output folder; `record(lockWritten)` records an up-to-date tree. */
  planned(run: PlannedRun, options: Options): Promise<number>;
}

export interface PlannedRun extends PlannedOutput {
  loaded: LoadedDocs;
  folders: Folders;
  timings: Timings;
  /** Records that the tree is up to date now (`lockWritten`: the lock text the run wrote, if it wrote one). */
  record(lockWritten?: string): Promise<void>;
}

/** The options of `check` and `generate`. */
export function addGenerationOptions(command: Command): Command {
  return addDocsOptions(command)
    .option('--packages <dir>', 'the packages folder the generated folders are in', 'packages')
    .option('--timings', 'print the time spent in each stage and the peak memory (always a full run)', false)
    .option('--no-cache', 'read, parse and emit everything: no up-to-date record, no page cache');
}

/** Runs a generation command to its exit code. */
export async function runGeneration<Options extends GenerationOptions>(options: Options, io: Io, steps: GenerationSteps<Options>): Promise<number> {
  const [{ readDocsFolder }, { presentationOf, readMatchingRecord, recordUpToDate }] = await Promise.all([
    import('../docs-folder.js'),
    import('../up-to-date.js'),
  ]);
  const folders = { docsDir: path.resolve(options.docs), packagesDir: path.resolve(options.packages) };
  const presentation = presentationOf({ strict: options.strict, reporter: options.reporter, color: io.color ?? false, quiet: options.quiet === true });
  const timings = new Timings();
  const folder: DocsFolder = await timings.measure('read', () => readDocsFolder(folders.docsDir));
  // An unchanged tree: the record of the last up-to-date run answers, with the problems it printed.
  const record = options.cache && !options.timings ? await readMatchingRecord(folders, folder) : undefined;
  const printed = record?.printed[presentation];
  if (record && printed !== undefined) {
    if (printed) io.stderr(printed);
    return steps.upToDate(record, options);
  }

  // It will emit: ts-morph loads on another core while the docs are read, and emitting starts while the speller still answers.
  const [{ startEmitter, startEmitting, stopEmitting }, { planGeneration, regenerateCommandFor }] = await Promise.all([
    import('../emit-thread.js'),
    import('./output.js'),
  ]);
  startEmitter();
  const modelReady = (model: BatchErrorModel) => startEmitting(model, regenerateCommandFor(folder.label));
  const loaded = await loadDocsForCommand(options, io, { folder, timings, cache: options.cache, modelReady });
  if (!loaded) {
    // Emitting may have started before the speller's findings failed the run (--strict).
    stopEmitting();
    return 1;
  }
  const planned = await planGeneration(loaded, folders.packagesDir, timings);
  if (planned.plan.problems.length > 0) {
    await printOutputProblems(planned.plan.problems, 'nothing was written', io);
    return 1;
  }
  const { countProblems } = await import('../print-problems.js');
  const recordIfCaching = async (lockWritten?: string) => {
    if (!options.cache) return;
    await recordUpToDate(folders, folder, {
      generatedFiles: planned.generatedCount,
      problemCount: countProblems(loaded.files),
      presentation,
      printed: loaded.printed,
      ...(lockWritten === undefined ? {} : { lockWritten }),
    });
  };
  const code = await steps.planned({ ...planned, loaded, folders, timings, record: recordIfCaching }, options);
  if (options.timings) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
  return code;
}
