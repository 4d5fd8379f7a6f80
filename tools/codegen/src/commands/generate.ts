/**
 * `generate`: the docs to the packages' generated folders and the translations lock.
 */
import path from 'node:path';
import { Timings } from '../timings.js';
import { inputsDigest, presentationOf, readMatchingRecord, recordUpToDate } from '../up-to-date.js';
import { plural } from '../words.js';
import { addDocsOptions, type CommandModule, type DocsOptions, printOutputProblems, readDocs } from './context.js';

export interface GenerateOptions extends DocsOptions {
  packages: string;
  timings: boolean;
  cache: boolean;
}

export const generateCommand: CommandModule = {
  name: 'generate',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description("regenerate the packages' src/generated/ folders and the translations lock from the docs")
      .option('--packages <dir>', 'the packages folder the generated folders are in', 'packages')
      .option('--timings', 'print the time spent in each stage and the peak memory (always a full run)', false)
      .option('--no-cache', 'read, parse and emit everything: no up-to-date record, no page cache')
      .action(async (options: GenerateOptions) => {
        const folders = { docsDir: path.resolve(options.docs), packagesDir: path.resolve(options.packages) };
        const presentation = presentationOf({ strict: options.strict, reporter: options.reporter, color: io.color ?? false });
        // An unchanged tree: nothing to write, as the record of the last up-to-date run shows.
        const record = options.cache && !options.timings ? await readMatchingRecord(folders) : undefined;
        const printed = record?.printed[presentation];
        if (record && printed !== undefined) {
          if (printed) io.stderr(printed);
          io.stdout(summary(0, record.generatedFiles, 0, record.problemCount));
          return exit(0);
        }

        const inputsBefore = await inputsDigest(folders);
        const timings = new Timings();
        const loaded = await readDocs(options, io, { timings, cache: options.cache });
        if (!loaded) return exit(1);
        const { planGeneration } = await import('./output.js');
        const { applyPlan, writeFileAtomic } = await import('../write.js');
        const { countProblems } = await import('../print-problems.js');
        const { plan, generatedCount, lockIsCurrent, lockPath, lockText } = await planGeneration(loaded, folders.packagesDir, timings);
        if (plan.problems.length > 0) {
          await printOutputProblems(plan.problems, 'nothing was written', io);
          return exit(1);
        }
        const writeProblems = await timings.measure('write', () => applyPlan(folders.packagesDir, plan));
        if (writeProblems.length > 0) {
          await printOutputProblems(writeProblems, 'no generated folder was left half written', io);
          return exit(1);
        }
        // The lock follows the docs as the generated files do; stale translations stay stale in it.
        if (!lockIsCurrent) await writeFileAtomic(lockPath, lockText);
        if (options.timings) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
        const written = plan.stale.length + plan.missing.length + (lockIsCurrent ? 0 : 1);
        const problemCount = countProblems(loaded.files);
        io.stdout(summary(written, plan.unchanged, plan.orphaned.length, problemCount));
        if (options.cache) await recordUpToDate(folders, inputsBefore, { generatedFiles: generatedCount, problemCount, presentation, printed: loaded.printed });
        exit(0);
      });
  },
};

function summary(written: number, unchanged: number, removed: number, problemCount: string): string {
  return `batch-errors-codegen: ${plural(written, 'file')} written, ${unchanged} unchanged, ${removed} removed (${problemCount}).`;
}
