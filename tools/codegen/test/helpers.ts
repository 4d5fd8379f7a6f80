/**
 * Shared test fixtures: paths of the real docs, temporary folders, and
 * inline docs folders built from a `{ 'en-us/page.md': text }` tree.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { onTestFinished } from 'vitest';
import type { VFile } from 'vfile';
import { type Io, main } from '../src/cli.js';
import type { Change } from '../src/diff/compare.js';
import { loadDocs } from '../src/load.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The docs as they are now: data that changes with every upstream revision. */
export const docsSource = path.join(repoRoot, 'docs-source');
/** A frozen copy of the docs as first copied (see fixtures/seed-docs/README.md): what tests that pin a known page read. */
export const seedDocs = fileURLToPath(new URL('fixtures/seed-docs/', import.meta.url));
export const seedPagePath = path.join(seedDocs, 'en-us', 'batch-status-and-error-codes.md');
/** Real public revisions of the docs, kept outside the repository (see ../shared/docs-history/README.md). */
export const docsHistory = path.join(repoRoot, '..', 'shared', 'docs-history');

/** The model of the frozen seed docs, with paths shown as `docs-source/...`, where they were copied from. */
export function loadSeed() {
  return loadDocs(seedDocs, { label: 'docs-source' });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process, capturing what it prints. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) };
  const code = await main(argv, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** A temporary folder, removed when the test ends. */
export async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-codegen-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** Writes `{ 'en-us/x.md': 'text' }` under a temporary folder and returns it. */
export async function docsFolder(tree: Record<string, string | Uint8Array>): Promise<string> {
  const folder = await temporaryFolder();
  for (const [relative, content] of Object.entries(tree)) {
    const target = path.join(folder, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return folder;
}

/** Messages as `line:column: severity: reason [rule]`, in report order. */
export function messageLines(files: readonly VFile[]): string[] {
  return files.flatMap((file) =>
    file.messages.map((message) => `${message.line}:${message.column}: ${message.fatal ? 'error' : 'warning'}: ${message.reason} [${message.ruleId}]`),
  );
}

/** What a change is about, for compact expectations: its code, category, field, sample, locale or table. */
export function subjectOf(change: Change): string {
  if ('code' in change) return change.code;
  if ('category' in change) return change.category;
  if ('field' in change) return change.field;
  if ('sample' in change) return `sample ${change.sample}`;
  if ('locale' in change) return change.locale;
  if ('statement' in change) return change.statement;
  if ('list' in change) return change.list;
  return change.table;
}

const codegenBin = path.resolve(import.meta.dirname, '../bin/batch-errors-codegen.js');
/** The heap the command line gets in the tests of large input. */
export const heapLimitMegabytes = 512;
/** Past this, a run of the command line is killed: a hang fails the test instead of holding it. */
const commandTimeoutMs = 5 * 60 * 1000;

/** The command line in a child process with the heap capped, killed (SIGKILL) past its time. */
export async function runCapped(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapLimitMegabytes}`, codegenBin, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: commandTimeoutMs,
      killSignal: 'SIGKILL',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
