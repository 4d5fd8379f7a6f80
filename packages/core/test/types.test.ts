/**
 * Compile-time checks of the types; `tsc` (the typecheck target) fails when one is wrong,
 * and `expectTypeOf` keeps them visible in the test run.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  BatchErrorCode,
  BatchErrorResponse,
  BatchServiceErrorCode,
  CommonErrorCode,
  ErrorCategory,
  ErrorTable,
  JobSchedulingErrorCode,
  OpenBatchErrorCode,
  ParsedBatchErrorResponse,
  TaskSchedulingErrorCode,
} from '../src/index.js';
import {
  BatchErrorCodes,
  batchServiceErrorCodes,
  categoryOf,
  commonErrorCodes,
  isBatchErrorCode,
  jobSchedulingErrorCodes,
  taskSchedulingErrorCodes,
} from '../src/index.js';
import { documentedCodes } from './docs.js';

describe('types', () => {
  it("unions the per-table codes into BatchErrorCode, each the type of its table's list", () => {
    expectTypeOf<CommonErrorCode | BatchServiceErrorCode | JobSchedulingErrorCode | TaskSchedulingErrorCode>().toEqualTypeOf<BatchErrorCode>();
    expectTypeOf(commonErrorCodes).items.toEqualTypeOf<CommonErrorCode>();
    expectTypeOf(batchServiceErrorCodes).items.toEqualTypeOf<BatchServiceErrorCode>();
    expectTypeOf(jobSchedulingErrorCodes).items.toEqualTypeOf<JobSchedulingErrorCode>();
    expectTypeOf(taskSchedulingErrorCodes).items.toEqualTypeOf<TaskSchedulingErrorCode>();
  });

  it('accepts every documented code: each is a member of BatchErrorCodes, whose keys and values are the type', () => {
    expectTypeOf<keyof typeof BatchErrorCodes>().toEqualTypeOf<BatchErrorCode>();
    expectTypeOf<(typeof BatchErrorCodes)[BatchErrorCode]>().toEqualTypeOf<BatchErrorCode>();
    expect(Object.keys(BatchErrorCodes).sort()).toEqual([...documentedCodes].sort());
    for (const code of documentedCodes) expect(BatchErrorCodes[code as BatchErrorCode], code).toBe(code);
  });

  it('rejects a string that is not a documented code', () => {
    expectTypeOf<'NotADocumentedCode'>().not.toExtend<BatchErrorCode>();
    expectTypeOf<string>().not.toExtend<BatchErrorCode>();
    // @ts-expect-error: not a documented code
    const typo: BatchErrorCode = 'NotADocumentedCode';
    expect(isBatchErrorCode(typo)).toBe(false);
  });

  it('names the tables and categories', () => {
    expectTypeOf<ErrorTable>().toEqualTypeOf<'common' | 'batchService' | 'jobScheduling' | 'taskScheduling'>();
    expectTypeOf<ErrorCategory>().toEqualTypeOf<'UserError' | 'ServerError'>();
  });

  it('narrows with the guard and types categoryOf by its input', () => {
    const value: unknown = documentedCodes[0];
    if (isBatchErrorCode(value)) expectTypeOf(value).toEqualTypeOf<BatchErrorCode>();
    const schedulingCode = taskSchedulingErrorCodes[0] as TaskSchedulingErrorCode;
    expectTypeOf(categoryOf(schedulingCode)).toEqualTypeOf<ErrorCategory>();
    expectTypeOf(categoryOf('whatever' as string)).toEqualTypeOf<ErrorCategory | undefined>();
  });

  it('keeps the open code type open but autocompletable', () => {
    expectTypeOf<'SomeNewCode'>().toExtend<OpenBatchErrorCode>();
    expectTypeOf<BatchErrorCode>().toExtend<OpenBatchErrorCode>();
    expectTypeOf<ParsedBatchErrorResponse['code']>().toEqualTypeOf<OpenBatchErrorCode>();
  });

  it('accepts documented and future codes in a response', () => {
    expectTypeOf<{ code: 'SomeNewCode'; message: { lang: 'en-us'; value: 'x' } }>().toExtend<BatchErrorResponse>();
    expectTypeOf<BatchErrorResponse['values']>().toEqualTypeOf<{ key: string; value: string }[] | undefined>();
  });
});
