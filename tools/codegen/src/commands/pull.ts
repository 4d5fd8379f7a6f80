/**
 * `pull`: the English pages of an upstream docs repository, written over the
 * docs folder byte for byte, with a record of where each came from, and the
 * report of what changed.
 */
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { hasErrors } from '../diagnostics.js';
import { compareDocs } from '../diff/compare-docs.js';
import { sourceLocale } from '../documents.js';
import { PullError, type PullResult, pullPages } from '../pull.js';
import { docsLabel } from '../read.js';
import { formatProblems, type ReportFormat } from '../print-problems.js';
import { writeFileAtomic } from '../write.js';
import { formatUpstreamRecord, parseUpstreamRecord, upstreamRecordFileName } from '../upstream.js';
import { type CommandModule, type Io, printErrorsOnly } from './context.js';
import { addReportOutputOptions, printChangeReport, type ReportOutputOptions } from './report-output.js';
import { Option } from 'commander';

export interface PullOptions extends ReportOutputOptions {
  docs: string;
  from: string;
  ref?: string;
  reporter: ReportFormat;
}

export const pullCommand: CommandModule = {
  name: 'pull',
  define(command, { io, exit }) {
    addReportOutputOptions(
      command
        .description(
          'write the English pages of an upstream docs repository (a local clone, or anything git clone accepts) at a ref over <docs>/en-us, record where they came from in <docs>/upstream.json, and print what changed, as diff does',
        )
        .requiredOption('--from <repository>', 'the upstream docs repository')
        .option('--ref <ref>', 'the commit, branch or tag to take the pages from (default: the newest commit)')
        .option('--docs <dir>', 'docs folder', 'docs-source')
        .addOption(new Option('--reporter <name>', 'how docs errors are printed').choices(['compact', 'unified']).default('compact')),
    ).action(async (options: PullOptions) => exit(await runPull(options, io)));
  },
};

/** Writes the upstream English pages over docs/en-us, records where they came from, and prints what changed. */
async function runPull(values: PullOptions, io: Io): Promise<number> {
  const docsDir = path.resolve(values.docs);
  const label = docsLabel(docsDir);
  let pulled: PullResult;
  try {
    pulled = await pullPages(values.from, values.ref);
  } catch (error) {
    if (!(error instanceof PullError)) throw error;
    io.stderr(`batch-errors-codegen: ${error.message}; nothing was written.`);
    return 1;
  }
  const recordPath = path.join(docsDir, upstreamRecordFileName);
  const recordText = await readFile(recordPath, 'utf8').catch(() => undefined);
  const recordFile = new VFile({ path: `${label}/${upstreamRecordFileName}` });
  const record = recordText === undefined ? {} : parseUpstreamRecord(recordText, recordFile);
  if (hasErrors([recordFile])) {
    io.stderr(formatProblems([recordFile], { color: io.color ?? false }));
    io.stderr('batch-errors-codegen: fix or remove the record; nothing was written.');
    return 1;
  }
  const before = await mkdtemp(path.join(tmpdir(), 'batch-errors-pull-'));
  try {
    await cp(docsDir, before, { recursive: true });
    for (const page of pulled.pages) {
      const target = path.join(docsDir, sourceLocale, page.spec.fileName);
      const current = await readFile(target).catch(() => undefined);
      if (!current?.equals(page.bytes)) {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, page.bytes);
      }
      record[`${sourceLocale}/${page.spec.fileName}`] = page.revision;
      if (page.renamedFrom !== undefined) {
        io.stderr(
          `batch-errors-codegen: ${page.spec.fileName} was found at ${page.revision.path}, renamed from ${page.renamedFrom}; add the new path to upstreamPaths in tools/codegen/src/documents.ts.`,
        );
      }
    }
    for (const missing of pulled.missing) {
      io.stderr(
        `${label}/${sourceLocale}/${missing.spec.fileName}:1:1: warning: Expected the page in ${values.from} at ${pulled.commit.slice(0, 12)}, at ${missing.lookedFor.join(', ')}, found none; kept as it is [upstream-page-missing]`,
      );
    }
    const newRecordText = formatUpstreamRecord(record);
    if (newRecordText !== recordText && (recordText !== undefined || pulled.pages.length > 0)) await writeFileAtomic(recordPath, newRecordText);

    const compared = await compareDocs(before, docsDir, {
      from: `${label} before the pull`,
      to: `${label} at ${values.from} ${pulled.commit.slice(0, 12)}`,
      fromLabel: label,
      toLabel: label,
    });
    if (compared.failing) {
      await printErrorsOnly(compared.failing, values.reporter, io);
      return 1;
    }
    await printChangeReport(compared.report, values, io);
    return 0;
  } finally {
    await rm(before, { recursive: true, force: true });
  }
}
