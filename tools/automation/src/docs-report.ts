/**
 * The docs report of a pull request: `batch-errors-codegen diff --base <ref>`
 * into a Markdown file. When the docs have errors there is nothing to compare,
 * so the report says so and quotes the errors, each with its place: the
 * comment then tells the author what to fix instead of going missing.
 */
import { writeFile } from 'node:fs/promises';
import { runCodegen } from './codegen.js';

export interface DocsReportRun {
  /** The git ref the docs are compared with (the pull request's base commit). */
  base: string;
  /** Where the Markdown report goes. */
  report: string;
  docs: string;
  linkBase?: string;
  cwd?: string;
  /** How long the comparison may take, in milliseconds. */
  timeout?: number;
}

/** What the report holds. */
export type DocsReportOutcome = 'compared' | 'docs-errors';

/** Writes the report; throws only when neither a report nor the docs' errors came out. */
export async function runDocsReport(run: DocsReportRun): Promise<DocsReportOutcome> {
  const linkBase = run.linkBase === undefined ? [] : ['--link-base', run.linkBase];
  const result = await runCodegen(['diff', '--base', run.base, '--docs', run.docs, '--report', run.report, ...linkBase], {
    cwd: run.cwd ?? process.cwd(),
    timeout: run.timeout ?? 15 * 60_000,
  });
  if (result.code === 0) return 'compared';
  const errors = result.stderr.trim();
  if (result.code !== 1 || errors === '') {
    throw new Error(
      `batch-errors-codegen diff ${result.signal ? `was killed (${result.signal})` : `exited ${result.code}`}${errors ? `: ${errors.split('\n')[0]}` : ''}`,
    );
  }
  await writeFile(run.report, errorReport(run.base, errors));
  return 'docs-errors';
}

/** The report when the docs have errors: what to do, then the errors as the generator printed them. */
export function errorReport(base: string, errors: string): string {
  // A fence longer than any run of backticks in the errors, so no line of theirs can close it.
  const fence = '`'.repeat(Math.max(3, ...[...errors.matchAll(/`+/g)].map((match) => match[0].length + 1)));
  return [
    '**The docs have errors**, so this change cannot be compared with the base',
    `(\`${base.slice(0, 12)}\`). Fix them (\`pnpm exec batch-errors-codegen check\` shows the same), then push again:`,
    '',
    `${fence}text`,
    errors,
    fence,
    '',
  ].join('\n');
}
