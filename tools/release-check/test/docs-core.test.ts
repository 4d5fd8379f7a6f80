/**
 * Every row of the docs, read by the generator, is reachable through this package exactly as documented.
 */
import { codeRows, distinctCodes, loadModel } from '@batch-errors/codegen';
import { describe, expect, it } from 'vitest';
import {
  BatchErrorCodes,
  categoryOf,
  codesByTable,
  errorCategories,
  errorCodes,
  errorTables,
  isBatchErrorCode,
  isBatchServiceErrorCode,
  isCommonErrorCode,
  isJobSchedulingErrorCode,
  isTaskSchedulingErrorCode,
  parseBatchErrorResponse,
  parseFailureInfo,
} from '@batch-errors/core';

const { model } = await loadModel(new URL('../../../docs-source', import.meta.url).pathname);
if (!model) throw new Error('docs-source did not produce a model');
const rows = codeRows(model);

const guardOf = {
  common: isCommonErrorCode,
  batchService: isBatchServiceErrorCode,
  jobScheduling: isJobSchedulingErrorCode,
  taskScheduling: isTaskSchedulingErrorCode,
} as const;

describe('against the docs', () => {
  it('lists every distinct code once, in document order', () => {
    expect(errorCodes).toEqual(distinctCodes(model));
    expect(errorCodes).toHaveLength(121);
  });

  it('lists each table and its codes in document order', () => {
    expect(errorTables).toEqual(model.tables.map((table) => table.id));
    for (const table of model.tables) expect(codesByTable[table.id], table.id).toEqual(table.entries.map((entry) => entry.code));
  });

  it.each(rows.map((row) => [row.table, row.code, row] as const))('%s %s: every guard and lookup agrees', (table, code, row) => {
    expect(isBatchErrorCode(code)).toBe(true);
    expect(BatchErrorCodes[code as keyof typeof BatchErrorCodes]).toBe(code);
    for (const [otherTable, guard] of Object.entries(guardOf)) {
      const listed = model.tables.find((candidate) => candidate.id === otherTable)?.entries.some((entry) => entry.code === code);
      expect(guard(code), `${otherTable} guard`).toBe(listed);
    }
    if (row.category !== undefined) expect(categoryOf(code, { table: table as 'jobScheduling' | 'taskScheduling' })).toBe(row.category);
  });

  it('has the documented categories, in document order', () => {
    expect(errorCategories).toEqual(model.categories.map((entry) => entry.category));
  });
});

describe("the page's JSON samples", () => {
  const [errorResponse, preProcessingError] = model.samples.filter((sample) => sample.language === 'json').map((sample) => sample.text);

  it('parses the error response sample, values as a list', () => {
    expect(parseBatchErrorResponse(errorResponse)).toEqual({
      code: 'InvalidQueryParameterValue',
      message: { lang: 'en-us', value: 'Value for one of the query parameters specified in the request URI is invalid' },
      values: [
        { key: 'QueryParameterName', value: 'state' },
        { key: 'QueryParameterValue', value: 'deleted' },
        { key: 'Reason', value: 'invalid state' },
      ],
    });
  });

  it('parses the pre-processing error sample, values as one { name, value } object', () => {
    const { preProcessingError: failure } = JSON.parse(preProcessingError ?? 'null') as { preProcessingError: unknown };
    expect(parseFailureInfo(failure)).toEqual({
      category: 'UserError',
      code: 'BlobNotFound',
      message: 'The specified blob does not exist.',
      details: [{ key: 'FilePath', value: 'myfile.txt' }],
    });
  });
});

describe('guards on other input', () => {
  it.each(['poolnotfound', 'PoolNotFound ', '', 'toString', '__proto__', 'constructor', 'NotACode'])('%j is not a code', (value) => {
    expect(isBatchErrorCode(value)).toBe(false);
    expect(categoryOf(value)).toBeUndefined();
  });

  it.each([undefined, null, 42, {}, [], ['PoolNotFound'], Symbol('PoolNotFound'), new String('PoolNotFound')])('%s is not a code', (value) => {
    expect(isBatchErrorCode(value)).toBe(false);
    expect(isCommonErrorCode(value)).toBe(false);
  });

  it('gives categories only for scheduling codes', () => {
    expect(categoryOf('BlobNotFound')).toBe('UserError');
    expect(categoryOf('DiskFull')).toBe('ServerError');
    expect(categoryOf('JobBeingTerminated')).toBe('UserError');
    expect(categoryOf('PoolNotFound')).toBeUndefined();
    expect(categoryOf('BlobNotFound', { table: 'jobScheduling' })).toBeUndefined();
    expect(categoryOf('Unknown', { table: 'taskScheduling' })).toBe('ServerError');
    expect(categoryOf('BlobNotFound', null as never)).toBe('UserError');
  });
});
