/**
 * `batch-errors-codegen <command>`: the generator's command line.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { hasErrors } from './diagnostics.js';
import { baselineFileName, docsProblems, formatBaseline, problemKey } from './baseline.js';
import { changesetsOf } from './diff/changeset.js';
import { compareDocs } from './diff/compare-docs.js';
import { docsAtRef } from './diff/git.js';
import { renderMarkdown } from './diff/report.js';
import { emitPackages, generatedPackages } from './emit/index.js';
import { defaultRegenerateCommand } from './emit/typescript.js';
import { sourceLocale } from './documents.js';
import { loadModel } from './load.js';
import { PullError, type PullResult, pullPages } from './pull.js';
import { docsLabel } from './read.js';
import { formatReport, plural, type ReportFormat, summarize } from './report.js';
import { Timings } from './timings.js';
import { formatLock, type LocaleCoverage, lockFileName, updateLock } from './translations.js';
import { formatUpstreamRecord, parseUpstreamRecord, upstreamRecordFileName } from './upstream.js';
import { applyPlan, isUpToDate, planOutput } from './write.js';

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
  pull --from <repository> [--ref <ref>]
                           Write the English pages of an upstream docs repository (a local
                           clone or anything git clone accepts) at a ref (default: its newest
                           commit) over docs/en-us, record where they came from in
                           docs/upstream.json, and print what changed, as diff does
  baseline                 Record every warning the docs have now as known problems
                           (docs/problems.baseline.json); --strict fails only on others
  translations             Record which English text each translated row translates
                           (docs-source/translations.lock.json) and print each locale's coverage

Options:
  --docs <dir>        Docs folder, one subfolder per locale (default: docs-source)
  --out <path>        generate, check: packages folder (default: packages);
                      diff: write the report to this file instead of stdout
  --strict            Treat warnings as errors, except those in docs/problems.baseline.json
                      and stale or missing translations
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
      from: { type: 'string' },
      ref: { type: 'string' },
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
  if (command === 'pull') return runPull(values, extra, io);
  if (!command || extra.length > 0 || !['generate', 'check', 'model', 'translations', 'baseline'].includes(command)) {
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
  const { model, files, known } = loaded;
  const strict = values.strict && command !== 'baseline';
  const report = formatReport(files, { strict, known, format, color: io.color ?? false });
  if (report) io.stderr(report);
  const failed = !model || hasErrors(files, strict, known);
  if (failed) {
    io.stderr(`batch-errors-codegen: ${summarize(files, strict, known)}; nothing was written.`);
    return 1;
  }

  if (command === 'baseline') return writeBaseline(docsDir, files, io);

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
    if (!lockIsCurrent) await writeFile(lockPath, lockText);
    io.stdout(`batch-errors-codegen: ${docsLabel(lockPath)} ${lockIsCurrent ? 'unchanged' : 'written'}.`);
    return 0;
  }

  const generated = timings.measure('emit', () => emitPackages(model, { regenerateCommand: regenerateCommandFor(docsLabel(docsDir)) }));
  const plan = await planOutput(outDir, generatedPackages, generated);
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
    if (!isUpToDate(plan)) io.stdout('batch-errors-codegen: generated files are out of date; run `pnpm exec batch-errors-codegen generate`.');
    if (!lockIsCurrent) io.stdout(`stale: ${docsLabel(lockPath)}; run \`pnpm exec batch-errors-codegen generate\`.`);
    return 1;
  }

  await timings.measure('write', () => applyPlan(outDir, plan));
  // The lock follows the docs like the generated files do; stale translations stay stale in it.
  if (!lockIsCurrent) await writeFile(lockPath, lockText);
  printTimings(io, values.timings, timings);
  const written = plan.stale.length + plan.missing.length + (lockIsCurrent ? 0 : 1);
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
    const compared = await compareDocs(fromDir, toDir, { from, to, fromLabel: byFolders ? docsLabel(fromDir) : docsLabel(docsDir), toLabel: docsLabel(toDir) });
    if (compared.failing) {
      printDocsErrors(compared.failing, values.reporter, io);
      return 1;
    }
    const { report } = compared;
    const output = values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : renderMarkdown(report, values['link-base'] === undefined ? {} : { linkBase: values['link-base'] });
    if (values.out === undefined) io.stdout(output.trimEnd());
    else await writeFile(values.out, output);

    if (values.changeset) {
      const changesets = changesetsOf(report);
      if (changesets.length === 0) io.stderr('batch-errors-codegen: no package needs a release; no changeset written.');
      let already = 0;
      for (const changeset of changesets) {
        const target = path.join(values['changeset-dir'], changeset.fileName);
        const written = await writeFile(target, changeset.text, { flag: 'wx' }).then(
          () => true,
          (error: NodeJS.ErrnoException) => {
            if (error.code === 'EEXIST') return false;
            throw error;
          },
        );
        if (written) io.stderr(`batch-errors-codegen: wrote ${target}.`);
        else already++;
      }
      if (already > 0) io.stderr(`batch-errors-codegen: ${plural(already, 'changeset')} already there for these changes; not written again.`);
    }
    return values['fail-on'] === 'breaking' && report.breaking ? 1 : 0;
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}

interface PullValues {
  docs: string;
  from?: string | undefined;
  ref?: string | undefined;
  json: boolean;
  out?: string | undefined;
  'link-base'?: string | undefined;
  reporter: string;
}

/** Writes the upstream English pages over docs/en-us, records where they came from, and prints what changed. */
async function runPull(values: PullValues, extra: readonly string[], io: Io): Promise<number> {
  if (values.from === undefined || extra.length > 0) {
    io.stderr(`pull needs --from <repository>, and no other arguments\n\n${usage}`);
    return 2;
  }
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
    io.stderr(formatReport([recordFile], { color: io.color ?? false }));
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
        await writeFile(target, page.bytes);
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
    if (newRecordText !== recordText && (recordText !== undefined || pulled.pages.length > 0)) await writeFile(recordPath, newRecordText);

    const compared = await compareDocs(before, docsDir, {
      from: `${label} before the pull`,
      to: `${label} at ${values.from} ${pulled.commit.slice(0, 12)}`,
      fromLabel: label,
      toLabel: label,
    });
    if (compared.failing) {
      printDocsErrors(compared.failing, values.reporter, io);
      return 1;
    }
    const output = values.json
      ? `${JSON.stringify(compared.report, null, 2)}\n`
      : renderMarkdown(compared.report, values['link-base'] === undefined ? {} : { linkBase: values['link-base'] });
    if (values.out === undefined) io.stdout(output.trimEnd());
    else await writeFile(values.out, output);
    return 0;
  } finally {
    await rm(before, { recursive: true, force: true });
  }
}

/** Records every warning of the docs as known: what a maintainer does after reviewing them. */
async function writeBaseline(docsDir: string, files: readonly VFile[], io: Io): Promise<number> {
  const baselinePath = path.join(docsDir, baselineFileName);
  const previous = await readFile(baselinePath, 'utf8').catch(() => undefined);
  const problems = docsProblems(files, docsLabel(docsDir));
  const text = formatBaseline(problems);
  if (text !== previous) await writeFile(baselinePath, text);
  io.stdout(
    `batch-errors-codegen: ${docsLabel(baselinePath)} ${text === previous ? 'unchanged' : 'written'}, ${plural(new Set(problems.map(problemKey)).size, 'known problem')}.`,
  );
  return 0;
}

/** Only the errors: comparing docs with errors is refused, and their warnings are not the point then. */
function printDocsErrors(failing: readonly VFile[], reporter: string, io: Io): void {
  const errorsOnly = failing.map((file) => {
    file.messages = file.messages.filter((message) => message.fatal === true);
    return file;
  });
  io.stderr(formatReport(errorsOnly, { format: reporter === 'unified' ? 'unified' : 'compact', color: io.color ?? false }));
  io.stderr('batch-errors-codegen: the docs have errors; fix them before comparing.');
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

/** The command printed in generated headers: the options that shape the output, none of where it goes. */
function regenerateCommandFor(docsFolder: string): string {
  if (docsFolder === 'docs-source') return defaultRegenerateCommand;
  return `${defaultRegenerateCommand} --docs ${/^[\w./@:+-]+$/.test(docsFolder) ? docsFolder : `'${docsFolder.replaceAll("'", `'\\''`)}'`}`;
}

function printTimings(io: Io, enabled: boolean, timings: Timings): void {
  if (enabled) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
}
