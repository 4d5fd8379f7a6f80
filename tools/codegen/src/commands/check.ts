/**
 * `check`: whether the generated folders and the translations lock are what
 * `generate` would write. Reads only (but for its up-to-date record in
 * node_modules/.cache).
 */
import path from 'node:path';
import { docsLabel } from '../read.js';
import { plural } from '../words.js';
import type { CommandModule, Io } from './context.js';
import { addGenerationOptions, type GenerationOptions, runGeneration } from './generation.js';

export interface CheckOptions extends GenerationOptions {
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
    addGenerationOptions(command)
      .description('exit 1 and list the generated files that are stale, missing or orphaned, and a stale translations lock; writes nothing')
      .option('--json', 'print the result as JSON', false)
      .action(async (options: CheckOptions) =>
        exit(
          await runGeneration(options, io, {
            upToDate(record) {
              printResult({ ...emptyResult, upToDate: true, generatedFiles: record.generatedFiles }, options, io);
              return 0;
            },
            async planned({ plan, generatedCount, lockIsCurrent, lockPath, folders, record }) {
              const { isUpToDate } = await import('../write.js');
              const { shownPath } = await import('./output.js');
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
              if (!result.upToDate) return 1;
              await record();
              return 0;
            },
          }),
        ),
      );
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
