/**
 * Compile-time checks of the types; `tsc` (the typecheck target) fails when one is wrong,
 * and `expectTypeOf` keeps them visible in the test run.
 */
import { describe, expectTypeOf, it } from 'vitest';
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
import { categoryOf, isBatchErrorCode } from '../src/index.js';

describe('types', () => {
  it('unions the per-table codes into BatchErrorCode', () => {
    expectTypeOf<CommonErrorCode | BatchServiceErrorCode | JobSchedulingErrorCode | TaskSchedulingErrorCode>().toEqualTypeOf<BatchErrorCode>();
    expectTypeOf<'ConditionNotMet'>().toExtend<CommonErrorCode>();
    expectTypeOf<'JobBeingTerminated'>().toExtend<BatchServiceErrorCode & JobSchedulingErrorCode>();
    expectTypeOf<'Unknown'>().toExtend<JobSchedulingErrorCode & TaskSchedulingErrorCode>();
    expectTypeOf<'PoolNotFound'>().not.toExtend<JobSchedulingErrorCode>();
  });

  it('names the tables and categories', () => {
    expectTypeOf<ErrorTable>().toEqualTypeOf<'common' | 'batchService' | 'jobScheduling' | 'taskScheduling'>();
    expectTypeOf<ErrorCategory>().toEqualTypeOf<'UserError' | 'ServerError'>();
  });

  it('narrows with the guard and types categoryOf by its input', () => {
    const value: unknown = 'PoolNotFound';
    if (isBatchErrorCode(value)) expectTypeOf(value).toEqualTypeOf<BatchErrorCode>();
    expectTypeOf(categoryOf('BlobNotFound')).toEqualTypeOf<ErrorCategory>();
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
