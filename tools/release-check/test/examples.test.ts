/**
 * examples/: one small runnable project per package, type-checked with its
 * own strict tsconfig and run as `pnpm start` would run it, outside the
 * repository with the packages its install linked. What each prints is what
 * the package's API gives for the same calls.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { categoryOf, sourcesOf } from '@batch-errors/core';
import { type BatchTask, diagnoseTask, formatDiagnosis } from '@batch-errors/diagnose';
import { errorFromResponse, isRetryable, statusesOf } from '@batch-errors/http';
import { formatBatchError, getMessage, negotiateLocale, supportedLocales } from '@batch-errors/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, workspacePackages } from './commands.js';

const examplesFolder = path.join(repoRoot, 'examples');
const examples = readdirSync(examplesFolder).sort();
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');

let scratch = '';
/** Each example's built copy, by name. */
const built = new Map<string, string>();

/** Type-checks and compiles the example into a scratch copy; resolves to the copy's folder. */
async function build(name: string): Promise<string> {
  const source = path.join(examplesFolder, name);
  const copy = path.join(scratch, name);
  await mkdir(copy, { recursive: true });
  // Data files beside the sources (diagnose's task.json), not the sources or an earlier build.
  for (const file of readdirSync(source).filter((file) => !['src', 'dist', 'node_modules'].includes(file)))
    await cp(path.join(source, file), path.join(copy, file));
  await symlink(path.join(source, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  await promisify(execFile)(process.execPath, [tsc, '-p', path.join(source, 'tsconfig.json'), '--outDir', path.join(copy, 'dist')], {
    timeout: 120_000,
    killSignal: 'SIGKILL',
  }).catch((error: { stdout?: string; message: string }) => {
    throw new Error(`examples/${name} does not type-check:\n${error.stdout ?? error.message}`);
  });
  return copy;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-examples-'));
  await writeFile(path.join(scratch, 'package.json'), JSON.stringify({ type: 'module' }));
  const folders = await Promise.all(examples.map(build));
  for (const [index, name] of examples.entries()) built.set(name, folders[index] ?? '');
}, 180_000);

afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

async function start(name: string): Promise<string> {
  const folder = built.get(name);
  if (!folder) throw new Error(`examples/${name} was not built`);
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['dist/main.js'], { cwd: folder, timeout: 30_000, killSignal: 'SIGKILL' });
  expect(stderr).toBe('');
  return stdout;
}

describe('examples/', () => {
  it('has one project per package, depending on it through the workspace, started by `pnpm start`', () => {
    expect(examples).toEqual(workspacePackages.map((workspacePackage) => workspacePackage.name).sort());
    for (const { name, manifest } of workspacePackages) {
      const example = JSON.parse(readFileSync(path.join(examplesFolder, name, 'package.json'), 'utf8'));
      expect(example.dependencies, name).toEqual({ [manifest.name]: 'workspace:^' });
      expect(example.scripts.start, name).toBe('tsc -p tsconfig.json && node dist/main.js');
      expect(example.private, name).toBe(true);
    }
  });

  it('core: reads error bodies and failureInfo, and says where the docs list the code', async () => {
    const lines = [
      'InvalidQueryParameterValue: documented',
      ...sourcesOf('InvalidQueryParameterValue').map((source) => `  ${source.table}: ${source.url}`),
      'not a Batch error body',
      `BlobNotFound: UserError, documented as ${categoryOf('BlobNotFound')}`,
    ];
    expect(await start('core')).toBe(`${lines.join('\n')}\n`);
  });

  it('messages: a message in every language, a negotiated locale, a whole body as a sentence', async () => {
    const acceptLanguage = 'fr-CH, fr;q=0.9, en;q=0.8';
    const lines = [
      ...supportedLocales.map((locale) => `${locale}: ${getMessage('PoolNotFound', { locale })}`),
      `${acceptLanguage} -> ${negotiateLocale(acceptLanguage)}`,
      formatBatchError(
        { code: 'InvalidQueryParameterValue', values: [{ key: 'QueryParameterName', value: 'state' }] },
        { locale: acceptLanguage, includeCode: true },
      ),
    ];
    expect(await start('messages')).toBe(`${lines.join('\n')}\n`);
  });

  it('http: retries what is retryable against a loopback service, and stops at what is not', async () => {
    const notFound = errorFromResponse(404, JSON.stringify({ code: 'PoolNotFound', message: { lang: 'en-US', value: 'The specified pool does not exist.' } }));
    const lines = [
      `attempt 1: 503 ServerBusy, retryable: ${isRetryable('ServerBusy')}`,
      `attempt 2: 404 PoolNotFound, retryable: ${notFound.retryable}`,
      `failed: ${notFound.message}`,
      `PoolNotFound is sent with ${statusesOf('PoolNotFound').join(', ')}; retryable: ${isRetryable('PoolNotFound')}`,
    ];
    expect(await start('http')).toBe(`${lines.join('\n')}\n`);
  });

  it('azure: the pipeline policy retries a busy service after the delay it asks for, and throws a typed error for a missing pool', async () => {
    const lines = ['sent: 503', 'sent: 404', `BatchError: PoolNotFound (404), request request-2, retryable: ${isRetryable('PoolNotFound')}`];
    expect(await start('azure')).toBe(`${lines.join('\n')}\n`);
  });

  it('diagnose: a task from a JSON file, diagnosed in English and German', async () => {
    const task = JSON.parse(readFileSync(path.join(examplesFolder, 'diagnose/task.json'), 'utf8')) as BatchTask;
    const job = { onTaskFailure: 'performExitOptionsJobAction' } as const;
    const expected = `${formatDiagnosis(diagnoseTask(task, { job }))}\n---\n${formatDiagnosis(diagnoseTask(task, { locale: 'de-DE', job }))}\n`;
    expect(await start('diagnose')).toBe(expected);
  });
});
