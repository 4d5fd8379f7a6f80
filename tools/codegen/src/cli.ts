/**
 * `batch-errors-codegen <command>`: the generator's command line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from './diagnostics.js';
import { emitPackages, generatedPackages } from './emit/index.js';
import { loadModel } from './load.js';
import { formatReport, plural, type ReportFormat, summarize } from './report.js';
import { Timings } from './timings.js';
import { applyPlan, isUpToDate, planOutput } from './write.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal that shows colors. */
  color?: boolean;
}

const usage = `Usage: batch-errors-codegen <command> [options]

Commands:
  generate   Regenerate the packages' src/generated/ folders from the docs
  check      Exit 1 and list stale, missing and orphaned generated files; writes nothing
  model      Print the model read from the docs, as JSON

Options:
  --docs <dir>        Docs folder, one subfolder per locale (default: docs-source)
  --out <dir>         Packages folder (default: packages)
  --strict            Treat warnings as errors
  --timings           Print the time spent in each stage (read, parse, model, emit, write)
  --reporter <name>   compact (default: path:line:column: severity: message [rule]) or unified (vfile-reporter)
  -h, --help          Show this help
`;

const processIo: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  color: process.stderr.isTTY === true && process.env['NO_COLOR'] === undefined,
};

/** Runs one command; resolves to the process exit code (0 ok, 1 problems or stale files, 2 usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        docs: { type: 'string', default: 'docs-source' },
        out: { type: 'string', default: 'packages' },
        strict: { type: 'boolean', default: false },
        timings: { type: 'boolean', default: false },
        reporter: { type: 'string', default: 'compact' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
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
  if (!command || extra.length > 0 || !['generate', 'check', 'model'].includes(command)) {
    io.stderr(`${command ? `Unknown command or extra arguments: ${positionals.join(' ')}` : 'Missing command'}\n\n${usage}`);
    return 2;
  }
  if (values.reporter !== 'compact' && values.reporter !== 'unified') {
    io.stderr(`Unknown reporter "${values.reporter}": expected compact or unified`);
    return 2;
  }
  const format: ReportFormat = values.reporter;
  const docsDir = path.resolve(values.docs);
  const outDir = path.resolve(values.out);
  const timings = new Timings();

  const { model, files } = await loadModel(docsDir, { timings });
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

  const generated = timings.measure('emit', () => emitPackages(model));
  const plan = await planOutput(outDir, generatedPackages, generated);
  if (command === 'check') {
    printTimings(io, values.timings, timings);
    if (isUpToDate(plan)) {
      io.stdout(`batch-errors-codegen: ${plural(generated.length, 'generated file')} up to date.`);
      return 0;
    }
    const relative = (file: string) => path.relative(process.cwd(), path.join(outDir, file)).split(path.sep).join('/');
    for (const file of plan.stale) io.stdout(`stale: ${relative(file.path)}`);
    for (const file of plan.missing) io.stdout(`missing: ${relative(file.path)}`);
    for (const file of plan.orphaned) io.stdout(`orphaned: ${relative(file)}`);
    io.stdout('batch-errors-codegen: generated files are out of date; run `pnpm exec batch-errors-codegen generate`.');
    return 1;
  }

  await timings.measure('write', () => applyPlan(outDir, plan));
  printTimings(io, values.timings, timings);
  const written = plan.stale.length + plan.missing.length;
  io.stdout(
    `batch-errors-codegen: ${plural(written, 'file')} written, ${plan.unchanged} unchanged, ${plan.orphaned.length} removed (${summarize(files)}).`,
  );
  return 0;
}

function printTimings(io: Io, enabled: boolean, timings: Timings): void {
  if (enabled) io.stderr(`timings (ms): ${JSON.stringify(timings)}`);
}
