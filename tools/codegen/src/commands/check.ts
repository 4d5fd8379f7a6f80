/**
 * `check`: whether the generated folders and the translations lock are what
 * `generate` would write. Reads only (but for its up-to-date record in
 * node_modules/.cache).
 */
import path from 'node:path';
import { docsLabel } from '../read.js';
import { Timings } from '../timings.js';
import { inputsDigest, presentationOf, readMatchingRecord, recordUpToDate } from '../up-to-date.js';
import { plural } from '../words.js';
import { addDocsOptions, type CommandModule, type DocsOptions, type Io, printOutputProblems, readDocs } from './context.js';

export interface CheckOptions extends DocsOptions {
  packages: string;
  timings: boolean;
  json: boolean;
  cache: boolean;
}

/** `check --json`: what a machine needs to act on. */
export interface CheckResult {
  upToDate: boolean;
  generatedFiles: number;
  stale: string[];
  missing: string[];
  orphaned: string[];
  /** What an interrupted or running generate left in the packages folder. */
  debris: string[];
  /** The translations lock, when it is not what generate writes. */
  staleLock?: string;
}

export const checkCommand: CommandModule = {
  name: 'check',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description('exit 1 and list the generated files that are stale, missing or orphaned, and a stale translations lock; writes nothing')
      .option('--packages <dir>', 'the packages folder the generated folders are in', 'packages')
      .option('--timings', 'print the time spent in each stage and the peak memory (always a full run)', false)
      .option('--json', 'print the result as JSON', false)
      .option('--no-cache', 'read, parse and emit everything: no up-to-date record, no page cache')
      .action(async (options: CheckOptions) => {
        const folders = { docsDir: path.resolve(options.docs), packagesDir: path.resolve(options.packages) };
        const presentation = presentationOf({ strict: options.strict, reporter: options.reporter, color: io.color ?? false });
        // An unchanged tree: the record of the last up-to-date run answers, with the problems it printed.
        const record = options.cache && !options.timings ? await readMatchingRecord(folders) : undefined;
        const printed = record?.printed[presentation];
        if (record && printed !== undefined) {
          if (printed) io.stderr(printed);
          printResult({ ...emptyResult, upToDate: true, generatedFiles: record.generatedFiles }, options, io);
          return exit(0);
        }

        const inputsBefore = await inputsDigest(folders);
        const timings = new Timings();
        const loaded = await readDocs(options, io, { timings, cache: options.cache });
        if (!loaded) return exit(1);
        const { planGeneration, shownPath } = await import('./output.js');
        const { isUpToDate } = await import('../write.js');
        const { plan, generatedCount, lockIsCurrent, lockPath } = await planGeneration(loaded, folders.packagesDir, timings);
        if (plan.problems.length > 0) {
          await printOutputProblems(plan.problems, 'nothing was written', io);
          return exit(1);
        }
        if (options.timings) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
        const inPackages = (file: string) => shownPath(path.join(folders.packagesDir, file));
        const result: CheckResult = {
          upToDate: isUpToDate(plan) && lockIsCurrent && plan.debris.length === 0,
          generatedFiles: generatedCount,
          stale: plan.stale.map((file) => inPackages(file.path)),
          missing: plan.missing.map((file) => inPackages(file.path)),
          orphaned: plan.orphaned.map(inPackages),
          debris: plan.debris.map(inPackages),
          ...(lockIsCurrent ? {} : { staleLock: docsLabel(lockPath) }),
        };
        printResult(result, options, io);
        if (result.upToDate && options.cache) {
          const { countProblems } = await import('../print-problems.js');
          await recordUpToDate(folders, inputsBefore, {
            generatedFiles: generatedCount,
            problemCount: countProblems(loaded.files),
            presentation,
            printed: loaded.printed,
          });
        }
        exit(result.upToDate ? 0 : 1);
      });
  },
};

const emptyResult: CheckResult = { upToDate: false, generatedFiles: 0, stale: [], missing: [], orphaned: [], debris: [] };

function printResult(result: CheckResult, options: CheckOptions, io: Io): void {
  if (options.json) io.stdout(JSON.stringify(result, null, 2));
  else if (result.upToDate) io.stdout(`batch-errors-codegen: ${plural(result.generatedFiles, 'generated file')} up to date.`);
  else {
    for (const file of result.stale) io.stdout(`stale: ${file}`);
    for (const file of result.missing) io.stdout(`missing: ${file}`);
    for (const file of result.orphaned) io.stdout(`orphaned: ${file}`);
    for (const file of result.debris) io.stdout(`debris: ${file} (left by an interrupted or running generate; the next generate removes it)`);
    if (result.stale.length + result.missing.length + result.orphaned.length + result.debris.length > 0)
      io.stdout('batch-errors-codegen: generated files are out of date; run `pnpm exec batch-errors-codegen generate`.');
    if (result.staleLock) io.stdout(`stale: ${result.staleLock}; run \`pnpm exec batch-errors-codegen generate\`.`);
  }
}
