/**
 * The up-to-date record: `check` and `generate` on an unchanged tree answer
 * from it, exactly as the full run would; any change to the docs, the lock or
 * the generated folders, and any record that is not one of ours, sends them
 * back to the full run.
 */
import { appendFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFolder } from '../src/layout.js';
import { recordFile, type UpToDateRecord } from '../src/up-to-date.js';
import { docsSource, runCli, temporaryFolder } from './helpers.js';

/** A copy of the docs and a packages folder generated from it, with the record that generate left. */
async function generatedTree() {
  const root = await temporaryFolder();
  const docs = path.join(root, 'docs');
  const packages = path.join(root, 'packages');
  await cp(docsSource, docs, { recursive: true });
  await mkdir(packages);
  const generated = await runCli('generate', '--docs', docs, '--packages', packages);
  expect(generated.code, generated.stderr).toBe(0);
  const file = recordFile({ docsDir: docs, packagesDir: packages });
  if (!file) throw new Error('the tests run where there is a node_modules folder');
  const record = JSON.parse(await readFile(file, 'utf8')) as UpToDateRecord;
  return { docs, packages, options: ['--docs', docs, '--packages', packages], record: { file, record } };
}

describe('the up-to-date record', () => {
  it('answers check and generate on an unchanged tree with what the full run prints', async () => {
    const { options } = await generatedTree();
    const full = await runCli('check', '--no-cache', ...options);
    expect(full.code).toBe(0);
    expect(await runCli('check', ...options)).toEqual(full);
    expect(await runCli('check', '--json', ...options)).toEqual(await runCli('check', '--json', '--no-cache', ...options));
    expect(await runCli('check', '--reporter', 'unified', ...options)).toEqual(await runCli('check', '--reporter', 'unified', '--no-cache', ...options));
    const generateAgain = await runCli('generate', ...options);
    expect(generateAgain).toEqual(await runCli('generate', '--no-cache', ...options));
    expect(generateAgain.stdout).toMatch(/^batch-errors-codegen: 0 files written, 21 unchanged, 0 removed \(/);
  });

  it('is what check reads when the tree is unchanged', async () => {
    const { options, record } = await generatedTree();
    const marked = { ...record.record, printed: Object.fromEntries(Object.keys(record.record.printed).map((key) => [key, 'replayed'])) };
    await writeFile(record.file, JSON.stringify(marked));
    expect((await runCli('check', ...options)).stderr).toBe('replayed');
    expect((await runCli('generate', ...options)).stderr).toBe('replayed');
    // --no-cache and --timings always read the docs.
    expect((await runCli('check', '--no-cache', ...options)).stderr).not.toBe('replayed');
    expect((await runCli('check', '--timings', ...options)).stderr).toContain('timings (ms)');
  });

  it.each([
    ['a docs page edited', async (docs: string) => appendFile(path.join(docs, 'en-us', 'batch-status-and-error-codes.md'), '\n')],
    ['the translations lock removed', async (docs: string) => rm(path.join(docs, 'translations.lock.json'))],
  ])('is not trusted after %s: check runs in full', async (_, change) => {
    const { docs, options, record } = await generatedTree();
    const marked = { ...record.record, printed: Object.fromEntries(Object.keys(record.record.printed).map((key) => [key, 'replayed'])) };
    await writeFile(record.file, JSON.stringify(marked));
    await change(docs);
    const result = await runCli('check', ...options);
    expect(result.stderr).not.toBe('replayed');
    expect(result).toEqual(await runCli('check', '--no-cache', ...options));
  });

  it.each([
    [
      'a generated file edited',
      (packages: string) => appendFile(path.join(packages, 'core', generatedFolder, 'codes.ts'), '// edited\n'),
      /^stale: .*codes\.ts$/m,
    ],
    [
      'a file added to a generated folder',
      (packages: string) => writeFile(path.join(packages, 'http', generatedFolder, 'extra.ts'), ''),
      /^orphaned: .*extra\.ts$/m,
    ],
    ['a generated file removed', (packages: string) => rm(path.join(packages, 'messages', generatedFolder, 'en-us.ts')), /^missing: .*en-us\.ts$/m],
    ['a lock left by a generate', (packages: string) => writeFile(path.join(packages, '.codegen-lock'), '1'), /^debris: .*\.codegen-lock/m],
  ])('is not trusted after %s: check reports it', async (_, change, expected) => {
    const { packages, options } = await generatedTree();
    await change(packages);
    const result = await runCli('check', ...options);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(expected);
  });

  it.each([
    ['not JSON', () => '{"version": 1, "inputs"'],
    ['of another shape', (record: UpToDateRecord) => JSON.stringify({ ...record, version: 0 })],
    ['for other inputs', (record: UpToDateRecord) => JSON.stringify({ ...record, inputs: 'f'.repeat(64), printed: { 'lenient compact': 'replayed' } })],
    ['for other outputs', (record: UpToDateRecord) => JSON.stringify({ ...record, outputs: 'f'.repeat(64), printed: { 'lenient compact': 'replayed' } })],
  ])('is ignored when it is %s, and a full run writes a good one', async (_, corrupt) => {
    const { options, record } = await generatedTree();
    await writeFile(record.file, corrupt(record.record));
    const full = await runCli('check', '--no-cache', ...options);
    expect(await runCli('check', ...options)).toEqual(full);
    expect(JSON.parse(await readFile(record.file, 'utf8'))).toMatchObject({ inputs: record.record.inputs, outputs: record.record.outputs });
  });
});
