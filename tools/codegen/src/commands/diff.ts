/**
 * `diff`: what changed in the taxonomy between two revisions of the docs, and
 * the release it calls for; with `--changeset`, the changesets for it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { changesetsOf } from '../diff/changeset.js';
import { compareDocs } from '../diff/compare-docs.js';
import { docsAtRef } from '../diff/git.js';
import { docsLabel } from '../read.js';
import { plural } from '../words.js';
import { writeFileAtomic } from '../write.js';
import { type CommandModule, printErrorsOnly, type Io } from './context.js';
import { addReportOutputOptions, printChangeReport, type ReportOutputOptions } from './report-output.js';
import type { ReportFormat } from '../print-problems.js';

export interface DiffOptions extends ReportOutputOptions {
  docs: string;
  base?: string;
  changeset: boolean;
  changesetDir: string;
  failOn?: 'breaking';
  reporter: ReportFormat;
}

export const diffCommand: CommandModule = {
  name: 'diff',
  define(command, context) {
    addReportOutputOptions(
      command
        .description(
          'compare the docs at a git ref (--base) with the docs folder, or two docs folders: what changed in the taxonomy, and the release it calls for',
        )
        .argument('[folders...]', 'two docs folders, old then new, instead of --base')
        .option('--docs <dir>', 'docs folder compared with its state at --base', 'docs-source')
        .option('--base <git-ref>', 'compare the docs folder with its state at this git ref')
        .option('--changeset', 'write one .changeset/*.md per package and change, once per change', false)
        .option('--changeset-dir <dir>', 'where changesets go', '.changeset')
        .addOption(new Option('--fail-on <what>', 'exit 1 when a package needs a major release').choices(['breaking']))
        .addOption(new Option('--reporter <name>', 'how docs errors are printed').choices(['compact', 'unified']).default('compact')),
    ).action(async (folders: string[], options: DiffOptions) => {
      const byFolders = folders.length === 2 && options.base === undefined;
      if (!byFolders && !(folders.length === 0 && options.base !== undefined)) {
        command.error('error: diff needs --base <git-ref>, or two docs folders', { exitCode: 2 });
      }
      context.exit(await runDiff(folders, options, byFolders, context.io));
    });
  },
};

async function runDiff(folders: readonly string[], options: DiffOptions, byFolders: boolean, io: Io): Promise<number> {
  const docsDir = path.resolve(options.docs);
  let temporary: string | undefined;
  let sides: { fromDir: string; toDir: string; from: string; to: string; fromLabel: string };
  if (byFolders) {
    const [fromDir, toDir] = [path.resolve(folders[0] ?? ''), path.resolve(folders[1] ?? '')];
    sides = { fromDir, toDir, from: docsLabel(fromDir), to: docsLabel(toDir), fromLabel: docsLabel(fromDir) };
  } else {
    try {
      temporary = await docsAtRef(options.base ?? '', docsDir);
    } catch (error) {
      io.stderr(`batch-errors-codegen: cannot read ${docsLabel(docsDir)} at "${options.base}": ${firstLine(error)}`);
      return 1;
    }
    sides = {
      fromDir: temporary,
      toDir: docsDir,
      from: `${docsLabel(docsDir)} at ${options.base}`,
      to: `${docsLabel(docsDir)} in the working tree`,
      fromLabel: docsLabel(docsDir),
    };
  }
  try {
    const compared = await compareDocs(sides.fromDir, sides.toDir, {
      from: sides.from,
      to: sides.to,
      fromLabel: sides.fromLabel,
      toLabel: docsLabel(sides.toDir),
    });
    if (compared.failing) {
      await printErrorsOnly(compared.failing, options.reporter, io);
      return 1;
    }
    const { report } = compared;
    await printChangeReport(report, options, io);
    if (options.changeset) await writeChangesets(report, options.changesetDir, io);
    return options.failOn === 'breaking' && report.breaking ? 1 : 0;
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}

/** Writes each changeset not there yet; one already there is the same change, written by an earlier run. */
async function writeChangesets(report: Parameters<typeof changesetsOf>[0], folder: string, io: Io): Promise<void> {
  const changesets = changesetsOf(report);
  if (changesets.length === 0) io.stderr('batch-errors-codegen: no package needs a release; no changeset written.');
  let already = 0;
  for (const changeset of changesets) {
    const target = path.join(folder, changeset.fileName);
    const written = await writeFileAtomic(target, changeset.text, { exclusive: true });
    if (written) io.stderr(`batch-errors-codegen: wrote ${target}.`);
    else already++;
  }
  if (already > 0) io.stderr(`batch-errors-codegen: ${plural(already, 'changeset')} already there for these changes; not written again.`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
