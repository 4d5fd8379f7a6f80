import { type BatchErrorCode, errorCodes, undocumentedKnownCodes } from '@batch-errors/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchHttpError, codesForStatus, errorFromResponse, isRetryable, reasonPhrase, statusesOf, statusOf } from '../src/index.js';
import { retryRules } from '../src/retry-policy.js';
import { documentedStatuses, quotaCodes, readWriteCode, schedulingOnlyCodes, severalStatusesCode } from './docs.js';

const codesOfRules = (retryable: boolean) =>
  new Set(retryRules.flatMap((rule) => ('codes' in rule.match && rule.retryable === retryable ? rule.match.codes : [])));
const retryableCodes = codesOfRules(true);
const neverRetryableCodes = codesOfRules(false);
const namedByPolicy = (code: string) => retryableCodes.has(code) || neverRetryableCodes.has(code);
const singleStatusCodes = [...documentedStatuses].filter(([, statuses]) => statuses.length === 1);
/** Documented REST codes that no rule retries: the policy does not name them, and none of their statuses is retryable. */
const permanentCodes = [...documentedStatuses]
  .filter(([code, statuses]) => !namedByPolicy(code) && !statuses.some((status) => isRetryable(status)))
  .map(([code]) => code);
/** One of them, documented with several statuses when the docs have such a code. */
const permanentCode = permanentCodes.find((code) => code === severalStatusesCode) ?? permanentCodes[0];
const noneDocumented = (what: string) => `(skipped: the docs list no ${what})`;

describe('statusOf', () => {
  it.skipIf(readWriteCode === undefined)(
    `gives ${readWriteCode ?? `a code with 304 and another status ${noneDocumented('such code')}`} 304 for reads, its other status for writes, its first by default`,
    () => {
      const code = readWriteCode ?? '';
      const statuses = documentedStatuses.get(code) ?? [];
      expect(statusOf(code, { operation: 'read' })).toBe(304);
      expect(statusOf(code, { operation: 'write' })).toBe(statuses.find((status) => status !== 304));
      expect(statusOf(code)).toBe(statuses[0]);
    },
  );

  it.skipIf(singleStatusCodes.length === 0)(`gives every code documented with one status that status, whatever the operation`, () => {
    for (const [code, [status]] of singleStatusCodes) {
      expect(statusesOf(code), code).toEqual([status]);
      expect(statusOf(code), code).toBe(status);
      expect(statusOf(code, { operation: 'read' }), code).toBe(status);
      expect(statusOf(code, { operation: 'write' }), code).toBe(status);
    }
  });

  it.each(['NotACode', '', '__proto__', ...schedulingOnlyCodes.slice(0, 1)])('has no status for %j', (code) => {
    expect(statusOf(code)).toBeUndefined();
  });
});

describe('isRetryable', () => {
  // The policy's own codes and statuses (retry-policy.ts): its answers, whatever the docs list.
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

  it('answers by name for every code it names, documented or not, whatever its statuses', () => {
    for (const code of retryableCodes) expect(isRetryable(code), code).toBe(true);
    for (const code of neverRetryableCodes) expect(isRetryable(code), code).toBe(false);
    expect([...retryableCodes].filter((code) => neverRetryableCodes.has(code))).toEqual([]);
  });

  it('names codes as the service spells them', () => {
    for (const code of [...retryableCodes, ...neverRetryableCodes]) expect(code).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });

  it('retries any other documented code exactly when one of its documented statuses is retryable', () => {
    for (const code of errorCodes.filter((candidate) => !namedByPolicy(candidate))) {
      expect(isRetryable(code), code).toBe((documentedStatuses.get(code) ?? []).some((status) => isRetryable(status)));
    }
  });

  it.skipIf(quotaCodes.length === 0)(`never retries a documented quota error${quotaCodes.length === 0 ? ` ${noneDocumented('quota code')}` : ''}`, () => {
    for (const code of quotaCodes) expect(isRetryable(code), code).toBe(false);
  });

  it('retries no status outside 400 to 599', () => {
    for (let status = 100; status < 400; status++) expect(isRetryable(status), String(status)).toBe(false);
    for (const status of [600, 999, -503, 0]) expect(isRetryable(status), String(status)).toBe(false);
  });
});

describe('errorFromResponse', () => {
  it.skipIf(permanentCode === undefined)(`reads a documented error${permanentCode === undefined ? ` ${noneDocumented('code no rule retries')}` : ''}`, () => {
    const code = permanentCode ?? '';
    const statuses = documentedStatuses.get(code) ?? [];
    const status = statuses[0] ?? 0;
    const body = JSON.stringify({
      'odata.metadata': 'https://account.westus.batch.azure.com/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element',
      code,
      message: { lang: 'en-US', value: 'The service says no.\nRequestId:abc\nTime:2026-11-22T10:00:00Z' },
    });
    expect(errorFromResponse(status, body)).toEqual<BatchHttpError>({
      kind: 'response',
      known: true,
      status,
      reasonPhrase: reasonPhrase(status) ?? '',
      code: code as BatchErrorCode,
      documented: true,
      documentedStatuses: statuses,
      statusMatchesDocs: true,
      message: 'The service says no.',
      requestId: 'abc',
      time: '2026-11-22T10:00:00Z',
      values: [],
      retryable: false,
      body: {
        code,
        message: { lang: 'en-US', value: 'The service says no.\nRequestId:abc\nTime:2026-11-22T10:00:00Z' },
        values: [],
        requestId: 'abc',
        time: '2026-11-22T10:00:00Z',
      },
    });
  });

  it.skipIf(permanentCode === undefined)(
    `flags a status the docs do not give the code, and decides its retry by the code${permanentCode === undefined ? ` ${noneDocumented('code no rule retries')}` : ''}`,
    () => {
      const code = permanentCode ?? '';
      const error = errorFromResponse(500, { code, message: { lang: 'en-us', value: 'x' } });
      expect(error).toMatchObject({ documentedStatuses: documentedStatuses.get(code), statusMatchesDocs: false, retryable: false });
    },
  );

  it('decides retries by code first, then by status', () => {
    // The policy's codes decide, listed by the docs or not: a retryable one answered with a 409, a quota error with a 503.
    for (const code of retryableCodes) expect(errorFromResponse(409, { code }).retryable, code).toBe(true);
    for (const code of neverRetryableCodes) expect(errorFromResponse(503, { code }).retryable, code).toBe(false);
    expect(errorFromResponse(503, { code: 'SomeFutureCode' }).retryable).toBe(true);
    expect(errorFromResponse(503, '<html>Service Unavailable</html>')).toEqual({
      kind: 'response',
      known: false,
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
        // A finite status is kept; NaN and the infinities are no status (never NaN, which JSON writes as null).
        expect(error.status).toBe(Number.isFinite(status) ? status : undefined);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (status) => {
        const error = errorFromResponse(status as number, '{"code":"ServerBusy"}');
        expect(error.status === undefined || Number.isFinite(error.status)).toBe(true);
        expect(error).toMatchObject({ kind: 'response', code: 'ServerBusy' });
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
    // A documented code whose statuses are not NaN, and that no rule retries.
    const code = permanentCode ?? 'SomeFutureCode';
    const body = JSON.stringify({ code });
    expect(errorFromResponse(throwingToString as never, body)).toMatchObject({
      status: undefined,
      code,
      statusMatchesDocs: permanentCode === undefined,
      retryable: false,
    });
    expect(errorFromResponse(throwingToString as never, body).reasonPhrase).toBeUndefined();
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
    const [code, statuses] = [...documentedStatuses].find(([candidate]) => candidate === severalStatusesCode) ?? [...documentedStatuses][0] ?? ['', []];
    expect(statusOf(code, null as never), code).toBe(statuses[0]);
  });
});

describe('a code the official SDKs know and the docs do not', () => {
  it('is known but not documented, and its status decides whether to retry', () => {
    const [code] = undocumentedKnownCodes;
    if (code === undefined) return;
    const error = errorFromResponse(429, { code, message: { lang: 'en-US', value: 'Slow down.' } });
    expect(error).toMatchObject({ documented: false, known: true, code, retryable: true });
    expect(errorFromResponse(400, { code, message: { lang: 'en-US', value: 'No.' } })).toMatchObject({ known: true, retryable: false });
    expect(errorFromResponse(429, { code: `${code}Typo`, message: { lang: 'en-US', value: 'Slow down.' } })).toMatchObject({ known: false });
  });
});
