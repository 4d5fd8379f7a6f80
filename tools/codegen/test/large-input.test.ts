/**
 * Large and pathological docs, run through the real command in a child process
 * with a capped heap: exceeding it would crash the process and fail the test.
 * Nothing here measures time.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeSyntheticDocs } from '../src/synthetic.js';
import { statusPage } from './fixtures.js';
import { temporaryFolder } from './helpers.js';

const bin = path.resolve(import.meta.dirname, '../bin/batch-errors-codegen.js');
const heapLimitMegabytes = 512;

async function runCapped(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapLimitMegabytes}`, bin, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function singlePage(text: string): Promise<string> {
  const docs = await temporaryFolder();
  await mkdir(path.join(docs, 'en-us'), { recursive: true });
  await writeFile(path.join(docs, 'en-us', 'batch-status-and-error-codes.md'), text);
  return docs;
}

describe(`large docs, with the heap capped at ${heapLimitMegabytes} MB`, () => {
  it('generates the packages from a 10 MB page of 75,000 codes', async () => {
    const docs = await temporaryFolder();
    const bytes = await writeSyntheticDocs(docs, 75_000);
    expect(bytes).toBeGreaterThan(9.5 * 1024 * 1024);
    const out = await temporaryFolder();
    const result = await runCapped('generate', '--docs', docs, '--packages', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const codes = await readFile(path.join(out, 'core/src/generated/codes.ts'), 'utf8');
    expect(codes).toContain('"SyntheticError74999",');
  }, 300_000);
});

describe('pathological input is reported, not a crash', () => {
  it.each([
    ['block quotes nested 100,000 deep', statusPage({ extra: `${'>'.repeat(100_000)} deep` }), /\[nesting-too-deep\]/],
    ['lists nested 50,000 deep on one line', statusPage({ extra: `${'- '.repeat(50_000)}x` }), /\[nesting-too-deep\]/],
    [
      'lists nested by indentation',
      statusPage({ extra: Array.from({ length: 600 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n') }),
      /\[nesting-too-deep\]/,
    ],
    [
      'a 1 MB line of brackets',
      statusPage({ extra: '['.repeat(1024 * 1024) }),
      /:1: error: Expected at most 10000 brackets, emphasis or code marks on one line, found 1048576; the file is not parsed \[inline-marks-too-many\]/,
    ],
    ['50,000 unmatched emphasis marks on one line', statusPage({ extra: '*a'.repeat(50_000) }), /\[inline-marks-too-many\]/],
  ])(
    '%s',
    async (_name, text, expected) => {
      const result = await runCapped('check', '--docs', await singlePage(text), '--packages', await temporaryFolder());
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).toMatch(/nothing was written\.\n$/);
    },
    120_000,
  );

  it('reads a page with a 1 MB line', async () => {
    const result = await runCapped('check', '--docs', await singlePage(statusPage({ extra: 'x'.repeat(1024 * 1024) })), '--packages', await temporaryFolder());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1); // the output folder is empty: every file is missing
    expect(result.stdout).toMatch(/^missing: /m);
  }, 120_000);

  it('reports a 1 MB message that is one table cell', async () => {
    const result = await runCapped(
      'check',
      '--docs',
      await singlePage(statusPage({ extra: '' }).replace('The specified pool does not exist.', `${'word '.repeat(200_000)}end`)),
      '--packages',
      await temporaryFolder(),
    );
    expect(result.stderr).toMatch(/\[missing-final-period\]/);
    expect(result.code).toBe(1);
  }, 120_000);
});
