/**
 * What every command of the command line gets: where to print, the options it
 * shares with the others, and the docs read with every problem printed.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { hasErrors } from '../diagnostics.js';
import type { DocsFolder } from '../docs-folder.js';
import type { LoadResult } from '../load.js';
import type { BatchErrorModel } from '../model.js';
import type { WorkerCount } from '../page-workers.js';
import type { ReportFormat } from '../print-problems.js';
import type { Timings } from '../timings.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal that shows colors. */
  color?: boolean;
}

/** What a command's action needs besides its options. */
export interface CommandContext {
  io: Io;
  /** Sets the process's exit code (0 ok, 1 problems or stale files, 2 usage). */
  exit(code: number): void;
}

/** A command of the command line: its name, and how it declares its arguments, options and action. */
export interface CommandModule {
  name: string;
  define(command: Command, context: CommandContext): void;
}

/** The options of every command that reads the docs. */
export interface DocsOptions {
  docs: string;
  strict: boolean;
  /** Leave out the warnings the baseline lists. */
  quiet?: boolean;
  reporter: ReportFormat;
  workers: WorkerCount;
}

/** More threads than any machine here has cores only share the same cores. */
const maxWorkers = 64;

export function addDocsOptions(command: Command): Command {
  return command
    .option('--docs <dir>', 'docs folder, one subfolder per locale', 'docs-source')
    .option('--strict', 'treat warnings as errors, except those in <docs>/problems.baseline.json and stale or missing translations', false)
    .option('--quiet', 'print only errors and the warnings <docs>/problems.baseline.json does not list', false)
    .addOption(
      new Option('--reporter <name>', 'how problems are printed: compact (path:line:column: severity: message [rule]) or unified (vfile-reporter)')
        .choices(['compact', 'unified'])
        .default('compact'),
    )
    .addOption(
      new Option('--workers <count>', 'threads that parse pages at once; 0 parses in this thread (default: one per core when the pages hold over 1 MB)')
        .argParser(workerCount)
        .default('auto' satisfies WorkerCount),
    );
}

function workerCount(value: string): WorkerCount {
  if (value === 'auto') return 'auto';
  if (/^[0-9]+$/.test(value) && Number(value) <= maxWorkers) return Number(value);
  throw new InvalidArgumentError(`Expected auto or a whole number from 0 to ${maxWorkers}, found ${JSON.stringify(value)}.`);
}

/** The docs loaded for a command: the folder as read, its model, and the problems as printed. */
export type LoadedDocs = LoadResult & { model: BatchErrorModel; folder: DocsFolder; printed: string };

/**
 * Loads the docs (the folder given, or `options.docs` read now) with their
 * problems printed; undefined (after saying why) when they have errors.
 */
export async function loadDocsForCommand(
  options: DocsOptions,
  io: Io,
  settings: { folder?: DocsFolder; timings?: Timings; strict?: boolean; cache?: boolean; modelReady?: (model: BatchErrorModel) => void } = {},
): Promise<LoadedDocs | undefined> {
  // Loaded on first use: a command answered from the up-to-date record never parses.
  const [{ loadModel }, { pageReadingSource }, { readDocsFolder }, { countProblems }] = await Promise.all([
    import('../load.js'),
    import('../page-sources.js'),
    import('../docs-folder.js'),
    import('../print-problems.js'),
  ]);
  const timings = settings.timings;
  const folder = settings.folder ?? (await readDocsFolder(options.docs));
  const source = pageReadingSource({ workers: options.workers, ...(settings.cache === false ? { cache: false } : {}), ...(timings ? { timings } : {}) });
  const strict = settings.strict ?? options.strict;
  const loaded = await loadModel(folder, {
    source,
    strict,
    ...(timings ? { timings } : {}),
    ...(settings.modelReady ? { modelReady: settings.modelReady } : {}),
  });
  const printed = await printProblems(loaded.files, { strict, known: loaded.known, format: options.reporter, hideKnown: options.quiet === true }, io);
  if (!loaded.model || hasErrors(loaded.files, strict, loaded.known)) {
    io.stderr(`batch-errors-codegen: ${countProblems(loaded.files, strict, loaded.known)}; nothing was written.`);
    return undefined;
  }
  return { ...loaded, model: loaded.model, folder, printed };
}

/** Prints the problems of `files`; resolves to what it printed. */
export async function printProblems(
  files: readonly VFile[],
  options: { strict?: boolean; known?: ReadonlySet<VFileMessage>; format?: ReportFormat; errorsOnly?: boolean; hideKnown?: boolean },
  io: Io,
): Promise<string> {
  const { formatProblems } = await import('../print-problems.js');
  const printed = formatProblems(files, { ...options, color: io.color ?? false });
  if (printed) io.stderr(printed);
  return printed;
}

/** Problems of the output folder (unreadable, locked, not writable): printed, with what was (not) done; exit 1. */
export async function printOutputProblems(problems: readonly VFile[], outcome: string, io: Io): Promise<void> {
  const { countProblems } = await import('../print-problems.js');
  await printProblems(problems, {}, io);
  io.stderr(`batch-errors-codegen: ${countProblems(problems)}; ${outcome}.`);
}

/** Only the errors, for commands that refuse docs with errors and are not about their warnings. */
export async function printErrorsOnly(failing: readonly VFile[], format: ReportFormat, io: Io): Promise<void> {
  await printProblems(failing, { format, errorsOnly: true }, io);
  io.stderr('batch-errors-codegen: the docs have errors; fix them before comparing.');
}
