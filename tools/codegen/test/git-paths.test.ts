/**
 * What git gives is checked before anything is written: `diff --base` reads
 * the docs of a commit whose tree holds an entry named `..`, a link or a
 * submodule, and refuses it in one line, writing nothing outside its
 * temporary folder; `pull` records a repository without its credentials.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedEntry } from '../src/diff/git.js';
import { withoutCredentials } from '../src/git.js';
import { docsSource, runCli, seedDocs, temporaryFolder } from './helpers.js';
import { git } from './upstream-history.js';

/** `git mktree` from `<mode> <type> <object>\t<name>` lines; the tree's id. */
async function mktree(folder: string, entries: string[]): Promise<string> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['mktree'], { cwd: folder, timeout: 20_000, killSignal: 'SIGKILL' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    );
    child.stdin?.end(`${entries.join('\n')}\n`);
  });
}

/** A repository whose working tree has the real docs, and a commit `hostile` whose docs-source holds `entry` beside them. */
async function repositoryWith(entry: (folder: string) => Promise<string>): Promise<{ folder: string; hostile: string }> {
  const folder = await temporaryFolder();
  await git(folder, ['init', '--quiet', '--initial-branch=main']);
  await cp(docsSource, path.join(folder, 'docs-source'), { recursive: true });
  await git(folder, ['add', '--all']);
  await git(folder, ['commit', '--quiet', '--message', 'docs'], '2026-01-01T00:00:00+00:00');
  const docsTree = (await git(folder, ['rev-parse', 'HEAD:docs-source'])).trim();
  const listed = (await git(folder, ['ls-tree', docsTree])).split('\n').filter(Boolean);
  const tree = await mktree(folder, [...listed, await entry(folder)]);
  const top = await mktree(folder, [`040000 tree ${tree}\tdocs-source`]);
  const hostile = await git(folder, ['commit-tree', top, '-p', 'HEAD', '-m', 'hostile'], '2026-01-02T00:00:00+00:00');
  return { folder, hostile: hostile.trim() };
}

async function blob(folder: string, text: string): Promise<string> {
  const file = path.join(folder, 'blob.tmp');
  await writeFile(file, text);
  return (await git(folder, ['hash-object', '-w', file])).trim();
}

describe('diff --base of a commit with a hostile tree', () => {
  it.each([
    [
      'an entry named ..',
      async (folder: string) => `040000 tree ${await mktree(folder, [`100644 blob ${await blob(folder, 'pwned\n')}\tpwned.md`])}\t..`,
      /Expected a plain path inside docs-source at [0-9a-f]+, found "docs-source\/\.\.\/pwned\.md"/,
    ],
    [
      'a symbolic link',
      async (folder: string) => `120000 blob ${await blob(folder, '/etc/passwd')}\tlink.md`,
      /found a symbolic link at "docs-source\/link\.md"/,
    ],
    ['a submodule', async () => `160000 commit ${'a'.repeat(40)}\tmodule`, /found a submodule at "docs-source\/module"/],
  ])('refuses %s in one line and writes nothing outside its folder', async (_name, entry, expected) => {
    const { folder, hostile } = await repositoryWith(entry);
    const before = await readdir(path.dirname(folder));
    const run = await runCli('diff', '--base', hostile, '--docs', path.join(folder, 'docs-source'));
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(expected);
    expect(existsSync(path.join(path.dirname(folder), 'pwned.md'))).toBe(false);
    expect(await readdir(path.dirname(folder))).toEqual(before);
  });

  it('accepts a plain tree entry and refuses anything odd, entry by entry', () => {
    const hash = 'b'.repeat(40);
    expect(checkedEntry(`100644 blob ${hash}\tdocs-source/en-us/page.md`, 'docs-source', 'HEAD')).toEqual({ blob: hash, inside: ['en-us', 'page.md'] });
    for (const name of ['docs-source/./x.md', 'docs-source//x.md', 'docs-source/a\\b.md', 'elsewhere/x.md', 'docs-source/']) {
      expect(() => checkedEntry(`100644 blob ${hash}\t${name}`, 'docs-source', 'HEAD'), name).toThrow(/Expected a plain path/);
    }
  });
});

describe('a repository named in committed files', () => {
  it.each([
    ['https://user:token@github.com/MicrosoftDocs/azure-docs.git', 'https://github.com/MicrosoftDocs/azure-docs.git'],
    ['https://token@dev.azure.com/org/docs', 'https://dev.azure.com/org/docs'],
    ['ssh://git@github.com/org/docs.git', 'ssh://github.com/org/docs.git'],
    ['../azure-docs', '../azure-docs'],
    ['https://github.com/MicrosoftDocs/azure-docs', 'https://github.com/MicrosoftDocs/azure-docs'],
  ])('%s is recorded as %s', (given, recorded) => {
    expect(withoutCredentials(given)).toBe(recorded);
  });

  it('pull records a clone by its origin without credentials, in upstream.json and the generated headers', async () => {
    const upstream = await temporaryFolder();
    await git(upstream, ['init', '--quiet', '--initial-branch=main']);
    await git(upstream, ['remote', 'add', 'origin', 'https://someone:secret-token@github.com/MicrosoftDocs/azure-docs-rest-apis.git']);
    await mkdir(path.join(upstream, 'docs-ref-conceptual/batchservice'), { recursive: true });
    await writeFile(
      path.join(upstream, 'docs-ref-conceptual/batchservice/Batch-Status-and-Error-Codes.md'),
      await readFile(path.join(seedDocs, 'en-us/batch-status-and-error-codes.md')),
    );
    await git(upstream, ['add', '--all']);
    await git(upstream, ['commit', '--quiet', '--message', 'page'], '2026-01-01T00:00:00+00:00');
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });
    const pulled = await runCli('pull', '--from', upstream, '--docs', docs);
    expect(pulled.code, pulled.stderr).toBe(0);
    const packages = await temporaryFolder();
    expect((await runCli('generate', '--docs', docs, '--packages', packages)).code).toBe(0);
    const record = await readFile(path.join(docs, 'upstream.json'), 'utf8');
    expect(record).toContain('https://github.com/MicrosoftDocs/azure-docs-rest-apis.git');
    const codes = await readFile(path.join(packages, 'core/src/generated/codes.ts'), 'utf8');
    for (const text of [record, codes, pulled.stdout, pulled.stderr]) expect(text).not.toContain('secret-token');
  });
});
