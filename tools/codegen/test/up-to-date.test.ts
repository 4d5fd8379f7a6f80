/**
 * The up-to-date record: `check` and `generate` on an unchanged tree answer
 * from it, exactly as the full run would; any change to the docs, the lock or
 * the generated folders, and any record that is not one of ours, sends them
 * back to the full run.
 */
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFolder } from '../src/layout.js';
import { readCacheEntry, writeCacheEntry } from '../src/cache.js';
import { recordFile, recordKey, type UpToDateRecord } from '../src/up-to-date.js';
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
  const folders = { docsDir: docs, packagesDir: packages };
  const file = recordFile(folders);
  if (!file) throw new Error('the tests run where there is a node_modules folder');
  const record = (await readCacheEntry('up-to-date', recordKey(folders))) as UpToDateRecord;
  expect(record.version).toBe(2);
  /** Stores a record for these folders as the generator would, with a valid envelope. */
  const store = (value: unknown) => writeCacheEntry('up-to-date', recordKey(folders), value, 64);
  const marked = { ...record, printed: Object.fromEntries(Object.keys(record.printed).map((key) => [key, 'replayed'])) };
  return { docs, packages, options: ['--docs', docs, '--packages', packages], file, record, store, marked };
}

type Tree = Awaited<ReturnType<typeof generatedTree>>;

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
    expect(generateAgain.stdout).toMatch(/^batch-errors-codegen: 0 files written, \d+ unchanged, 0 removed \(/);
  });

  it('is what check reads when the tree is unchanged', async () => {
    const { options, store, marked } = await generatedTree();
    await store(marked);
    expect((await runCli('check', ...options)).stderr).toBe('replayed');
    expect((await runCli('generate', ...options)).stderr).toBe('replayed');
    // --no-cache and --timings always read the docs.
    expect((await runCli('check', '--no-cache', ...options)).stderr).not.toBe('replayed');
    expect((await runCli('check', '--timings', ...options)).stderr).toContain('timings (ms)');
  });

  it.each([
    ['a docs page edited', async (docs: string) => appendFile(path.join(docs, 'en-us', 'batch-status-and-error-codes.md'), '\n')],
    ['the translations lock removed', async (docs: string) => rm(path.join(docs, 'translations.lock.json'))],
    // Read as the loader reads it: a pipe or a device is never opened for its bytes (a pipe would block forever).
    [
      'the translations lock replaced by a named pipe',
      async (docs: string) => {
        await rm(path.join(docs, 'translations.lock.json'));
        execFileSync('mkfifo', [path.join(docs, 'translations.lock.json')], { timeout: 10_000, killSignal: 'SIGKILL' });
      },
    ],
    [
      'the translations lock replaced by a link to /dev/zero',
      async (docs: string) => {
        await rm(path.join(docs, 'translations.lock.json'));
        await symlink('/dev/zero', path.join(docs, 'translations.lock.json'));
      },
    ],
  ])('is not trusted after %s: check runs in full', async (_, change) => {
    const { docs, options, store, marked } = await generatedTree();
    await store(marked);
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
    ['a backup of the lock', (packages: string) => writeFile(path.join(packages, '.codegen-lock.bak'), '1')],
    ['a lock that is a folder', (packages: string) => mkdir(path.join(packages, '.codegen-lock'))],
  ])('agrees with check --no-cache after generate ran beside %s', async (_, leave) => {
    const { docs, packages, options } = await generatedTree();
    await leave(packages);
    await writeFile(
      path.join(docs, 'en-us/batch-status-and-error-codes.md'),
      `${await readFile(path.join(docs, 'en-us/batch-status-and-error-codes.md'), 'utf8')}\n`,
    );
    await runCli('generate', ...options);
    const [cached, full] = [await runCli('check', ...options), await runCli('check', '--no-cache', ...options)];
    expect(cached.code).toBe(full.code);
    expect(cached.stdout).toBe(full.stdout);
  });

  it('is a miss, read without waiting, when its file is a named pipe', async () => {
    const { options, file } = await generatedTree();
    await rm(file);
    execFileSync('mkfifo', [file], { timeout: 10_000, killSignal: 'SIGKILL' });
    const result = await runCli('check', ...options);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/generated files up to date/);
  }, 20_000);

  it.each([
    ['not JSON', async (tree: Tree) => writeFile(tree.file, '{"format": 1, "key"')],
    ['edited by hand', async (tree: Tree) => writeFile(tree.file, (await readFile(tree.file, 'utf8')).replace('lenient compact', 'lenient unified'))],
    ['of another shape', (tree: Tree) => tree.store({ ...tree.marked, version: 0 })],
    ['for other inputs', (tree: Tree) => tree.store({ ...tree.marked, inputs: 'f'.repeat(64) })],
    ['for other outputs', (tree: Tree) => tree.store({ ...tree.marked, outputs: 'f'.repeat(64) })],
  ])('is ignored when it is %s, and a full run writes a good one', async (_, corrupt) => {
    const tree = await generatedTree();
    await corrupt(tree);
    const full = await runCli('check', '--no-cache', ...tree.options);
    expect(await runCli('check', ...tree.options)).toEqual(full);
    expect(await readCacheEntry('up-to-date', recordKey({ docsDir: tree.docs, packagesDir: tree.packages }))).toEqual(tree.record);
  });
});
