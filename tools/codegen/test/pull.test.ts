/**
 * `pull` against a real git repository of the upstream docs, built here from
 * the real revisions in ../shared/docs-history/status-codes: each committed at
 * its real path with its real date, so the page moves between folders as it
 * did upstream. (The walk through every revision, one `pull --ref` at a time,
 * is in pull.exhaustive.test.ts.)
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Of } from '../src/upstream.js';
import { docsHistory, runCli, seedDocs, temporaryFolder } from './helpers.js';
import { git, useUpstreamRepository } from './upstream-history.js';

const page = 'en-us/batch-status-and-error-codes.md';
const statusCodesHistory = path.join(docsHistory, 'status-codes');
const history = useUpstreamRepository(docsHistory, 'pull.test.ts');
const historyPresent = history.present;

describe.skipIf(!historyPresent)('pull, in the real upstream history', () => {
  it('finds a page under a name it was renamed to, by following its history', async () => {
    const clone = await temporaryFolder();
    await git(clone, ['clone', '--quiet', history.folder(), '.']);
    const last = history.revisions().at(-1);
    if (!last) throw new Error('no revisions');
    const moved = 'docs-ref-conceptual/batch/batch-status-and-error-codes.md';
    await mkdir(path.join(clone, 'docs-ref-conceptual/batch'), { recursive: true });
    await git(clone, ['mv', last.path, moved]);
    await git(clone, ['commit', '--quiet', '--message', 'move'], '2019-01-01T00:00:00+00:00');
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });

    const result = await runCli('pull', '--from', clone, '--docs', docs);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`was found at ${moved}, renamed from ${last.path}`);
    const record = JSON.parse(await readFile(path.join(docs, 'upstream.json'), 'utf8'));
    expect(record.pages[page].path).toBe(moved);
    expect(sha256Of(await readFile(path.join(docs, page)))).toBe(sha256Of(await readFile(path.join(statusCodesHistory, last.file))));
  });

  it('keeps a page that is gone upstream, saying where it looked', async () => {
    const clone = await temporaryFolder();
    await git(clone, ['clone', '--quiet', history.folder(), '.']);
    const last = history.revisions().at(-1);
    if (!last) throw new Error('no revisions');
    await git(clone, ['rm', '--quiet', last.path]);
    await git(clone, ['commit', '--quiet', '--message', 'remove'], '2019-01-01T00:00:00+00:00');
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });
    const seed = await readFile(path.join(docs, page));

    const result = await runCli('pull', '--from', clone, '--docs', docs);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /en-us\/batch-status-and-error-codes\.md:1:1: warning: Expected the page in .* at [0-9a-f]{12}, at docs-ref-conceptual\/batchservice\/Batch-Status-and-Error-Codes\.md, .*found none; kept as it is \[upstream-page-missing\]/,
    );
    expect((await readFile(path.join(docs, page))).equals(seed)).toBe(true);
    expect(existsSync(path.join(docs, 'upstream.json'))).toBe(false);
  });
});

/** An upstream repository with `text` as the status-codes page at its newest path. */
async function upstreamWithPage(text: string): Promise<string> {
  const repository = await temporaryFolder();
  await git(repository, ['init', '--quiet']);
  await mkdir(path.join(repository, 'docs-ref-conceptual/batchservice'), { recursive: true });
  await writeFile(path.join(repository, 'docs-ref-conceptual/batchservice/Batch-Status-and-Error-Codes.md'), text);
  await git(repository, ['add', '--all']);
  await git(repository, ['commit', '--quiet', '--message', 'page'], '2020-01-01T00:00:00+00:00');
  return repository;
}

describe('pull, given something it cannot use', () => {
  it('writes nothing when a pulled page has errors: all or nothing, as generate', async () => {
    const seedPage = await readFile(path.join(seedDocs, 'en-us/batch-status-and-error-codes.md'), 'utf8');
    const broken = seedPage.replace(/^\|ConditionNotMet\|Not Modified \(304\)\|/m, '|ConditionNotMet|Not Modified (999)|');
    expect(broken).not.toBe(seedPage);
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });
    const result = await runCli('pull', '--from', await upstreamWithPage(broken), '--docs', docs);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: .*\[status-unknown-number\]/);
    expect(result.stderr).toMatch(/the pulled pages have errors; .* was left as it was\./);
    expect(await readFile(path.join(docs, 'en-us/batch-status-and-error-codes.md'), 'utf8')).toBe(seedPage);
    expect(existsSync(path.join(docs, 'upstream.json'))).toBe(false);
  });

  it.each([
    [
      'a folder that is no repository',
      async () => [await temporaryFolder(), 'HEAD'],
      /^batch-errors-codegen: Expected a git repository at .*, found a folder git does not recognise; nothing was written\.$/,
    ],
    [
      'a path that does not exist',
      async () => ['/nonexistent/upstream-docs', 'HEAD'],
      /^batch-errors-codegen: Expected a git repository at \/nonexistent\/upstream-docs, found none git can clone/,
    ],
    [
      'a ref the repository does not have',
      async () => {
        const repository = await temporaryFolder();
        await git(repository, ['init', '--quiet']);
        await writeFile(path.join(repository, 'README.md'), 'docs\n');
        await git(repository, ['add', '--all']);
        await git(repository, ['commit', '--quiet', '--message', 'one'], '2020-01-01T00:00:00+00:00');
        return [repository, 'no-such-branch'];
      },
      /^batch-errors-codegen: Expected a commit, branch or tag of .*, found "no-such-branch", which git cannot resolve there; nothing was written\.$/,
    ],
    [
      'a page over the size limit',
      async () => [await upstreamWithPage('x'.repeat(16 * 1024 * 1024 + 1)), 'HEAD'],
      /^batch-errors-codegen: Expected a Markdown page at docs-ref-conceptual\/batchservice\/Batch-Status-and-Error-Codes\.md of .* at [0-9a-f]{12}, found 16777217 bytes, more than the limit of 16777216; nothing was written\.$/,
    ],
  ])('%s: one line, exit 1, nothing written', async (_name, given, expected) => {
    const [from, ref] = await given();
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });
    const result = await runCli('pull', '--from', from ?? '', '--ref', ref ?? '', '--docs', docs);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(existsSync(path.join(docs, 'upstream.json'))).toBe(false);
  });
});

describe('the upstream record', () => {
  it.each([
    ['text JSON cannot read', '{ "pages": ', /Expected the JSON written by `batch-errors-codegen pull`, found text JSON cannot read: /],
    ['another shape', '[]', /Expected \{ "pages": \{ "<locale>\/<page>\.md": \{ … \} \} \}, found another shape/],
    [
      'a page without its commit',
      '{ "pages": { "en-us/batch-status-and-error-codes.md": { "repository": "r", "path": "p", "date": "d", "sha256": "s" } } }',
      /Expected repository, path, commit, date, sha256 for en-us\/batch-status-and-error-codes\.md, found no commit/,
    ],
  ])('holding %s is an error at its place, and nothing is written', async (_name, text, reason) => {
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });
    await writeFile(path.join(docs, 'upstream.json'), text);
    const out = await temporaryFolder();
    const result = await runCli('generate', '--docs', docs, '--packages', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`upstream\\.json:1:1: error: ${reason.source}.*\\[invalid-upstream-record\\]`));
    expect(await readdir(out)).toEqual([]);
  });
});
