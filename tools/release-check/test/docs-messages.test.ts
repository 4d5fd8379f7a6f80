/**
 * Every row's message, read by the generator, is what getMessage returns.
 */
import { codeRows, loadModel, sourceTexts, translationLookup } from '@batch-errors/codegen';
import { describe, expect, it } from 'vitest';
import { formatBatchError, getCategoryDescription, getMessage } from '@batch-errors/messages';

const { model } = await loadModel(new URL('../../../docs-source', import.meta.url).pathname);
if (!model) throw new Error('docs-source did not produce a model');
const rows = codeRows(model);

describe('against the docs', () => {
  it.each(rows.map((row) => [row.table, row.code, row.status ?? row.category, row] as const))('%s %s (%s)', (table, code, _statusOrCategory, row) => {
    expect(getMessage(code, { table, ...(row.status === undefined ? {} : { status: row.status }) })).toBe(row.message);
  });

  it('defaults to the first documented row of a code', () => {
    for (const code of new Set(rows.map((row) => row.code))) {
      expect(getMessage(code), code).toBe(rows.find((row) => row.code === code)?.message);
    }
  });

  it('describes each category as documented', () => {
    for (const entry of model.categories) expect(getCategoryDescription(entry.category)).toBe(entry.description);
  });

  it("renders the page's error response sample as one sentence with its values", () => {
    const sample = model.samples.find((candidate) => candidate.language === 'json');
    expect(formatBatchError(sample?.text)).toBe(
      'An invalid value was specified for one of the query parameters in the request URI (QueryParameterName: state, QueryParameterValue: deleted, Reason: invalid state).',
    );
  });
});

describe('in every translated locale', () => {
  const texts = sourceTexts(model);
  it.each(model.translations.map((translation) => [translation.document.locale, translation] as const))(
    '%s: every row reads its translation, or English for a reported gap',
    (locale, translation) => {
      const lookup = translationLookup(model, translation);
      for (const wanted of texts) {
        const expected = lookup(wanted)?.text ?? wanted.text;
        const actual =
          wanted.category !== undefined
            ? getCategoryDescription(wanted.category, { locale })
            : getMessage(wanted.code!, { locale, table: wanted.table!, ...(wanted.status === undefined ? {} : { status: wanted.status }) });
        expect(actual, `${locale} ${wanted.key}`).toBe(expected);
      }
    },
  );
});

describe('lookups', () => {
  it('picks a status variant, falling back to the first row for another status', () => {
    expect(getMessage('ConditionNotMet', { status: 304 })).toMatch(/read operation\.$/);
    expect(getMessage('ConditionNotMet', { status: 412 })).toMatch(/write operation\.$/);
    expect(getMessage('ConditionNotMet', { status: 500 })).toMatch(/read operation\.$/);
    expect(getMessage('PoolNotFound', { status: 409 })).toBe('The specified pool does not exist.');
  });

  it('reads the row of the requested table for a code in two tables', () => {
    expect(getMessage('JobBeingTerminated')).toBe('The specified job is being terminated.');
    expect(getMessage('JobBeingTerminated', { table: 'jobScheduling' })).toBe('Task cannot be started because the associated job is being terminated.');
    expect(getMessage('PoolNotFound', { table: 'common' })).toBeUndefined();
  });

  it.each(['NotACode', 'poolnotfound', '', 'toString', '__proto__', 'hasOwnProperty'])('has no message for %j', (code) => {
    expect(getMessage(code)).toBeUndefined();
    expect(getCategoryDescription(code)).toBeUndefined();
  });
});
