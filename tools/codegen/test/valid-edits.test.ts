/**
 * The docs-change journey holds for every valid edit: a problem is known by
 * its page, rule and subject (never its line or count), so an edit that
 * brings no new defect leaves every warning known to the baseline, `check
 * --strict` passes right after `generate`, and the report lists no problem as
 * both new and fixed. The edits are chosen from docs-source as it is.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../src/load.js';
import { docsSource, runCli, temporaryFolder } from './helpers.js';
import { expectValid, readPages, repeatedCodes, strictProblems, validEdits, writeEdited } from './valid-edits.js';

const { model } = await loadDocs(docsSource, { label: 'docs-source' });
if (!model) throw new Error('docs-source gives no model');
const edits = validEdits(model);

describe('a valid edit of the docs', () => {
  it('keeps every warning known, and adds no problem to the report', async () => {
    await fc.assert(
      fc.asyncProperty(edits, (edit) => expectValid(edit, model)),
      { numRuns: 12 },
    );
  }, 300_000);

  it('never changes or moves one copy of a row the docs repeat: that would make the copies differ', (context) => {
    const repeated = repeatedCodes(model);
    if (repeated.size === 0) context.skip('docs-source repeats no row');
    // The edits that touch one row are named `status of X: …`, `category of X`, `the message of X reworded, …` and `X moved …`.
    const touchingOneCopy = fc
      .sample(edits, { numRuns: 6000, seed: 23 })
      .map((edit) => edit.name)
      .filter((name) =>
        [...repeated].some(
          (code) =>
            name.startsWith(`status of ${code}:`) ||
            name.startsWith(`category of ${code}`) ||
            name.startsWith(`the message of ${code} `) ||
            name.startsWith(`${code} moved`),
        ),
      );
    expect(touchingOneCopy).toEqual([]);
  });

  it('passes check --strict right after generate, through the command line, and its revert too', async () => {
    const [edit] = fc.sample(edits, { numRuns: 1, seed: Date.now() });
    if (!edit) throw new Error('no edit');
    const workspace = await temporaryFolder();
    const docs = path.join(workspace, 'docs-source');
    const packages = path.join(workspace, 'packages');
    await writeEdited(docsSource, docs, await readPages(docsSource, model));
    const pages = await readPages(docs, model);
    const original = new Map([...pages].map(([page, lines]) => [page, [...lines]]));
    edit.apply(pages);
    for (const state of [pages, original]) {
      await writeEdited(docs, docs, state);
      const generated = await runCli('generate', '--docs', docs, '--packages', packages);
      expect(generated.code, `${edit.name}\n${generated.stderr}`).toBe(0);
      const checked = await runCli('check', '--strict', '--docs', docs, '--packages', packages);
      expect(checked.code, `${edit.name}\n${checked.stderr}`).toBe(0);
    }
  }, 120_000);

  it("is told apart from one that brings a defect: a message's final period removed is new", async () => {
    const folder = path.join(await temporaryFolder(), 'docs-source');
    await cp(docsSource, folder, { recursive: true });
    const row = model.tables
      .flatMap((table) => (table.kind === 'rest' ? table.entries.flatMap((entry) => entry.variants) : []))
      .find((variant) => variant.message.endsWith('.'));
    if (!row) throw new Error('no message with a final period');
    const pages = await readPages(folder, model);
    const lines = pages.get('en-us/batch-status-and-error-codes.md') ?? [];
    lines[row.source.line - 1] = (lines[row.source.line - 1] ?? '').replace(/\.\|$/, '|');
    await writeEdited(folder, folder, pages);
    expect(await strictProblems(folder)).toMatch(/\[missing-final-period\]/);
  });
});
