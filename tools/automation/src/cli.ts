/**
 * `batch-errors-automation <command>`: what the GitHub workflows run, so that
 * each workflow is a few steps calling commands tested here. Every failure a
 * user can cause is one line; exit 2 for bad arguments.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { fitReport, githubTextLimit } from './comment.js';
import { runDocsReport } from './docs-report.js';
import { readSources, runUpstream, StepError, UsageError } from './upstream.js';

/** Where the commands print. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

function httpsUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`expected an https:// address, found "${value}"`);
  }
  if (url.protocol !== 'https:') throw new InvalidArgumentError(`expected an https:// address, found "${value}"`);
  return value;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new InvalidArgumentError(`expected a positive whole number, found "${value}"`);
  return number;
}

/** Runs one command; resolves to the exit code (0 done, 1 a step or file failed, 2 usage). Never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = new Command('batch-errors-automation')
    .description('The commands the GitHub workflows of this repository run.')
    .helpOption('-h, --help', 'show the help of the program or of a command')
    .showHelpAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text.trimEnd()), writeErr: (text) => io.stderr(text.trimEnd()) });

  program
    .command('comment-body')
    .description('fit a Markdown report into one pull request comment or body: cut at a line, with a link to the full report, when it is too long')
    .requiredOption('--report <file>', 'the report (Markdown)')
    .requiredOption('--full-report-url <url>', 'where the whole report is (the artifact of the run)', httpsUrl)
    .requiredOption('--out <file>', 'where the text goes')
    .option('--title <text>', 'a first line put before the report')
    .option('--limit <characters>', 'the most characters GitHub takes', positiveInteger, githubTextLimit)
    .allowExcessArguments(false)
    .action(async (options: { report: string; fullReportUrl: string; out: string; title?: string; limit: number }) => {
      const report = await readFile(options.report, 'utf8');
      const fitted = fitReport(report, {
        fullReportUrl: options.fullReportUrl,
        limit: options.limit,
        ...(options.title === undefined ? {} : { title: options.title }),
      });
      await writeFile(options.out, fitted.text);
      io.stderr(
        fitted.cut
          ? `batch-errors-automation: the report has ${report.length} characters; cut to ${fitted.text.length}, linking to the full report.`
          : `batch-errors-automation: the report fits (${fitted.text.length} characters).`,
      );
    });

  program
    .command('docs-report')
    .description('compare the docs folder with its state at --base (diff --base) into --report; when the docs have errors, the report quotes them instead')
    .requiredOption('--base <git-ref>', 'the commit the docs are compared with')
    .requiredOption('--report <file>', 'where the Markdown report goes')
    .option('--docs <dir>', 'docs folder', 'docs-source')
    .option('--link-base <url>', 'prefix for source links in the report', httpsUrl)
    .allowExcessArguments(false)
    .action(async (options: { base: string; report: string; docs: string; linkBase?: string }) => {
      if (options.base.startsWith('-')) throw new UsageError(`expected a git ref for --base, found "${options.base}"`);
      const outcome = await runDocsReport({
        base: options.base,
        report: options.report,
        docs: options.docs,
        ...(options.linkBase === undefined ? {} : { linkBase: options.linkBase }),
      });
      io.stderr(
        outcome === 'compared'
          ? `batch-errors-automation: wrote the report to ${options.report}.`
          : `batch-errors-automation: the docs have errors; the report in ${options.report} lists them.`,
      );
    });

  program
    .command('upstream')
    .description(
      'pull each docs repository of the sources file, pull-sdk each SDK repository, generate, and when a file changed, diff --changeset against the starting commit into --report',
    )
    .requiredOption('--sources <file>', 'the upstream repositories (JSON: { "docs": [{ "repository", "ref"? }], "sdk": [ … ] })')
    .requiredOption('--report <file>', 'where the Markdown report goes when something changed')
    .option('--docs <dir>', 'docs folder', 'docs-source')
    .option('--packages <dir>', 'the packages folder the generated folders are in', 'packages')
    .option('--changeset-dir <dir>', 'where changesets go', '.changeset')
    .option('--link-base <url>', 'prefix for source links in the report', httpsUrl)
    .option('--github-output <file>', 'append changed=true|false to this file (the step output file of GitHub Actions)')
    .allowExcessArguments(false)
    .action(
      async (options: { sources: string; report: string; docs: string; packages: string; changesetDir: string; linkBase?: string; githubOutput?: string }) => {
        const outcome = await runUpstream({
          sources: await readSources(options.sources),
          folders: { docs: options.docs, packages: options.packages, changesetDir: options.changesetDir },
          report: options.report,
          ...(options.linkBase === undefined ? {} : { linkBase: options.linkBase }),
          ...(options.githubOutput === undefined ? {} : { githubOutput: options.githubOutput }),
          log: io.stderr,
        });
        io.stdout(
          outcome.changed
            ? `Upstream changed the docs or the packages; the report is in ${options.report}.`
            : 'Nothing changed upstream; no pull request needed.',
        );
      },
    );

  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr(`batch-errors-automation: ${error.message}`);
      return 2;
    }
    if (error instanceof StepError) {
      io.stderr(`batch-errors-automation: ${error.message}; stopped there.`);
      return 1;
    }
    const failure = error as Partial<NodeJS.ErrnoException>;
    const detail =
      typeof failure.code === 'string' && failure.path
        ? `cannot ${failure.syscall ?? 'use'} ${failure.path}: ${failure.code}`
        : String(failure.message ?? error).split('\n')[0];
    io.stderr(`batch-errors-automation: ${detail}`);
    return 1;
  }
}
