/**
 * `errorFromResponse(error)` on the errors Azure SDK clients throw, built by
 * hand as the clients build them; the real client is in
 * tools/release-check/test/client-errors.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchHttpError, errorFromResponse } from '../src/index.js';
import { documentedStatuses } from './docs.js';

interface ServiceBody {
  'odata.metadata': string;
  code: string;
  message: { lang: string; value: string };
  values?: { key: string; value: string }[];
}

const requestId = '5a0e4bd0-0fde-4f4f-9d64-8a3e4b1c2d3e';
const time = '2026-11-22T10:00:00.0000000Z';

/** An error body as the service writes it, request id and time last. */
function serviceBody(code: string, text: string, values?: { key: string; value: string }[]): ServiceBody {
  return {
    'odata.metadata': 'https://account.westus.batch.azure.com/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element',
    code,
    message: { lang: 'en-US', value: `${text}\nRequestId:${requestId}\nTime:${time}` },
    ...(values ? { values } : {}),
  };
}

/** `@azure/ms-rest-js`'s RestError, its fields as its deserialization policy fills them. */
class MsRestError extends Error {
  code?: string;
  statusCode?: number;
  request?: unknown;
  response?: unknown;
  body?: unknown;
}

function msRestError(status: number, raw: ServiceBody): MsRestError {
  const text = JSON.stringify(raw);
  const error = new MsRestError(text);
  const request = { url: 'https://account.westus.batch.azure.com/pools/p', method: 'GET', headers: {} };
  error.statusCode = status;
  error.code = raw.code;
  error.request = request;
  error.response = { status, bodyAsText: text, parsedBody: JSON.parse(text), headers: { 'request-id': requestId }, request };
  // The client puts the body's { lang, value } message where a string belongs.
  Object.defineProperty(error, 'message', { value: raw.message });
  // The deserialized body: the BatchError model, without odata.metadata.
  error.body = { code: raw.code, message: raw.message, ...(raw.values ? { values: raw.values } : {}) };
  return error;
}

/** What the clients on `@azure/core-rest-pipeline` and `@azure/core-client` throw. */
function coreRestPipelineError(status: number, raw: ServiceBody): unknown {
  const error = Object.assign(new Error(raw.message.value), { name: 'RestError', code: raw.code, statusCode: status, details: { ...raw } });
  return Object.assign(error, { response: { status, headers: { get: () => undefined }, bodyAsText: JSON.stringify(raw), request: {} } });
}

/** The ways a thrown error that holds the body reaches `errorFromResponse`, made from a status and the body the service sent. */
const bodyShapes: [string, (status: number, raw: ServiceBody) => unknown][] = [
  ['RestError of @azure/ms-rest-js (what @azure/batch throws)', msRestError],
  ['RestError of @azure/ms-rest-js without its response', (status, raw) => Object.assign(msRestError(status, raw), { response: undefined })],
  ['RestError of @azure/ms-rest-js whose body getter throws', (status, raw) => throwingOn(msRestError(status, raw), 'body')],
  ['RestError of @azure/core-rest-pipeline', coreRestPipelineError],
  [
    'RestError of @azure/core-client without its response',
    (status, raw) => Object.assign(coreRestPipelineError(status, raw) as object, { response: undefined }),
  ],
  [
    'RestError of @azure/core-rest-pipeline with only the response text',
    (status, raw) => Object.assign(coreRestPipelineError(status, raw) as object, { details: undefined }),
  ],
  [
    'RestError of @azure/core-rest-pipeline with only its status on the response',
    (status, raw) => ({ code: raw.code, response: { status, bodyAsText: JSON.stringify(raw) } }),
  ],
  ['a response object of a REST-level client, status as text', (status, raw) => ({ status: String(status), headers: {}, body: raw })],
  ['a RestError read back from JSON logs', (status, raw) => JSON.parse(JSON.stringify(msRestError(status, raw)))],
];

/** Those, and an error that kept no body (its details are lost, the rest is not). */
const shapes: [string, (status: number, raw: ServiceBody) => unknown][] = [
  ...bodyShapes,
  ['an error that kept only code, status and message', (status, raw) => ({ statusCode: status, code: raw.code, message: raw.message })],
];

function throwingOn<T extends object>(target: T, key: string): T {
  return Object.defineProperty(target, key, {
    get() {
      throw new Error(`no ${key}`);
    },
  });
}

/** Every documented REST code with each of its documented statuses. */
const restResponses = [...documentedStatuses].flatMap(([code, statuses]) => statuses.map((status) => ({ code, status })));

describe('errorFromResponse(error)', () => {
  it('has REST codes to try', () => {
    expect(restResponses.length).toBeGreaterThan(0);
  });

  it.each(shapes)('reads %s as errorFromResponse(status, body) does, for every documented REST code', (_name, shape) => {
    for (const { code, status } of restResponses) {
      const raw = serviceBody(code, `The service says ${code}.`);
      const fromThrown = errorFromResponse(shape(status, raw));
      expect(fromThrown, code).toEqual(errorFromResponse(status, raw));
      expect(fromThrown, code).toMatchObject({
        status,
        code,
        documented: true,
        statusMatchesDocs: true,
        message: `The service says ${code}.`,
        requestId,
        time,
      });
    }
  });

  it('keeps the details of the body', () => {
    const raw = serviceBody('InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid.', [
      { key: 'QueryParameterName', value: 'state' },
      { key: 'Reason', value: 'invalid state' },
    ]);
    for (const [name, shape] of bodyShapes) {
      expect(errorFromResponse(shape(400, raw)).values, name).toEqual([
        { key: 'QueryParameterName', value: 'state' },
        { key: 'Reason', value: 'invalid state' },
      ]);
    }
  });

  it('gives the status of a response without an error body, and no code', () => {
    const gatewayPage = '<html><body>502 Bad Gateway</body></html>';
    const parseError = Object.assign(new Error(`Error occurred while parsing the response body - ${gatewayPage}.`), {
      code: 'PARSE_ERROR',
      statusCode: 502,
      response: { status: 502, bodyAsText: gatewayPage },
      body: gatewayPage,
    });
    expect(errorFromResponse(parseError)).toEqual(errorFromResponse(502, gatewayPage));
    expect(errorFromResponse(parseError)).toMatchObject({ status: 502, documented: false, retryable: true });
    expect(errorFromResponse(parseError).code).toBeUndefined();
    expect(errorFromResponse({ statusCode: 503, response: { status: 503, bodyAsText: '' } })).toEqual(errorFromResponse(503, ''));
  });

  it.each<[string, unknown, string]>([
    [
      'a connection that failed, as ms-rest-js reports it',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'REQUEST_SEND_ERROR' }),
      'ECONNREFUSED',
    ],
    ['a Node.js system error', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'ECONNRESET'],
  ])('gives no status, no code and a retryable network failure for %s', (_name, thrown, networkCode) => {
    expect(errorFromResponse(thrown)).toEqual({
      kind: 'network',
      status: undefined,
      documented: false,
      known: false,
      documentedStatuses: [],
      statusMatchesDocs: true,
      values: [],
      retryable: true,
      networkCode,
    });
  });

  it.each<[string, unknown]>([
    ['a plain Error', new Error('PoolNotFound')],
    ['a code without a status', { code: 'PoolNotFound', message: 'The specified pool does not exist.' }],
    ['a string', 'PoolNotFound'],
    ['a number', 404],
    ['undefined', undefined],
    ['null', null],
    ['a symbol', Symbol('PoolNotFound')],
    ['a function', () => 404],
  ])('gives no status, no code and kind "other" for %s', (_name, thrown) => {
    const error = errorFromResponse(thrown);
    expect(error).toEqual({
      kind: 'other',
      status: undefined,
      documented: false,
      known: false,
      documentedStatuses: [],
      statusMatchesDocs: true,
      values: [],
      retryable: false,
    });
    // What JSON logs get: no NaN turned into null.
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty('status');
  });

  it('takes the status from statusCode first, then from the response', () => {
    const raw = serviceBody('PoolNotFound', 'The specified pool does not exist.');
    expect(errorFromResponse({ statusCode: 404, response: { status: 500 }, body: raw }).status).toBe(404);
    expect(errorFromResponse({ statusCode: undefined, response: { status: 404 }, body: raw }).status).toBe(404);
  });

  it('takes the status as the clients type it, possibly undefined', () => {
    const restError: { statusCode?: number | undefined; body?: unknown } = msRestError(404, serviceBody('PoolNotFound', 'The specified pool does not exist.'));
    expect(errorFromResponse(restError.statusCode, restError.body)).toEqual(errorFromResponse(restError));
    expect(errorFromResponse(undefined, restError.body).status).toBeUndefined();
  });
});

describe('the request id and time', () => {
  it.each<[string, string, Pick<BatchHttpError, 'message' | 'requestId' | 'time'>]>([
    ['both lines', `The server is busy.\nRequestId:${requestId}\nTime:${time}`, { message: 'The server is busy.', requestId, time }],
    [
      'a message of several lines',
      `First line.\nSecond line.\nRequestId:${requestId}\nTime:${time}`,
      { message: 'First line.\nSecond line.', requestId, time },
    ],
    ['only the request id', `The server is busy.\nRequestId:${requestId}`, { message: 'The server is busy.', requestId }],
    ['neither', 'The server is busy.\n', { message: 'The server is busy.\n' }],
    ['text that only mentions them', 'Quote the RequestId: it helps.', { message: 'Quote the RequestId: it helps.' }],
  ])('come from the message with %s; the message keeps the rest', (_name, value, expected) => {
    const error = errorFromResponse(503, { code: 'ServerBusy', message: { lang: 'en-US', value } });
    expect({ message: error.message, requestId: error.requestId, time: error.time }).toEqual({ requestId: undefined, time: undefined, ...expected });
    expect(error.body?.message?.value).toBe(value);
  });
});

describe('errorFromResponse(error) on hostile input', () => {
  const raw = serviceBody('PoolNotFound', 'The specified pool does not exist.');
  const throwingEverywhere = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      has: () => {
        throw new Error('trap');
      },
      getPrototypeOf: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
    },
  );
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  it.each<[string, unknown]>([
    ['a proxy whose traps throw', throwingEverywhere],
    ['a revoked proxy', revoked.proxy],
    ['a response that is a proxy whose traps throw', { statusCode: 404, response: throwingEverywhere }],
    ['a response that is a revoked proxy', { statusCode: 404, response: revoked.proxy, body: revoked.proxy }],
    ['a status that throws when converted', { statusCode: { [Symbol.toPrimitive]: () => Symbol('no') }, body: raw }],
  ])('survives %s', (_name, thrown) => {
    const { status } = errorFromResponse(thrown);
    expect(status === undefined || status === 404).toBe(true);
  });

  it('reads what it can around a property that throws', () => {
    expect(errorFromResponse(throwingOn({ statusCode: 404, response: { status: 404, bodyAsText: JSON.stringify(raw) } }, 'body'))).toEqual(
      errorFromResponse(404, raw),
    );
    expect(errorFromResponse(throwingOn({ statusCode: 404, body: raw }, 'response'))).toEqual(errorFromResponse(404, raw));
    expect(errorFromResponse(throwingOn({ response: { status: 404 }, body: raw }, 'statusCode'))).toEqual(errorFromResponse(404, raw));
  });

  it('survives cycles', () => {
    const request: Record<string, unknown> = {};
    const response: Record<string, unknown> = { status: 404, request, parsedBody: { ...raw } };
    request['response'] = response;
    (response['parsedBody'] as Record<string, unknown>)['self'] = response['parsedBody'];
    const error: Record<string, unknown> = { statusCode: 404, request, response };
    error['body'] = error;
    error['details'] = error;
    expect(errorFromResponse(error)).toEqual(errorFromResponse(404, raw));
  });

  it('survives huge texts', () => {
    const huge = `${'x'.repeat(8 * 1024 * 1024)}\nRequestId:${requestId}`;
    const body = { code: 'ServerBusy', message: { lang: 'en-US', value: huge } };
    const error = errorFromResponse({ statusCode: 503, response: { status: 503, bodyAsText: `{${'"a":1,'.repeat(1024 * 1024)}` }, body });
    expect(error).toMatchObject({ status: 503, code: 'ServerBusy', requestId });
    expect(error.message).toHaveLength(8 * 1024 * 1024);
  });

  it('never throws, whatever is thrown', () => {
    const field = fc.oneof(fc.anything({ withNullPrototype: true }), fc.json(), fc.string(), fc.integer());
    const thrown = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.record(
        {
          statusCode: field,
          status: field,
          code: field,
          message: field,
          body: field,
          details: field,
          response: fc.record({ status: field, bodyAsText: field, parsedBody: field }),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(thrown, (value) => {
        const error = errorFromResponse(value);
        expect(error.status === undefined || Number.isFinite(error.status)).toBe(true);
        expect(['response', 'network', 'aborted', 'other']).toContain(error.kind);
      }),
      { numRuns: 2000 },
    );
  });
});
