/**
 * Many more valid edits than the everyday suite tries (valid-edits.test.ts):
 * each keeps every warning known and adds no problem to the report.
 * Exhaustive: run by `test:exhaustive`.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadDocs } from '../src/load.js';
import { docsSource } from './helpers.js';
import { expectValid, validEdits } from './valid-edits.js';

const { model } = await loadDocs(docsSource, { label: 'docs-source' });
if (!model) throw new Error('docs-source gives no model');
const docsModel = model;

describe('eighty valid edits of the docs', () => {
  it('each keep every warning known, and add no problem to the report', async () => {
    await fc.assert(
      fc.asyncProperty(validEdits(docsModel), (edit) => expectValid(edit, docsModel)),
      { numRuns: 80 },
    );
  }, 1_200_000);
});
