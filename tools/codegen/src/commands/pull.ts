/**
 * `pull`: the English pages of an upstream docs repository, written over the
 * docs folder byte for byte, with a record of where each came from, and the
 * report of what changed.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  // Everything is tried on a copy first: a page the generator refuses leaves the docs folder as it was.
  const trial = await mkdtemp(path.join(tmpdir(), 'batch-errors-pull-'));
  try {
    await cp(docsDir, trial, { recursive: true });
    const writes: { target: string; bytes: Uint8Array | string }[] = [];
    for (const page of pulled.pages) {
      const target = path.join(sourceLocale, page.spec.fileName);
      const current = await readFile(path.join(docsDir, target)).catch(() => undefined);
      if (!current?.equals(page.bytes)) writes.push({ target, bytes: page.bytes });
      record[`${sourceLocale}/${page.spec.fileName}`] = page.revision;
      if (page.renamedFrom !== undefined) {
        io.stderr(
          `batch-errors-codegen: ${page.spec.fileName} was found at ${page.revision.path}, renamed from ${page.renamedFrom}; add the new path to upstreamPaths in tools/codegen/src/documents.ts.`,
        );
      }
    }
    for (const missing of pulled.missing) {
      io.stderr(
        `${label}/${sourceLocale}/${missing.spec.fileName}:1:1: warning: Expected the page in ${pulled.repository} at ${pulled.commit.slice(0, 12)}, at ${missing.lookedFor.join(', ')}, found none; kept as it is [upstream-page-missing]`,
      );
    }
    const newRecordText = formatUpstreamRecord(record);
    if (newRecordText !== recordText && (recordText !== undefined || pulled.pages.length > 0))
      writes.push({ target: upstreamRecordFileName, bytes: newRecordText });
    for (const { target, bytes } of writes) {
      await mkdir(path.dirname(path.join(trial, target)), { recursive: true });
      await writeFile(path.join(trial, target), bytes);
    }

    const compared = await compareDocs(docsDir, trial, {
      from: `${label} before the pull`,
      to: `${label} at ${pulled.repository} ${pulled.commit.slice(0, 12)}`,
      fromLabel: label,
      toLabel: label,
    });
    if (compared.failing) {
      await printErrorsOnly(compared.failing, values.reporter, io);
      io.stderr(`batch-errors-codegen: the pulled pages have errors; ${label} was left as it was.`);
      return 1;
    }
    for (const { target, bytes } of writes) {
      await mkdir(path.dirname(path.join(docsDir, target)), { recursive: true });
      await writeFileAtomic(path.join(docsDir, target), bytes);
    }
    await printChangeReport(compared.report, values, io);
    return 0;
  } finally {
    await rm(trial, { recursive: true, force: true });
  }
}
