/**
 * The change report's output options, shared by `diff` and `pull`.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { describeError } from '../files.js';
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
  else await writeReport(options.report, output);
}

/** A failure the user can act on, already said in one line: the command line prints it as it is. */
export class CommandFailure extends Error {}

/** Writes a report the user named (a file, `/dev/stdout`, a pipe); a failure names the path and what went wrong. */
export async function writeReport(target: string, text: string): Promise<void> {
  try {
    await writeFile(target, text);
  } catch (error) {
    throw new CommandFailure(`cannot write the report to ${target}: ${describeError(error)}`);
  }
}
