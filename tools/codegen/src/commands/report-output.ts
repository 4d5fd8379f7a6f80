/**
 * The change report's output options, shared by `diff` and `pull`.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { type DiffReport, renderChangeReport } from '../diff/change-report.js';
import type { Io } from './context.js';

export interface ReportOutputOptions {
  json: boolean;
  report?: string;
  linkBase?: string;
}

export function addReportOutputOptions(command: Command): Command {
  return command
    .option('--json', 'print the report as JSON instead of Markdown', false)
    .option('--report <file>', 'write the report to this file instead of standard output')
    .option('--link-base <url>', 'prefix for source links in the report (default: relative paths)');
}

export async function printChangeReport(report: DiffReport, options: ReportOutputOptions, io: Io): Promise<void> {
  const output = options.json
    ? `${JSON.stringify(report, null, 2)}\n`
    : renderChangeReport(report, options.linkBase === undefined ? {} : { linkBase: options.linkBase });
  if (options.report === undefined) io.stdout(output.trimEnd());
  else await writeFile(options.report, output);
}
