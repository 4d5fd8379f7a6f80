import { codesByTable, errorCodes, isBatchErrorCode } from '@batch-errors/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchHttpError, codesForStatus, errorFromResponse, isRetryable, reasonPhrase, statusesOf, statusOf } from '../src/index.js';
import { neverRetryableCodes, permanentServerStatuses, retryableClientStatuses, retryableCodes } from '../src/retry-policy.js';

describe('statusOf', () => {
  it('gives ConditionNotMet 304 for reads and 412 for writes', () => {
    expect(statusOf('ConditionNotMet', { operation: 'read' })).toBe(304);
    expect(statusOf('ConditionNotMet', { operation: 'write' })).toBe(412);
    expect(statusOf('ConditionNotMet')).toBe(304);
  });

  it('gives every other REST code its only status, whatever the operation', () => {
    for (const code of [...codesByTable.common, ...codesByTable.batchService].filter((candidate) => candidate !== 'ConditionNotMet')) {
      const [status] = statusesOf(code);
      expect(statusesOf(code), code).toHaveLength(1);
      expect(statusOf(code, { operation: 'read' }), code).toBe(status);
      expect(statusOf(code, { operation: 'write' }), code).toBe(status);
    }
  });

  it.each(['BlobNotFound', 'NotACode', '', '__proto__'])('has no status for %j', (code) => {
    expect(statusOf(code)).toBeUndefined();
  });
});

describe('isRetryable', () => {
  it.each<[string | number, boolean]>([
    ['ServerBusy', true],
    ['OperationTimedOut', true],
    ['InternalError', true],
    ['PoolBeingResized', true],
    ['NodeBeingRebooted', true],
    ['TooManyEnableAutoScaleRequests', true],
    ['PoolQuotaReached', false],
    ['ActiveJobAndScheduleQuotaReached', false],
    ['AutoPoolCreationFailedWithQuotaReached', false],
    ['PoolNotFound', false],
    ['JobBeingDeleted', false],
    ['InvalidInput', false],
    ['SomeFutureCode', false],
    [500, true],
    [503, true],
    [504, true],
    [429, true],
    [408, true],
    [501, false],
    [505, false],
    [409, false],
    [404, false],
    [200, false],
    [503.5, false],
    [Number.NaN, false],
  ])('%j is %s', (codeOrStatus, expected) => {
    expect(isRetryable(codeOrStatus)).toBe(expected);
  });

  it('names only codes the docs list', () => {
    for (const code of [...retryableCodes, ...neverRetryableCodes]) expect(isBatchErrorCode(code), code).toBe(true);
  });

  it('never retries a quota error', () => {
    const quotaCodes = errorCodes.filter((code) => /Quota/.test(code));
    expect(quotaCodes.length).toBeGreaterThan(0);
    for (const code of quotaCodes) expect(isRetryable(code), code).toBe(false);
  });

  it('keeps its status rules apart', () => {
    for (const status of retryableClientStatuses) expect(status >= 400 && status < 500).toBe(true);
    for (const status of permanentServerStatuses) expect(isRetryable(status)).toBe(false);
  });
});

describe('errorFromResponse', () => {
  it('reads a documented error', () => {
    const body = JSON.stringify({
      'odata.metadata': 'https://account.westus.batch.azure.com/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element',
      code: 'PoolNotFound',
      message: { lang: 'en-US', value: 'The specified pool does not exist.\nRequestId:abc\nTime:2026-11-22T10:00:00Z' },
    });
    expect(errorFromResponse(404, body)).toEqual<BatchHttpError>({
      status: 404,
      reasonPhrase: 'Not Found',
      code: 'PoolNotFound',
      documented: true,
      documentedStatuses: [404],
      statusMatchesDocs: true,
      message: 'The specified pool does not exist.',
      requestId: 'abc',
      time: '2026-11-22T10:00:00Z',
      values: [],
      retryable: false,
      body: {
        code: 'PoolNotFound',
        message: { lang: 'en-US', value: 'The specified pool does not exist.\nRequestId:abc\nTime:2026-11-22T10:00:00Z' },
        values: [],
        requestId: 'abc',
        time: '2026-11-22T10:00:00Z',
      },
    });
  });

  it('flags a status the docs do not give the code', () => {
    const error = errorFromResponse(500, { code: 'ConditionNotMet', message: { lang: 'en-us', value: 'x' } });
    expect(error).toMatchObject({ documentedStatuses: [304, 412], statusMatchesDocs: false, retryable: false });
  });

  it('decides retries by code first, then by status', () => {
    expect(errorFromResponse(409, { code: 'PoolBeingResized' }).retryable).toBe(true);
    expect(errorFromResponse(503, { code: 'SomeFutureCode' }).retryable).toBe(true);
    expect(errorFromResponse(503, '<html>Service Unavailable</html>')).toEqual({
      status: 503,
      reasonPhrase: 'Service Unavailable',
      documented: false,
      documentedStatuses: [],
      statusMatchesDocs: true,
      values: [],
      retryable: true,
    });
  });

  it('reads the values of the documented sample', () => {
    const error = errorFromResponse(400, {
      code: 'InvalidQueryParameterValue',
      message: { lang: 'en-us', value: 'Value for one of the query parameters specified in the request URI is invalid' },
      values: [
        { key: 'QueryParameterName', value: 'state' },
        { key: 'QueryParameterValue', value: 'deleted' },
        { key: 'Reason', value: 'invalid state' },
      ],
    });
    expect(error.values).toEqual([
      { key: 'QueryParameterName', value: 'state' },
      { key: 'QueryParameterValue', value: 'deleted' },
      { key: 'Reason', value: 'invalid state' },
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.oneof(fc.anything({ withNullPrototype: true }), fc.json(), fc.string()), (status, body) => {
        const error = errorFromResponse(status, body);
        expect(error.status).toBe(status);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (status) => {
        expect(typeof errorFromResponse(status as number, '{"code":"ServerBusy"}').status).toBe('number');
      }),
    );
  });

  it('reads a status that is not a number, as loosely typed clients give it, consistently', () => {
    for (const status of ['503', 503n]) {
      expect(errorFromResponse(status as never, '')).toMatchObject({ status: 503, reasonPhrase: 'Service Unavailable', retryable: true });
    }
    const throwingToString = {
      toString: () => {
        throw new Error('boom');
      },
    };
    expect(errorFromResponse(throwingToString as never, '{"code":"PoolNotFound"}')).toMatchObject({
      status: Number.NaN,
      code: 'PoolNotFound',
      statusMatchesDocs: false,
      retryable: false,
    });
    expect(errorFromResponse(throwingToString as never, '{"code":"PoolNotFound"}').reasonPhrase).toBeUndefined();
  });
});

describe('lookups on hostile input', () => {
  const throwingToString = {
    toString: () => {
      throw new Error('boom');
    },
  };

  it('answers nothing for a code or status that is not what it should be', () => {
    for (const value of [throwingToString, Symbol('PoolNotFound'), null, undefined, 404n, ['PoolNotFound']]) {
      expect(statusesOf(value as never)).toEqual([]);
      expect(statusOf(value as never)).toBeUndefined();
      expect(reasonPhrase(value as never)).toBeUndefined();
      expect(codesForStatus(value as never)).toEqual([]);
      expect(isRetryable(value as never)).toBe(false);
    }
    expect(statusOf('ConditionNotMet', null as never)).toBe(304);
  });
});
