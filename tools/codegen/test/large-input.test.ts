/**
 * Pathological docs, run through the real command in a child process with a
 * capped heap: exceeding it would crash the process and fail the test.
 * Nothing here measures time. (A 10 MB page is in large-input.exhaustive.test.ts.)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusPage } from './fixtures.js';
import { runCapped, temporaryFolder } from './helpers.js';

async function singlePage(text: string): Promise<string> {
  const docs = await temporaryFolder();
  await mkdir(path.join(docs, 'en-us'), { recursive: true });
  await writeFile(path.join(docs, 'en-us', 'batch-status-and-error-codes.md'), text);
  return docs;
}

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
