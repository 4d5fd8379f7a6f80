/**
 * `check`: whether the generated folders and the translations lock are what
 * `generate` would write. Reads only.
 */
import path from 'node:path';
import { docsLabel } from '../read.js';
import { plural } from '../words.js';
import { Timings } from '../timings.js';
import { isUpToDate } from '../write.js';
import { addDocsOptions, type CommandModule, type DocsOptions, printOutputProblems, readDocs } from './context.js';
import { planGeneration, shownPath } from './output.js';

export interface CheckOptions extends DocsOptions {
  packages: string;
  timings: boolean;
  json: boolean;
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
      .option('--timings', 'print the time spent in each stage and the peak memory', false)
      .option('--json', 'print the result as JSON', false)
      .action(async (options: CheckOptions) => {
        const timings = new Timings();
        const loaded = await readDocs(options, io, { timings });
        if (!loaded) return exit(1);
        const packagesDir = path.resolve(options.packages);
        const { plan, generatedCount, lockIsCurrent, lockPath } = await planGeneration(loaded, packagesDir, timings);
        if (plan.problems.length > 0) {
          printOutputProblems(plan.problems, 'nothing was written', io);
          return exit(1);
        }
        if (options.timings) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
        const inPackages = (file: string) => shownPath(path.join(packagesDir, file));
        const result: CheckResult = {
          upToDate: isUpToDate(plan) && lockIsCurrent && plan.debris.length === 0,
          generatedFiles: generatedCount,
          stale: plan.stale.map((file) => inPackages(file.path)),
          missing: plan.missing.map((file) => inPackages(file.path)),
          orphaned: plan.orphaned.map(inPackages),
          debris: plan.debris.map(inPackages),
          ...(lockIsCurrent ? {} : { staleLock: docsLabel(lockPath) }),
        };
        if (options.json) io.stdout(JSON.stringify(result, null, 2));
        else if (result.upToDate) io.stdout(`batch-errors-codegen: ${plural(generatedCount, 'generated file')} up to date.`);
        else {
          for (const file of result.stale) io.stdout(`stale: ${file}`);
          for (const file of result.missing) io.stdout(`missing: ${file}`);
          for (const file of result.orphaned) io.stdout(`orphaned: ${file}`);
          for (const file of result.debris) io.stdout(`debris: ${file} (left by an interrupted or running generate; the next generate removes it)`);
          if (!isUpToDate(plan)) io.stdout('batch-errors-codegen: generated files are out of date; run `pnpm exec batch-errors-codegen generate`.');
          if (result.staleLock) io.stdout(`stale: ${result.staleLock}; run \`pnpm exec batch-errors-codegen generate\`.`);
        }
        exit(result.upToDate ? 0 : 1);
      });
  },
};
