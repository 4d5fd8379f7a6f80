/**
 * Every row of the docs, read by the generator, is reachable through this package exactly as documented.
 */
import { codeRows, distinctCodes, loadDocs } from '@batch-errors/codegen';
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

const { model } = await loadDocs(new URL('../../../docs-source', import.meta.url).pathname);
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
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
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
  // Read independently of the package: JSON.parse, and the two shapes the docs give `values`.
  const samples = model.samples
    .filter((sample) => sample.language === 'json' && sample.validJson)
    .map((sample) => JSON.parse(sample.text) as Record<string, unknown>);
  const pairs = (values: unknown) =>
    (Array.isArray(values) ? values : values === undefined ? [] : [values]).map((pair: { key?: string; name?: string; value?: string }) => ({
      key: pair.key ?? pair.name,
      value: pair.value,
    }));

  it.each(samples.filter((sample) => 'code' in sample).map((sample) => [sample.code, sample] as const))(
    'parses the error response sample of %s',
    (_code, sample) => {
      expect(parseBatchErrorResponse(JSON.stringify(sample))).toEqual({ code: sample.code, message: sample.message, values: pairs(sample.values) });
    },
  );

  it.each(samples.flatMap((sample) => Object.entries(sample).filter(([, value]) => typeof value === 'object' && value !== null && 'category' in value)))(
    'parses the %s sample',
    (_name, failure) => {
      const expected = failure as { category: string; code: string; message: string; details?: unknown; values?: unknown };
      expect(parseFailureInfo(failure)).toEqual({
        category: expected.category.toLowerCase() === 'usererror' ? 'UserError' : 'ServerError',
        code: expected.code,
        message: expected.message,
        // failureInfo names them details; the docs' sample, values.
        details: pairs(expected.details ?? expected.values),
      });
    },
  );
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

  it('gives categories only for scheduling codes, from the table asked for', () => {
    const scheduling = model.tables.filter((table) => table.kind === 'scheduling');
    const restOnly = distinctCodes(model).find((code) => !scheduling.some((table) => table.entries.some((entry) => entry.code === code)));
    if (restOnly) expect(categoryOf(restOnly)).toBeUndefined();
    for (const table of scheduling) {
      const other = scheduling.find((candidate) => candidate.id !== table.id);
      for (const entry of table.entries) {
        const firstRow = rows.find((row) => row.code === entry.code && row.category !== undefined);
        expect(categoryOf(entry.code), entry.code).toBe(firstRow?.category);
        expect(categoryOf(entry.code, null as never), entry.code).toBe(firstRow?.category);
        const inOther = other?.entries.find((candidate) => candidate.code === entry.code);
        if (other)
          expect(categoryOf(entry.code, { table: other.id as 'jobScheduling' | 'taskScheduling' }), `${entry.code} in ${other.id}`).toBe(inOther?.category);
      }
    }
  });
});
