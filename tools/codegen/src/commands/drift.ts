/**
 * `drift`: the codes the docs and the SDKs' hand-written lists disagree on.
 */
import { addDocsOptions, type CommandModule, type DocsOptions, loadDocsForCommand } from './context.js';
import { writeReport } from './report-output.js';

export interface DriftOptions extends DocsOptions {
  json: boolean;
  report?: string;
}

export const driftCommand: CommandModule = {
  name: 'drift',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description(
        "compare the docs' codes with the official SDKs' code lists (<docs>/known-codes.json): codes only in a list, only in the docs, near misses, case variants, constants named otherwise than their value",
      )
      .option('--json', 'print the report as JSON', false)
      .option('--report <file>', 'write the report to this file instead of standard output')
      .action(async (options: DriftOptions) => {
        const loaded = await loadDocsForCommand(options, io);
        if (!loaded) return exit(1);
        const { driftReport, formatDriftReport } = await import('../drift.js');
        const report = driftReport(loaded.model);
        const output = options.json ? `${JSON.stringify(report, null, 2)}\n` : formatDriftReport(report);
        if (options.report === undefined) io.stdout(output.trimEnd());
        else await writeReport(options.report, output);
        exit(0);
      });
  },
};
