/**
 * The statements of "Error handling and detection in Azure Batch", read from
 * a frozen copy of the page (fixtures/error-handling/): what each says, where
 * it is, a statement that contradicts a table, and a page that no longer
 * makes one.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../src/load.js';
import { docsFolder, messageLines, seedPagePath } from './helpers.js';

const pageName = 'batch-error-handling.md';
const frozenPage = await readFile(fileURLToPath(new URL(`fixtures/error-handling/${pageName}`, import.meta.url)), 'utf8');
const statusPage = await readFile(seedPagePath, 'utf8');

async function load(page: string) {
  const docs = await docsFolder({ 'en-us/batch-status-and-error-codes.md': statusPage, [`en-us/${pageName}`]: page });
  const loaded = await loadDocs(docs, { label: 'docs-source' });
  const problems = loaded.files.filter((file) => file.path.endsWith(pageName)).flatMap((file) => messageLines([file]));
  return { statements: loaded.model?.errorHandling, problems };
}

const lineAt = (text: string, line: number) => text.split('\n')[line - 1] ?? '';

describe('the statements of the error-handling page', () => {
  it('are read with their values and places', async () => {
    const { statements } = await load(frozenPage);
    expect(statements).toBeDefined();
    if (!statements) return;
    expect(statements.document).toMatchObject({ title: 'Error handling and detection in Azure Batch', msDate: '01/12/2026' });
    expect(statements.throttling).toMatchObject({ statuses: [429, 503], header: 'Retry-after' });
    expect(statements.serverErrors).toMatchObject({ statusClass: 5 });
    expect(statements.stateErrors).toMatchObject({ statusClass: 4, codes: ['AlreadyExists', 'InvalidOperation'] });
    expect(statements.wallClockTimeout).toMatchObject({ constraint: 'maxWallClockTime', exitCode: 0xc000013a, category: 'ServerError', code: 'TaskEnded' });
    expect(lineAt(frozenPage, statements.networkFailures.source.line)).toMatch(/^- Networking failures/);
    expect(lineAt(frozenPage, statements.throttling.source.line)).toContain('`429`');
    expect(lineAt(frozenPage, statements.serverErrors.source.line)).toContain('`5xx`');
    expect(lineAt(frozenPage, statements.stateErrors.source.line)).toContain('`AlreadyExists`');
    expect(lineAt(frozenPage, statements.wallClockTimeout.source.line).slice(statements.wallClockTimeout.source.column - 1)).toMatch(
      /^`\{ category:"ServerError"/,
    );
    expect(statements.throttling.url).toBe('https://learn.microsoft.com/azure/batch/error-handling#error-codes');
    expect(statements.wallClockTimeout.url).toBe('https://learn.microsoft.com/azure/batch/error-handling#constraint-errors');
  });

  it("reports TaskEnded's category, which the task scheduling table gives otherwise, with both places", async () => {
    const { problems } = await load(frozenPage);
    const tableLine = statusPage.split('\n').findIndex((line) => line.startsWith('|TaskEnded|')) + 1;
    const statementLine = frozenPage.split('\n').findIndex((line) => line.includes('code="TaskEnded"')) + 1;
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${statementLine}:\\d+: warning: Expected TaskEnded to be a UserError, as the task scheduling error codes say at docs-source/en-us/batch-status-and-error-codes\\.md:${tableLine}:1, found ServerError here; both are kept as written \\[statement-contradicts-table\\]$`,
        ),
      ),
    ]);
  });

  it.each([
    ['a throttling status changed', frozenPage.replace('`429` or `503`', '`429` or `502`'), { throttling: { statuses: [429, 502] } }],
    ['the header renamed', frozenPage.replace('`Retry-after`', '`Retry-After-Ms`'), { throttling: { header: 'Retry-After-Ms' } }],
    [
      'a state-error code added',
      frozenPage.replace('`InvalidOperation`', '`InvalidOperation` and `Conflict`'),
      { stateErrors: { codes: ['AlreadyExists', 'InvalidOperation', 'Conflict'] } },
    ],
    ['the exit code changed', frozenPage.replace('`0xC000013A`', '`0xC0000409`'), { wallClockTimeout: { exitCode: 0xc0000409 } }],
  ])('follow the page when %s', async (_name, page, expected) => {
    const { statements } = await load(page);
    expect(statements).toMatchObject(expected);
  });

  it('no longer contradict the table when the page agrees with it', async () => {
    const { problems } = await load(frozenPage.replace('category:"ServerError"', 'category:"UserError"'));
    expect(problems).toEqual([]);
  });

  it.each([
    [
      'the throttling item removed',
      frozenPage.replace(/^- Throttling-related errors\..*\n/m, ''),
      /Expected a list item with status code spans \(`429`\) and a header code span/,
    ],
    ['the server errors item removed', frozenPage.replace(/^- Internal server errors\..*\n/m, ''), /Expected a list item with the code span `5xx`/],
    [
      'the failure rewritten as prose',
      frozenPage.replace('`{ category:"ServerError", code="TaskEnded"}`', 'a server error'),
      /Expected code spans of the constraint/,
    ],
    ['the constraint section renamed', frozenPage.replace('### Constraint errors', '### Limits'), /in the section "constraint-errors", found no such section/],
  ])('are missing, as an error at their section, when %s', async (_name, page, expected) => {
    const { statements, problems } = await load(page);
    expect(statements).toBeUndefined();
    const errors = problems.filter((line) => line.endsWith('[missing-statement]'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\d+:\d+: error: /);
    expect(errors[0]).toMatch(expected);
  });
});
