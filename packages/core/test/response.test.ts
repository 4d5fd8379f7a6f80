import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParsedBatchErrorResponse, parseBatchErrorResponse, parseFailureInfo } from '../src/index.js';

/** The first JSON sample of the docs page, as published. */
const documentedSample = {
  code: 'InvalidQueryParameterValue',
  message: { lang: 'en-us', value: 'Value for one of the query parameters specified in the request URI is invalid' },
  values: [
    { key: 'QueryParameterName', value: 'state' },
    { key: 'QueryParameterValue', value: 'deleted' },
    { key: 'Reason', value: 'invalid state' },
  ],
};

/** What the service sends today: OData metadata, and the request id and time in the message. */
const serviceBody = {
  'odata.metadata': 'https://account.westus.batch.azure.com/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element',
  code: 'PoolNotFound',
  message: {
    lang: 'en-US',
    value: 'The specified pool does not exist.\nRequestId:5a0e4bd0-0fde-4f4f-9d64-8a3e4b1c2d3e\nTime:2026-11-22T10:00:00.0000000Z',
  },
};

describe('parseBatchErrorResponse', () => {
  it.each<[string, unknown, ParsedBatchErrorResponse | undefined]>([
    ['the documented sample', documentedSample, { code: 'InvalidQueryParameterValue', message: documentedSample.message, values: documentedSample.values }],
    [
      'the documented sample as JSON text',
      JSON.stringify(documentedSample),
      { code: 'InvalidQueryParameterValue', message: documentedSample.message, values: documentedSample.values },
    ],
    [
      'the documented sample as bytes with a byte order mark',
      new TextEncoder().encode(`\ufeff${JSON.stringify(documentedSample)}`),
      { code: 'InvalidQueryParameterValue', message: documentedSample.message, values: documentedSample.values },
    ],
    [
      'a body from the service',
      serviceBody,
      {
        code: 'PoolNotFound',
        message: serviceBody.message,
        values: [],
        requestId: '5a0e4bd0-0fde-4f4f-9d64-8a3e4b1c2d3e',
        time: '2026-11-22T10:00:00.0000000Z',
      },
    ],
    [
      'the odata.error wrapper',
      { 'odata.error': { code: 'JobNotFound', message: { lang: 'en-US', value: 'The specified job does not exist.' } } },
      { code: 'JobNotFound', message: { lang: 'en-US', value: 'The specified job does not exist.' }, values: [] },
    ],
    [
      'an error wrapper with a text message',
      { error: { code: 'ServerBusy', message: 'Try later.' } },
      { code: 'ServerBusy', message: { value: 'Try later.' }, values: [] },
    ],
    [
      'values as a single { name, value } object (the second sample of the docs)',
      { code: 'BlobNotFound', message: 'The specified blob does not exist.', values: { name: 'FilePath', value: 'myfile.txt' } },
      { code: 'BlobNotFound', message: { value: 'The specified blob does not exist.' }, values: [{ key: 'FilePath', value: 'myfile.txt' }] },
    ],
    [
      'values with numbers, booleans and junk',
      {
        code: 'X',
        values: [{ key: 'a', value: 1 }, { key: 'b', value: true }, { key: 'c', value: null }, null, 'text', { value: 'no key' }, { name: 'd', value: 'ok' }],
      },
      {
        code: 'X',
        values: [
          { key: 'a', value: '1' },
          { key: 'b', value: 'true' },
          { key: 'd', value: 'ok' },
        ],
      },
    ],
    ['a code the docs do not list yet', { code: 'SomeFutureCode' }, { code: 'SomeFutureCode', values: [] }],
    ['no code', { message: { lang: 'en-us', value: 'x' } }, undefined],
    ['an empty code', { code: ' ' }, undefined],
    ['a numeric code', { code: 404 }, undefined],
    ['invalid JSON', '{"code": "PoolNotFound"', undefined],
    ['an HTML error page', '<html><body>502 Bad Gateway</body></html>', undefined],
    ['null', null, undefined],
    ['an array', [{ code: 'PoolNotFound' }], undefined],
    ['a number', 42, undefined],
  ])('reads %s', (_name, body, expected) => {
    expect(parseBatchErrorResponse(body)).toEqual(expected);
  });

  it('survives objects that throw when read', () => {
    const throwing = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        has: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseBatchErrorResponse(throwing)).toBeUndefined();
    expect(parseBatchErrorResponse(proxy)).toBeUndefined();
  });

  it('reads each property once, so a getter that changes its answer cannot break the result', () => {
    let reads = 0;
    const fickle = Object.defineProperty({}, 'value', { get: () => (reads++ === 0 ? 'Try later.' : { not: 'text' }) });
    expect(parseBatchErrorResponse({ code: 'ServerBusy', message: fickle })?.message).toEqual({ value: 'Try later.' });
  });

  it('reads a values list of length 2^32-1 by its first 1,000 entries, at once', () => {
    const holes: unknown[] = [];
    holes.length = 2 ** 32 - 1;
    holes[0] = { key: 'First', value: 'kept' };
    holes[5000] = { key: 'Late', value: 'not read' };
    const started = performance.now();
    expect(parseBatchErrorResponse({ code: 'ServerBusy', values: holes })?.values).toEqual([{ key: 'First', value: 'kept' }]);
    expect(parseFailureInfo({ code: 'BlobNotFound', details: holes })?.details).toEqual([{ key: 'First', value: 'kept' }]);
    // Walking the holes took 85 s; a thousand entries take well under a millisecond.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps at most the first 1,000 details', () => {
    const values = Array.from({ length: 5000 }, (_, index) => ({ key: `K${index}`, value: String(index) }));
    const parsed = parseBatchErrorResponse(JSON.stringify({ code: 'ServerBusy', values }));
    expect(parsed?.values).toHaveLength(1000);
    expect(parsed?.values.at(-1)).toEqual({ key: 'K999', value: '999' });
  });

  it('survives JSON nested deeper than the parser allows', () => {
    expect(parseBatchErrorResponse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true, withTypedArray: true }), fc.json(), fc.string()), (body) => {
        const parsed = parseBatchErrorResponse(body);
        if (parsed !== undefined) {
          expect(typeof parsed.code).toBe('string');
          expect(Array.isArray(parsed.values)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every well-formed detail of a body, whatever its text', () => {
    const detail = fc.record({ key: fc.string(), value: fc.string() });
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((code) => code.trim() !== ''),
        fc.array(detail),
        (code, values) => {
          expect(parseBatchErrorResponse(JSON.stringify({ code, values }))).toEqual({ code, values });
        },
      ),
    );
  });
});
