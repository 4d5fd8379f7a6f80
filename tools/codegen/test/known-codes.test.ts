/**
 * docs-source/known-codes.json: read back exactly as written, and every
 * mistake in it reported at its line and column, all at once, with nothing
 * generated. Docs win for a code in both.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatKnownCodes, knownCodesFileName, maxKnownCodesBytes, parseKnownCodes } from '../src/known-codes.js';
import { docsFolder, docsSource, messageLines, runCli, seedPagePath, temporaryFolder } from './helpers.js';

const seedPage = await readFile(seedPagePath, 'utf8');

function parsed(text: string) {
  const file = new VFile({ path: knownCodesFileName, value: text });
  return { known: parseKnownCodes(text, file), problems: messageLines([file]) };
}

const list = (fields: string) => `{\n  "note": "n",\n  "lists": [\n    {\n${fields}\n    }\n  ]\n}\n`.replace('{{codes}}', '"codes": ["PoolNotFound"]');
const fieldsWith = (override: Record<string, string>) =>
  Object.entries({
    id: '"dotnet.A.B"',
    kind: '"http"',
    repository: '"https://github.com/Azure/azure-sdk-for-net"',
    path: '"sdk/batch/A.cs"',
    type: '"B"',
    commit: `"${'0'.repeat(40)}"`,
    codes: '["PoolNotFound"]',
    ...override,
  })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `      "${key}": ${value}`)
    .join(',\n');

describe('parseKnownCodes', () => {
  it('reads the committed file, and formatting what it read gives its bytes back', async () => {
    const text = await readFile(path.join(docsSource, knownCodesFileName), 'utf8');
    const { known, problems } = parsed(text);
    expect(problems).toEqual([]);
    expect(known && formatKnownCodes(known)).toBe(text);
  });

  it.each([
    ['not JSON', '{ "note": "n", "lists": [ }', /^1:27: error: Expected JSON, found a syntax error: ValueExpected/],
    ['a trailing comma', '{ "note": "n", "lists": [], }', /^1:29: error: Expected JSON, found a syntax error/],
    ['no lists', '{ "note": "n" }', /^1:1: error: Expected "lists": \[ … \], found no "lists"/],
    ['a field missing', list(fieldsWith({ kind: '' })), /^4:5: error: Expected "kind" to be a non-empty string, found none/],
    [
      'an unknown kind',
      list(fieldsWith({ kind: '"rest"' })),
      /^6:15: error: Expected "kind" to be one of http, jobScheduling, taskScheduling, poolResize, found "rest"/,
    ],
    ['a short commit', list(fieldsWith({ commit: '"abc123"' })), /^10:17: error: Expected "commit" to be a full commit hash/],
    [
      'credentials in the repository',
      list(fieldsWith({ repository: '"https://user:token@github.com/Azure/x"' })),
      /^7:21: error: Expected a repository address without user name or password/,
    ],
    ['a code that is not one', list(fieldsWith({ codes: '["Pool NotFound"]' })), /^11:17: error: Expected an error code/],
    [
      'a code twice',
      list(fieldsWith({ codes: '["PoolNotFound", "JobNotFound", "PoolNotFound"]' })),
      /^11:48: error: Expected each constant once in a list, found PoolNotFound again \(first at line 11\)/,
    ],
    ['a field twice', list(`${fieldsWith({})},\n      "kind": "http"`), /^12:7: error: Expected each field once, found "kind" twice/],
  ])('reports %s at its place', (_name, text, expected) => {
    const { known, problems } = parsed(text);
    expect(known).toBeUndefined();
    expect(problems[0]).toMatch(expected);
    expect(problems[0]).toMatch(/\[invalid-known-codes\]$/);
  });

  it('reports every problem at once', () => {
    const text = list(fieldsWith({ kind: '"rest"', commit: '"abc"', codes: '["A B"]' }));
    expect(parsed(text).problems).toHaveLength(3);
  });

  it('keeps two constants of one value, and reports a list id given twice', () => {
    const one = fieldsWith({ codes: '[{ "constant": "AllocationTimedOut", "value": "AllocationTimedout" }, "AllocationTimedout"]' });
    expect(parsed(list(one)).problems).toEqual([]);
    const twice = `{ "note": "n", "lists": [ {${fieldsWith({})}}, {${fieldsWith({})}} ] }`;
    expect(parsed(twice).problems.join('\n')).toMatch(/Expected each list id once, found dotnet\.A\.B again/);
  });
});

describe('known-codes.json in a docs folder', () => {
  it('stops generate with the place of the problem, and writes nothing', async () => {
    const docs = await docsFolder({ 'en-us/batch-status-and-error-codes.md': seedPage, [knownCodesFileName]: list(fieldsWith({ kind: '"rest"' })) });
    const packages = await temporaryFolder();
    const run = await runCli('generate', '--docs', docs, '--packages', packages);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${knownCodesFileName}:6:15: error: Expected "kind"`));
    expect(run.stderr).toMatch(/nothing was written/);
    await expect(stat(path.join(packages, 'core'))).rejects.toThrow();
  });

  it('is refused whole when it is over its size limit', async () => {
    const docs = await docsFolder({ 'en-us/batch-status-and-error-codes.md': seedPage, [knownCodesFileName]: ' '.repeat(maxKnownCodesBytes + 1) });
    const run = await runCli('check', '--docs', docs, '--packages', await temporaryFolder());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`${knownCodesFileName}:1:1: error: Expected the known-codes lists \\(a JSON file\\), found .*more than the limit.* \\[file-too-large\\]`),
    );
  });

  it('documents a code that is both documented and known as documented: docs win', async () => {
    const docs = await docsFolder({
      'en-us/batch-status-and-error-codes.md': seedPage,
      [knownCodesFileName]: list(fieldsWith({ codes: '["PoolNotFound", "TooManyRequests"]' })),
    });
    const packages = await temporaryFolder();
    expect((await runCli('generate', '--docs', docs, '--packages', packages)).code).toBe(0);
    const known = await readFile(path.join(packages, 'core/src/generated/known.ts'), 'utf8');
    const undocumented = /undocumentedKnownCodes = \[([^\]]*)\]/.exec(known)?.[1] ?? '';
    expect(undocumented).toContain('"TooManyRequests"');
    expect(undocumented).not.toContain('"PoolNotFound"');
  });
});
