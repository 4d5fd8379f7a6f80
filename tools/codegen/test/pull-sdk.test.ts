/**
 * `pull-sdk` against real git repositories made here in the shapes of the
 * SDKs' files (written for these tests, not copied): a C# static class of
 * `const string`s, a C# extensible struct whose properties are bound to
 * private constants, several classes in one C# file, a Java class of
 * `static final String`s. And the reading of those shapes alone.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownCodesFileName } from '../src/known-codes.js';
import { sdkConstants } from '../src/sdk-lists.js';
import { runCli, temporaryFolder } from './helpers.js';
import { git } from './upstream-history.js';

const staticClass = `// Copyright notice of the shape's own
namespace Microsoft.Azure.Batch.Common
{
    /// <summary>Error codes.</summary>
    public static class BatchErrorCodeStrings
    {
        /// <summary>The pool was not found.</summary>
        public const string PoolNotFound = "PoolNotFound";
        public const string AutoScaleTooManyRequestsToEnable = "TooManyEnableAutoScaleRequests";
        public const string MessageTemplate = "The task {0} failed: {1}";
        // public const string Commented = "Commented";
        /* public const string Blocked = "Blocked"; */
        private const string Hidden = "Hidden";
    }

    public static class PoolResizeErrorCodes
    {
        public const string AllocationTimedOut = "AllocationTimedOut";
        public const string ResizeStopped = "ResizeStopped";
    }
}
`;

const extensibleStruct = `namespace Azure.Compute.Batch
{
    public readonly partial struct BatchErrorCode : IEquatable<BatchErrorCode>
    {
        private readonly string _value;
        public BatchErrorCode(string value) { _value = value ?? throw new ArgumentNullException(nameof(value)); }

        private const string AccountIsDisabledValue = "AccountIsDisabled";
        private const string TooManyRequestsValue = "TooManyRequests";
        private const string UnusedValue = "Unused";

        /// <summary> The account is disabled. </summary>
        public static BatchErrorCode AccountAlreadyExists { get; } = new BatchErrorCode(AccountIsDisabledValue);
        public static BatchErrorCode TooManyRequests { get; } = new BatchErrorCode(TooManyRequestsValue);
        public override string ToString() => _value;
    }
}
`;

const javaClass = `package com.microsoft.azure.batch;

/** Codes. */
public final class PoolResizeErrorCodes {
    private PoolResizeErrorCodes() { }
    /** The allocation timed out. */
    public static final String AllocationTimedOut = "AllocationTimedout";
    public static final String RemoveNodesFailed = "RemoveNodesFailed";
    private static final String INTERNAL = "Internal";
}
`;

describe('sdkConstants', () => {
  it('reads a C# static class, skipping comments, private constants and values that are not codes', () => {
    expect(sdkConstants(staticClass, 'BatchErrorCodeStrings', 'csharp')).toEqual([
      { constant: 'PoolNotFound', value: 'PoolNotFound' },
      { constant: 'AutoScaleTooManyRequestsToEnable', value: 'TooManyEnableAutoScaleRequests' },
    ]);
    expect(sdkConstants(staticClass, 'PoolResizeErrorCodes', 'csharp')).toEqual([
      { constant: 'AllocationTimedOut', value: 'AllocationTimedOut' },
      { constant: 'ResizeStopped', value: 'ResizeStopped' },
    ]);
  });

  it('reads a C# extensible struct by its properties, each named as its property and valued as its constant', () => {
    expect(sdkConstants(extensibleStruct, 'BatchErrorCode', 'csharp')).toEqual([
      { constant: 'AccountAlreadyExists', value: 'AccountIsDisabled' },
      { constant: 'TooManyRequests', value: 'TooManyRequests' },
    ]);
  });

  it('reads a Java class of static final Strings, skipping private ones', () => {
    expect(sdkConstants(javaClass, 'PoolResizeErrorCodes', 'java')).toEqual([
      { constant: 'AllocationTimedOut', value: 'AllocationTimedout' },
      { constant: 'RemoveNodesFailed', value: 'RemoveNodesFailed' },
    ]);
  });

  it('finds no type that is only named in a comment or a string', () => {
    expect(sdkConstants('// class Ghost { public const string A = "A"; }\nvar s = "class Ghost {";', 'Ghost', 'csharp')).toBeUndefined();
  });
});

/** A git repository named `name` with `files` committed, and its head commit. */
async function repository(name: string, files: Record<string, string>, origin?: string): Promise<{ folder: string; commit: string }> {
  const folder = path.join(await temporaryFolder(), name);
  await mkdir(folder, { recursive: true });
  await git(folder, ['init', '--quiet', '--initial-branch=main']);
  if (origin) await git(folder, ['remote', 'add', 'origin', origin]);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), text);
  }
  await git(folder, ['add', '--all']);
  await git(folder, ['commit', '--quiet', '--message', 'lists'], '2026-01-01T00:00:00+00:00');
  return { folder, commit: await git(folder, ['rev-parse', 'HEAD']) };
}

const oldCommit = '1'.repeat(40);
const lists = [
  {
    id: 'dotnet.Microsoft.Azure.Batch.BatchErrorCodeStrings',
    kind: 'http',
    repo: 'azure-sdk-for-net',
    path: 'sdk/batch/Common/BatchErrorCodeStrings.cs',
    type: 'BatchErrorCodeStrings',
    codes: ['PoolNotFound', 'JobNotFound'],
  },
  {
    id: 'dotnet.Microsoft.Azure.Batch.PoolResizeErrorCodes',
    kind: 'poolResize',
    repo: 'azure-sdk-for-net',
    path: 'sdk/batch/Common/BatchErrorCodeStrings.cs',
    type: 'PoolResizeErrorCodes',
    codes: ['AllocationTimedOut'],
  },
  {
    id: 'dotnet.Azure.Compute.Batch.BatchErrorCode',
    kind: 'http',
    repo: 'azure-sdk-for-net',
    path: 'sdk/batch/Azure.Compute.Batch/BatchErrorCode.cs',
    type: 'BatchErrorCode',
    codes: ['AccountIsDisabled'],
  },
  {
    id: 'java.com.microsoft.azure.batch.PoolResizeErrorCodes',
    kind: 'poolResize',
    repo: 'azure-sdk-for-java',
    path: 'sdk/batch/PoolResizeErrorCodes.java',
    type: 'PoolResizeErrorCodes',
    codes: ['ResizeStopped'],
  },
];

/** A docs folder whose known-codes.json holds `lists` as recorded at an old commit. */
async function docsWithLists(): Promise<string> {
  const docs = await temporaryFolder();
  const text = JSON.stringify(
    {
      note: 'test',
      lists: lists.map((list) => ({
        id: list.id,
        kind: list.kind,
        repository: `https://github.com/Azure/${list.repo}`,
        path: list.path,
        type: list.type,
        commit: oldCommit,
        codes: list.codes,
      })),
    },
    null,
    2,
  );
  await writeFile(path.join(docs, knownCodesFileName), text);
  return docs;
}

async function listsOf(docs: string) {
  return (
    JSON.parse(await readFile(path.join(docs, knownCodesFileName), 'utf8')) as { lists: { id: string; commit: string; repository: string; codes: unknown[] }[] }
  ).lists;
}

describe('pull-sdk', () => {
  it("reads every list of the repository again, with the commit it was read at, and leaves the other repository's lists alone", async () => {
    const docs = await docsWithLists();
    const net = await repository('azure-sdk-for-net', {
      'sdk/batch/Common/BatchErrorCodeStrings.cs': staticClass,
      'sdk/batch/Azure.Compute.Batch/BatchErrorCode.cs': extensibleStruct,
    });
    const run = await runCli('pull-sdk', '--from', net.folder, '--docs', docs);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /dotnet\.Microsoft\.Azure\.Batch\.BatchErrorCodeStrings: 2 codes at [0-9a-f]{12}; added TooManyEnableAutoScaleRequests \(as AutoScaleTooManyRequestsToEnable\); removed JobNotFound/,
    );
    const [strings, resize, struct, java] = await listsOf(docs);
    expect(strings?.codes).toEqual(['PoolNotFound', { constant: 'AutoScaleTooManyRequestsToEnable', value: 'TooManyEnableAutoScaleRequests' }]);
    expect(strings?.commit).toBe(net.commit);
    expect(resize?.codes).toEqual(['AllocationTimedOut', 'ResizeStopped']);
    expect(struct?.codes).toEqual([{ constant: 'AccountAlreadyExists', value: 'AccountIsDisabled' }, 'TooManyRequests']);
    expect(java).toMatchObject({ commit: oldCommit, codes: ['ResizeStopped'] });
    // The file is now the generator's own format: a second pull changes nothing.
    const again = await runCli('pull-sdk', '--from', net.folder, '--docs', docs);
    expect(again.stdout).toMatch(/known-codes\.json unchanged/);
  });

  it('reads a Java repository, and records a commit given by --ref', async () => {
    const docs = await docsWithLists();
    const java = await repository('azure-sdk-for-java', { 'sdk/batch/PoolResizeErrorCodes.java': javaClass });
    await writeFile(path.join(java.folder, 'unrelated.txt'), 'later\n');
    await git(java.folder, ['add', '--all']);
    await git(java.folder, ['commit', '--quiet', '--message', 'later'], '2026-02-01T00:00:00+00:00');
    const run = await runCli('pull-sdk', '--from', java.folder, '--ref', 'main', '--docs', docs);
    expect(run.code, run.stderr).toBe(0);
    const javaList = (await listsOf(docs))[3];
    // The last commit that changed the list's file, not the newest commit.
    expect(javaList).toMatchObject({ commit: java.commit, codes: [{ constant: 'AllocationTimedOut', value: 'AllocationTimedout' }, 'RemoveNodesFailed'] });
  });

  it('reports a list whose file or type is missing with the paths looked at, and keeps it', async () => {
    const docs = await docsWithLists();
    const net = await repository('azure-sdk-for-net', {
      'sdk/batch/Common/BatchErrorCodeStrings.cs': staticClass.replace('class PoolResizeErrorCodes', 'class Other'),
    });
    const run = await runCli('pull-sdk', '--from', net.folder, '--docs', docs);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /known-codes\.json:\d+:\d+: warning: Expected the type PoolResizeErrorCodes in sdk\/batch\/Common\/BatchErrorCodeStrings\.cs .* found the file without it; the list is kept as it was \[sdk-list-missing\]/,
    );
    expect(run.stderr).toMatch(
      /Expected BatchErrorCode in sdk\/batch\/Azure\.Compute\.Batch\/BatchErrorCode\.cs .* found no such file \(looked at sdk\/batch\/Azure\.Compute\.Batch\/BatchErrorCode\.cs\)/,
    );
    const [, resize, struct] = await listsOf(docs);
    expect(resize).toMatchObject({ commit: oldCommit, codes: ['AllocationTimedOut'] });
    expect(struct).toMatchObject({ commit: oldCommit, codes: ['AccountIsDisabled'] });
  });

  it('refuses a repository no list comes from, and a ref git cannot resolve, writing nothing', async () => {
    const docs = await docsWithLists();
    const before = await readFile(path.join(docs, knownCodesFileName), 'utf8');
    const other = await repository('azure-docs', { 'x.md': '# x\n' });
    const wrong = await runCli('pull-sdk', '--from', other.folder, '--docs', docs);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /Expected a clone of a repository the lists come from \(azure-sdk-for-net, azure-sdk-for-java\), found azure-docs; nothing was written\./,
    );
    const net = await repository('azure-sdk-for-net', { 'sdk/batch/Common/BatchErrorCodeStrings.cs': staticClass });
    const badRef = await runCli('pull-sdk', '--from', net.folder, '--ref', 'no-such-ref', '--docs', docs);
    expect(badRef.code).toBe(1);
    expect(badRef.stderr).toMatch(/found "no-such-ref", which git cannot resolve there; nothing was written\./);
    expect(await readFile(path.join(docs, knownCodesFileName), 'utf8')).toBe(before);
  });

  it('knows a clone by its origin, and never records the credentials of that address', async () => {
    const docs = await docsWithLists();
    const net = await repository(
      'checkout',
      { 'sdk/batch/Common/BatchErrorCodeStrings.cs': staticClass },
      'https://user:secret-token@github.com/Azure/azure-sdk-for-net.git',
    );
    const run = await runCli('pull-sdk', '--from', net.folder, '--docs', docs);
    expect(run.code, run.stderr).toBe(0);
    const text = await readFile(path.join(docs, knownCodesFileName), 'utf8');
    expect(text).not.toContain('secret-token');
    expect(`${run.stdout}\n${run.stderr}`).not.toContain('secret-token');
  });
});
