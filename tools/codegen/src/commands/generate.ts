/**
 * `generate`: the docs to the packages' generated folders and the translations lock.
 */
import path from 'node:path';
import { countProblems } from '../print-problems.js';
import { plural } from '../words.js';
import { Timings } from '../timings.js';
import { applyPlan, writeFileAtomic } from '../write.js';
import { addDocsOptions, type CommandModule, type DocsOptions, printOutputProblems, readDocs } from './context.js';
import { planGeneration } from './output.js';

export interface GenerateOptions extends DocsOptions {
  packages: string;
  timings: boolean;
}

export const generateCommand: CommandModule = {
  name: 'generate',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description("regenerate the packages' src/generated/ folders and the translations lock from the docs")
      .option('--packages <dir>', 'the packages folder the generated folders are in', 'packages')
      .option('--timings', 'print the time spent in each stage and the peak memory', false)
      .action(async (options: GenerateOptions) => {
        const timings = new Timings();
        const loaded = await readDocs(options, io, { timings });
        if (!loaded) return exit(1);
        const { plan, lockIsCurrent, lockPath, lockText } = await planGeneration(loaded, path.resolve(options.packages), timings);
        if (plan.problems.length > 0) {
          printOutputProblems(plan.problems, 'nothing was written', io);
          return exit(1);
        }
        const writeProblems = await timings.measure('write', () => applyPlan(path.resolve(options.packages), plan));
        if (writeProblems.length > 0) {
          printOutputProblems(writeProblems, 'no generated folder was left half written', io);
          return exit(1);
        }
        // The lock follows the docs as the generated files do; stale translations stay stale in it.
        if (!lockIsCurrent) await writeFileAtomic(lockPath, lockText);
        if (options.timings) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
        const written = plan.stale.length + plan.missing.length + (lockIsCurrent ? 0 : 1);
        io.stdout(
          `batch-errors-codegen: ${plural(written, 'file')} written, ${plan.unchanged} unchanged, ${plan.orphaned.length} removed (${countProblems(loaded.files)}).`,
        );
        exit(0);
      });
  },
};
