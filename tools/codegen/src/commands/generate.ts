/**
 * `generate`: the docs to the packages' generated folders and the translations lock.
 */
import { plural } from '../words.js';
import { type CommandModule, printOutputProblems } from './context.js';
import { addGenerationOptions, runGeneration } from './generation.js';

export const generateCommand: CommandModule = {
  name: 'generate',
  define(command, { io, exit }) {
    addGenerationOptions(command)
      .description("regenerate the packages' src/generated/ folders and the translations lock from the docs")
      .action(async (options) =>
        exit(
          await runGeneration(options, io, {
            upToDate(record) {
              io.stdout(summary(0, record.generatedFiles, 0, record.problemCount));
              return 0;
            },
            async planned({ plan, lockIsCurrent, lockPath, lockText, loaded, folders, timings, record }) {
              const { applyPlan, writeFileAtomic } = await import('../write.js');
              const { countProblems } = await import('../print-problems.js');
              const writeProblems = await timings.measure('write', () => applyPlan(folders.packagesDir, plan));
              if (writeProblems.length > 0) {
                await printOutputProblems(writeProblems, 'no generated folder was left half written', io);
                return 1;
              }
              // The lock follows the docs as the generated files do; stale translations stay stale in it.
              if (!lockIsCurrent) await writeFileAtomic(lockPath, lockText);
              const written = plan.stale.length + plan.missing.length + (lockIsCurrent ? 0 : 1);
              io.stdout(summary(written, plan.unchanged, plan.orphaned.length, countProblems(loaded.files)));
              await record(lockIsCurrent ? undefined : lockText);
              return 0;
            },
          }),
        ),
      );
  },
};

function summary(written: number, unchanged: number, removed: number, problemCount: string): string {
  return `batch-errors-codegen: ${plural(written, 'file')} written, ${unchanged} unchanged, ${removed} removed (${problemCount}).`;
}
