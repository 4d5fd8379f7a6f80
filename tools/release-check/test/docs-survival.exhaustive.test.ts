/**
 * The packages' tests survive a docs change: in a scratch copy of the
 * repository, one edit of the English page removes a code, leaves the code
 * with several statuses with one, rewords a message, flips a scheduling
 * code's category, removes a code the retry policy names and adds codes
 * (see docs-edits.ts); then the copy regenerates, passes `check`, and the
 * packages' typecheck and tests and the release checks that read the built
 * packages against the docs all pass, with no test or source edited.
 * (The README examples are documentation of today's output, checked by
 * readme.test.ts on the real docs, not here.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BatchErrorModel, loadDocs } from '@batch-errors/codegen';
import { isRetryable, statusesOf } from '@batch-errors/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsumerLocally } from './consumers.js';
import { addedRestRow, addedSchedulingRow, editProblems, planSurvivalEdits, type SurvivalEdits } from './docs-edits.js';
import { builtMessages, pnpm, removeScratchWorkspace, scratchWorkspace, shell } from './scratch-workspace.js';

const page = 'docs-source/en-us/batch-status-and-error-codes.md';
const packages = ['@batch-errors/core', '@batch-errors/http', '@batch-errors/messages'];
/** The release checks that read the built packages and take every expectation from the docs. */
const releaseChecks = ['test/docs-core.test.ts', 'test/docs-http.test.ts', 'test/docs-messages.test.ts', 'test/hover-docs.test.ts', 'test/budgets.test.ts'];

async function modelOf(folder: string): Promise<BatchErrorModel> {
  const { model } = await loadDocs(path.join(folder, 'docs-source'));
  if (!model) throw new Error(`${folder}/docs-source has no model`);
  return model;
}

/** A code the retry policy decides by name: its answer differs from the one its documented statuses give. */
const namedByRetryPolicy = (code: string) => isRetryable(code) !== statusesOf(code).some((status) => isRetryable(status));

let copy: string;
let edits: SurvivalEdits;

beforeAll(async () => {
  copy = await scratchWorkspace();
  const before = await modelOf(copy);
  edits = planSurvivalEdits(before, await readFile(path.join(copy, page), 'utf8'), namedByRetryPolicy);
  await writeFile(path.join(copy, page), edits.page);
  const problems = editProblems(before, await modelOf(copy), edits);
  if (problems.length > 0) throw new Error(`The docs edits did not apply:\n${problems.join('\n')}`);
}, 600_000);

afterAll(() => removeScratchWorkspace(copy));

describe('after a hard but valid docs change', () => {
  it('regenerates, and check passes', async () => {
    await shell(copy, `${pnpm} generate`);
    await shell(copy, `${pnpm} exec batch-errors-codegen check`);
    const builtCodes = await readFile(path.join(copy, 'packages/core/src/generated/codes.ts'), 'utf8');
    expect(builtCodes).not.toContain(`"${edits.removed}"`);
    expect(builtCodes).not.toContain(`"${edits.removedFromPolicy}"`);
    expect(builtCodes).toContain(`"${addedRestRow.code}"`);
    expect(builtCodes).toContain(`"${addedSchedulingRow.code}"`);
  }, 600_000);

  it('the packages build, type-check and pass their tests, none edited', async () => {
    await shell(copy, `${pnpm} exec nx run-many -t build typecheck test -p ${packages.join(' ')} --output-style=static`);
    // What the release checks below import besides them.
    await shell(copy, `${pnpm} exec nx run-many -t build -p @batch-errors/diagnose @batch-errors/azure @batch-errors/bench --output-style=static`);
    expect(await builtMessages(copy, 'js')).toContain(JSON.stringify(edits.reworded.message));
  }, 900_000);

  it('the release checks of the built packages pass against the edited docs', async () => {
    await shell(path.join(copy, 'tools/release-check'), `${pnpm} exec vitest run --testTimeout=60000 ${releaseChecks.join(' ')}`);
  }, 600_000);

  it.each([...packages, '@batch-errors/diagnose'])(
    'the consumer programs of %s pass against the built packages, with expectations from the edited docs',
    async (name) => {
      const model = await modelOf(copy);
      expect(await runConsumerLocally(name, model, path.join(copy, 'tools/release-check'))).toEqual(['ok\n', 'ok\n']);
    },
    120_000,
  );
});
