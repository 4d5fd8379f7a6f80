/**
 * `batch-errors-codegen <command>`: the generator's command line.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from './diagnostics.js';
import { changesetOf } from './diff/changeset.js';
import { compareModels } from './diff/compare.js';
import { docsAtRef } from './diff/git.js';
import { comparePages } from './diff/pages.js';
import { proposeRelease } from './diff/release.js';
import { type DiffReport, renderMarkdown } from './diff/report.js';
import { emitPackages, generatedPackages } from './emit/index.js';
import { loadModel } from './load.js';
import { docsLabel } from './read.js';
import { formatReport, plural, type ReportFormat, summarize } from './report.js';
import { Timings } from './timings.js';
import { formatLock, type LocaleCoverage, lockFileName, updateLock } from './translations.js';
import { applyPlan, isUpToDate, planOutput, writeFileAtomic } from './write.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal that shows colors. */
  color?: boolean;
}

const usage = `Usage: batch-errors-codegen <command> [options]

Commands:
  generate                 Regenerate the packages' src/generated/ folders from the docs
  check                    Exit 1 and list stale, missing and orphaned generated files; writes nothing
  model                    Print the model read from the docs, as JSON
  diff --base <git-ref>    Compare the docs at a git ref with the docs folder: what changed
                           in the taxonomy, and the release it calls for
  diff <old-dir> <new-dir> The same for two docs folders
  translations             Record which English text each translated row translates
                           (docs-source/translations.lock.json) and print each locale's coverage

Options:
  --docs <dir>        Docs folder, one subfolder per locale (default: docs-source)
  --out <path>        generate, check: packages folder (default: packages);
                      diff: write the report to this file instead of stdout
  --strict            Treat warnings as errors
  --timings           Print the time spent in each stage (read, parse, model, emit, write)
  --reporter <name>   compact (default: path:line:column: severity: message [rule]) or unified (vfile-reporter)
  -h, --help          Show this help

Options of translations:
  --check             Exit 1 when the lock file is not up to date; write nothing
  --accept <locale>   Mark every translated row of a locale as up to date (repeatable)

Options of diff:
  --json              Print the report as JSON instead of Markdown
  --changeset         Write a .changeset/*.md with the proposed bumps (once per change)
  --changeset-dir <d> Where changesets go (default: .changeset)
  --fail-on breaking  Exit 1 when a package needs a major release
  --link-base <url>   Prefix for source links in the report (default: relative paths)
`;

const processIo: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  color: process.stderr.isTTY === true && process.env['NO_COLOR'] === undefined,
};

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      docs: { type: 'string', default: 'docs-source' },
      out: { type: 'string' },
      base: { type: 'string' },
      json: { type: 'boolean', default: false },
      changeset: { type: 'boolean', default: false },
      'changeset-dir': { type: 'string', default: '.changeset' },
      'fail-on': { type: 'string' },
      'link-base': { type: 'string' },
      check: { type: 'boolean', default: false },
      accept: { type: 'string', multiple: true, default: [] },
      strict: { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
      reporter: { type: 'string', default: 'compact' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** Runs one command; resolves to the process exit code (0 ok, 1 problems or stale files, 2 usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (command === 'diff') return runDiff(values, extra, io);
  if (!command || extra.length > 0 || !['generate', 'check', 'model', 'translations'].includes(command)) {
    io.stderr(`${command ? `Unknown command or extra arguments: ${positionals.join(' ')}` : 'Missing command'}\n\n${usage}`);
    return 2;
  }
  if (values.reporter !== 'compact' && values.reporter !== 'unified') {
    io.stderr(`Unknown reporter "${values.reporter}": expected compact or unified`);
    return 2;
  }
  const format: ReportFormat = values.reporter;
  const docsDir = path.resolve(values.docs);
  const outDir = path.resolve(values.out ?? 'packages');
  const timings = new Timings();

  const loaded = await loadModel(docsDir, { timings });
  const { model, files } = loaded;
  const report = formatReport(files, { strict: values.strict, format, color: io.color ?? false });
  if (report) io.stderr(report);
  const failed = !model || hasErrors(files, values.strict);
  if (failed) {
    io.stderr(`batch-errors-codegen: ${summarize(files, values.strict)}; nothing was written.`);
    return 1;
  }

  if (command === 'model') {
    io.stdout(JSON.stringify(model, null, 2));
    return 0;
  }

  const lockPath = path.join(docsDir, lockFileName);
  const { lock, coverage } = updateLock(model, loaded.lock, values.accept);
  const lockText = formatLock(lock);
  const lockIsCurrent = model.translations.length === 0 || (await readFile(lockPath, 'utf8').catch(() => '')) === lockText;
  if (command === 'translations') {
    io.stdout(formatCoverage(coverage));
    if (values.check) {
      if (lockIsCurrent) return 0;
      io.stdout(`stale: ${docsLabel(lockPath)}; run \`pnpm exec batch-errors-codegen translations\`.`);
      return 1;
    }
    if (!lockIsCurrent) await writeFileAtomic(lockPath, lockText);
    io.stdout(`batch-errors-codegen: ${docsLabel(lockPath)} ${lockIsCurrent ? 'unchanged' : 'written'}.`);
    return 0;
  }

  const generated = timings.measure('emit', () => emitPackages(model));
  const plan = await planOutput(outDir, generatedPackages, generated);
  const failedOn = (problems: typeof plan.problems, outcome: string) => {
    io.stderr(formatReport(problems, { format, color: io.color ?? false }));
    io.stderr(`batch-errors-codegen: ${summarize(problems)}; ${outcome}.`);
    return 1;
  };
  if (plan.problems.length > 0) return failedOn(plan.problems, 'nothing was written');
  if (command === 'check') {
    printTimings(io, values.timings, timings);
    if (isUpToDate(plan) && lockIsCurrent) {
      io.stdout(`batch-errors-codegen: ${plural(generated.length, 'generated file')} up to date.`);
      return 0;
    }
    const relative = (file: string) => path.relative(process.cwd(), path.join(outDir, file)).split(path.sep).join('/');
    for (const file of plan.stale) io.stdout(`stale: ${relative(file.path)}`);
    for (const file of plan.missing) io.stdout(`missing: ${relative(file.path)}`);
    for (const file of plan.orphaned) io.stdout(`orphaned: ${relative(file)}`);
    for (const file of plan.debris) io.stdout(`debris: ${relative(file)} (left by an interrupted or running generate; the next generate removes it)`);
    if (!isUpToDate(plan)) io.stdout('batch-errors-codegen: generated files are out of date; run `pnpm exec batch-errors-codegen generate`.');
    if (!lockIsCurrent) io.stdout(`stale: ${docsLabel(lockPath)}; run \`pnpm exec batch-errors-codegen translations\`.`);
    return 1;
  }

  const writeProblems = await timings.measure('write', () => applyPlan(outDir, plan));
  if (writeProblems.length > 0) return failedOn(writeProblems, 'no generated folder was left half written');
  printTimings(io, values.timings, timings);
  const written = plan.stale.length + plan.missing.length;
  io.stdout(`batch-errors-codegen: ${plural(written, 'file')} written, ${plan.unchanged} unchanged, ${plan.orphaned.length} removed (${summarize(files)}).`);
  return 0;
}

interface DiffValues {
  docs: string;
  out?: string | undefined;
  base?: string | undefined;
  json: boolean;
  changeset: boolean;
  'changeset-dir': string;
  'fail-on'?: string | undefined;
  'link-base'?: string | undefined;
  reporter: string;
}

async function runDiff(values: DiffValues, folders: readonly string[], io: Io): Promise<number> {
  if (values['fail-on'] !== undefined && values['fail-on'] !== 'breaking') {
    io.stderr(`Unknown --fail-on "${values['fail-on']}": expected breaking`);
    return 2;
  }
  const byFolders = folders.length === 2 && values.base === undefined;
  if (!byFolders && !(folders.length === 0 && values.base !== undefined)) {
    io.stderr(`diff needs --base <git-ref>, or two docs folders\n\n${usage}`);
    return 2;
  }
  const docsDir = path.resolve(values.docs);
  let fromDir: string;
  let toDir: string;
  let from: string;
  let to: string;
  let temporary: string | undefined;
  if (byFolders) {
    [fromDir, toDir] = [path.resolve(folders[0] ?? ''), path.resolve(folders[1] ?? '')];
    [from, to] = [docsLabel(fromDir), docsLabel(toDir)];
  } else {
    try {
      temporary = await docsAtRef(values.base ?? '', docsDir);
    } catch (error) {
      io.stderr(`Cannot read ${docsLabel(docsDir)} at "${values.base}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return 1;
    }
    [fromDir, toDir] = [temporary, docsDir];
    [from, to] = [`${docsLabel(docsDir)} at ${values.base}`, `${docsLabel(docsDir)} in the working tree`];
  }
  try {
    const before = await loadModel(fromDir, { label: byFolders ? docsLabel(fromDir) : docsLabel(docsDir) });
    const after = await loadModel(toDir);
    const failing = [...before.files, ...after.files].filter((file) => hasErrors([file]));
    if (!before.model || !after.model || failing.length > 0) {
      const errorsOnly = failing.map((file) => {
        file.messages = file.messages.filter((message) => message.fatal === true);
        return file;
      });
      io.stderr(formatReport(errorsOnly, { format: values.reporter === 'unified' ? 'unified' : 'compact', color: io.color ?? false }));
      io.stderr('batch-errors-codegen: the docs have errors; fix them before comparing.');
      return 1;
    }
    const changes = compareModels(before.model, after.model);
    const release = proposeRelease(changes, before.model, after.model);
    const report: DiffReport = {
      from,
      to,
      changes,
      pages: await comparePages(fromDir, toDir),
      release,
      breaking: release.some((entry) => entry.bump === 'major'),
    };
    const output = values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : renderMarkdown(report, values['link-base'] === undefined ? {} : { linkBase: values['link-base'] });
    if (values.out === undefined) io.stdout(output.trimEnd());
    else await writeFile(values.out, output);

    if (values.changeset) {
      const changeset = changesetOf(report);
      if (!changeset) io.stderr('batch-errors-codegen: no package needs a release; no changeset written.');
      else {
        const target = path.join(values['changeset-dir'], changeset.fileName);
        const written = await writeFileAtomic(target, changeset.text, { exclusive: true });
        io.stderr(written ? `batch-errors-codegen: wrote ${target}.` : `batch-errors-codegen: ${target} is already there for this change; nothing written.`);
      }
    }
    return values['fail-on'] === 'breaking' && report.breaking ? 1 : 0;
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}

function formatCoverage(coverage: readonly LocaleCoverage[]): string {
  const rows = [
    ['locale', 'translated', 'stale', 'missing'],
    ...coverage.map((entry) => [entry.locale, String(entry.translated), String(entry.stale), String(entry.missing)]),
  ];
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, column) => Math.max(max[column] ?? 0, cell.length)), []);
  const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
  for (const entry of coverage) for (const key of entry.staleRows) lines.push(`stale in ${entry.locale}: ${key}`);
  return lines.join('\n');
}

function printTimings(io: Io, enabled: boolean, timings: Timings): void {
  if (enabled) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
}
