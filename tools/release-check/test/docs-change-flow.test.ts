/**
 * The maintainers' flow of the README ("When the docs change"), run for real
 * on a throwaway git copy of the repository: edit the docs, regenerate, write
 * the report and the changeset, see what Nx calls affected, version.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const codegen = path.join(repoRoot, 'tools/codegen/bin/batch-errors-codegen.js');
const nx = path.join(repoRoot, 'node_modules/nx/dist/bin/nx.js');
const changeset = path.join(repoRoot, 'node_modules/@changesets/cli/bin.js');
const page = 'docs-source/en-us/batch-status-and-error-codes.md';

async function run(cwd: string, command: string, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' };
  try {
    return await promisify(execFile)(command, args, { cwd, env, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { message: string; stdout?: string; stderr?: string };
    throw new Error(`${[command, ...args].join(' ')} failed:\n${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}

const git = (cwd: string, ...args: string[]) => run(cwd, 'git', '-c', 'user.name=flow-test', '-c', 'user.email=flow-test@example.invalid', ...args);

/** The working tree's files (tracked and new), committed in a fresh repository with the installed node_modules linked in. */
async function workspaceCopy(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'batch-errors-flow-'));
  onTestFinished(() => rm(copy, { recursive: true, force: true }));
  const listed = (await git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')).stdout.split('\0').filter(Boolean);
  for (const file of listed) {
    await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
    await copyFile(path.join(repoRoot, file), path.join(copy, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // listed but deleted in the working tree
    });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  await git(copy, 'init', '--quiet', '--initial-branch=main');
  await git(copy, 'add', '--all');
  await git(copy, 'commit', '--quiet', '--message', 'base');
  return copy;
}

async function editDocs(copy: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(copy, page), 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in the page`);
  await writeFile(path.join(copy, page), text.replace(from, to));
}

async function versions(copy: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of ['core', 'messages', 'http', 'diagnose'])
    result[name] = JSON.parse(await readFile(path.join(copy, 'packages', name, 'package.json'), 'utf8')).version;
  return result;
}

/** Regenerate, report with a changeset, and list what Nx finds affected. */
async function regenerateAndReport(copy: string) {
  await run(copy, process.execPath, codegen, 'generate');
  const report = (await run(copy, process.execPath, codegen, 'diff', '--base', 'HEAD', '--changeset')).stdout;
  const changesets = (await readdir(path.join(copy, '.changeset'))).filter((file) => file.startsWith('docs-'));
  const affected = JSON.parse((await run(copy, process.execPath, nx, 'show', 'projects', '--affected', '--base=HEAD', '--json')).stdout) as string[];
  const regenerated = (await git(copy, 'status', '--porcelain', '--', 'packages')).stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
    .sort();
  return { report, changesets, affected: affected.sort(), regenerated };
}

/** The docs, the generator, and what is built on the generator's library. */
const alwaysAffected = ['@batch-errors/bench', '@batch-errors/codegen', '@batch-errors/release-check', 'docs-source'];
/** core's doc comments quote every message and status, so its files change with any row; the other packages depend on core. */
const everyPackage = ['@batch-errors/core', '@batch-errors/diagnose', '@batch-errors/http', '@batch-errors/messages'];

describe('when the docs change', () => {
  it('a changed status: a report naming both statuses, a major release of http alone', async () => {
    const copy = await workspaceCopy();
    await editDocs(copy, '|InvalidApplicationPackageReferences|Conflict (409)|', '|InvalidApplicationPackageReferences|Bad Request (400)|');
    const { report, changesets, affected, regenerated } = await regenerateAndReport(copy);

    expect(regenerated).toEqual(['packages/core/src/generated/constants.ts', 'packages/http/src/generated/statuses.ts']);
    expect(report).toContain('**status changed** `InvalidApplicationPackageReferences`: 409 Conflict → 400 Bad Request');
    expect(report).toMatch(/\| `@batch-errors\/http` \| \*\*major\*\* \|/);
    expect(report).toMatch(/\| `@batch-errors\/messages` \| none \|/);
    expect(changesets).toHaveLength(1);
    const written = await readFile(path.join(copy, '.changeset', changesets[0]!), 'utf8');
    expect(written).toMatch(/^---\n"@batch-errors\/http": major\n---\n/);
    expect(written).toContain('`InvalidApplicationPackageReferences` (Batch service error codes): HTTP status 409 → 400.');
    expect(affected).toEqual([...alwaysAffected, ...everyPackage].sort());

    // The same change again: the changeset is already there.
    const again = await run(copy, process.execPath, codegen, 'diff', '--base', 'HEAD', '--changeset');
    expect(again.stderr).toMatch(/already there for this change; nothing written/);
    expect((await readdir(path.join(copy, '.changeset'))).filter((file) => file.startsWith('docs-'))).toEqual(changesets);

    await run(copy, process.execPath, changeset, 'version');
    expect(await versions(copy)).toEqual({ core: '0.1.0', messages: '0.1.0', http: '1.0.0', diagnose: '0.1.0' });
    expect(await readFile(path.join(copy, 'packages/http/CHANGELOG.md'), 'utf8')).toMatch(
      /## 1\.0\.0\n\n### Major Changes\n[\s\S]*InvalidApplicationPackageReferences/,
    );
  });

  it('an added code: minor releases, internal dependents updated', async () => {
    const copy = await workspaceCopy();
    await editDocs(copy, '|ServerBusy|', '|AccountBeingMigrated|Conflict (409)|The specified account is being migrated.|\n|ServerBusy|');
    const { report, affected, regenerated } = await regenerateAndReport(copy);
    expect(regenerated).toEqual([
      'packages/core/src/generated/codes.ts',
      'packages/core/src/generated/constants.ts',
      'packages/http/src/generated/statuses.ts',
      'packages/messages/src/generated/en-us.ts',
      // No translation has the new row yet: each locale's entry point carries its English.
      ...['de-de', 'es-es', 'fr-fr', 'ja-jp', 'pt-br', 'zh-cn'].map((locale) => `packages/messages/src/generated/entries/${locale}.ts`),
    ]);
    expect(report).toContain('**added** `AccountBeingMigrated`: 409 Conflict');
    expect(report).toContain('stops compiling until it handles `AccountBeingMigrated`');
    expect(affected).toEqual([...alwaysAffected, ...everyPackage].sort());
    await run(copy, process.execPath, changeset, 'version');
    // diagnose is not in the changeset: its range on core (^0.1.0) no longer holds, so it is patched.
    expect(await versions(copy)).toEqual({ core: '0.2.0', messages: '0.2.0', http: '0.2.0', diagnose: '0.1.1' });
    expect(await readFile(path.join(copy, 'packages/messages/CHANGELOG.md'), 'utf8')).toContain('@batch-errors/core@0.2.0');
  });

  it('a reworded message: a patch of messages alone', async () => {
    const copy = await workspaceCopy();
    await editDocs(copy, 'The specified OS Version does not exists.', 'The specified OS Version does not exist.');
    const { report, affected, regenerated } = await regenerateAndReport(copy);
    expect(regenerated).toEqual(['packages/core/src/generated/constants.ts', 'packages/messages/src/generated/en-us.ts']);
    expect(report).toContain('does not ~~exists~~**exist**.');
    expect(affected).toEqual([...alwaysAffected, ...everyPackage].sort());
    await run(copy, process.execPath, changeset, 'version');
    expect(await versions(copy)).toEqual({ core: '0.1.0', messages: '0.1.1', http: '0.1.0', diagnose: '0.1.0' });
  });

  it('prose alone: no effect on packages, no changeset', async () => {
    const copy = await workspaceCopy();
    await editDocs(copy, 'The following sections provide lists of error codes', 'The sections below list the error codes');
    await run(copy, process.execPath, codegen, 'generate');
    const { stdout, stderr } = await run(copy, process.execPath, codegen, 'diff', '--base', 'HEAD', '--changeset');
    const affected = JSON.parse((await run(copy, process.execPath, nx, 'show', 'projects', '--affected', '--base=HEAD', '--json')).stdout) as string[];
    expect(affected.sort()).toEqual([...alwaysAffected].sort());
    expect(stdout).toContain('prose, headings or links outside the tables changed in `en-us/batch-status-and-error-codes.md`');
    expect(stderr).toContain('no package needs a release; no changeset written.');
    expect((await git(copy, 'status', '--porcelain')).stdout.trim()).toBe(`M ${page}`);
  });
});
