/**
 * `batchErrorRequestPolicyFactory` in the official client, `@azure/batch`
 * 10.2 (ms-rest-js), against a loopback service: failures become a
 * `BatchError` in one place, retryable ones are retried once per policy
 * (the client's own retries off), after the delay the server asks for.
 */
import { BatchServiceClient, BatchSharedKeyCredentials } from '@azure/batch';
import type { ServiceClientOptions } from '@azure/ms-rest-js';
import { RestError } from '@azure/ms-rest-js';
import { describe, expect, it } from 'vitest';
import { type BatchErrorPolicyOptions, batchErrorRequestPolicyFactory } from '../src/index.js';
import { errorBody, pool, refusingUrl, rejection, servicePerTest } from './service.js';

const key = Buffer.from('loopback test key').toString('base64');
/** Fast back-off, so that tests of retries take milliseconds. */
const fast: BatchErrorPolicyOptions = { maxRetries: 2, retryDelayMs: 5, maxRetryDelayMs: 20 };

/** The client as the README builds it: the client's retries off, the policy first. */
function clientFor(url: string, options: BatchErrorPolicyOptions = fast): BatchServiceClient {
  const clientOptions: ServiceClientOptions = {
    noRetryPolicy: true,
    requestPolicyFactories: (defaults) => [batchErrorRequestPolicyFactory(options), ...defaults],
  };
  return new BatchServiceClient(new BatchSharedKeyCredentials('loopbackaccount', key), url, clientOptions);
}

const serve = servicePerTest();

describe('batchErrorRequestPolicyFactory in @azure/batch', () => {
  it('turns a documented error into a BatchError, the RestError as its cause, without retrying it', async () => {
    const { url, requests } = await serve(() => ({ status: 404, body: errorBody('PoolNotFound', 'The specified pool does not exist.', 'r-404') }));
    const error = await rejection(clientFor(url).pool.get('missing'));
    expect(error).toMatchObject({
      kind: 'response',
      status: 404,
      code: 'PoolNotFound',
      message: 'The specified pool does not exist.',
      requestId: 'r-404',
      retryable: false,
    });
    expect(error.cause).toBeInstanceOf(RestError);
    expect(requests).toHaveLength(1);
  });

  it('retries a 503 after the Retry-After the server asks for, then succeeds', async () => {
    const { url, requests } = await serve((_line, index) =>
      index === 0 ? { status: 503, headers: { 'retry-after': '1' }, body: errorBody('ServerBusy', 'The server is busy.') } : { status: 200, body: pool },
    );
    const found = await clientFor(url).pool.get('pool-1');
    expect(found.id).toBe('pool-1');
    expect(requests.map(({ line }) => line)).toEqual(['GET /pools/pool-1', 'GET /pools/pool-1']);
    // Honoured: one second, not the policy's 5 ms back-off.
    expect((requests[1]?.at ?? 0) - (requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('retries a 429 with retry-after-ms, and gives up after maxRetries with the last failure', async () => {
    const { url, requests } = await serve(() => ({ status: 429, headers: { 'retry-after-ms': '30' }, body: errorBody('TooManyRequests', 'Slow down.') }));
    const error = await rejection(clientFor(url).pool.get('pool-1'));
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests', retryable: true, retryAfterMs: 30 });
    expect(requests).toHaveLength(1 + (fast.maxRetries ?? 0));
    for (let index = 1; index < requests.length; index++) expect((requests[index]?.at ?? 0) - (requests[index - 1]?.at ?? 0)).toBeGreaterThanOrEqual(25);
  });

  it('does not wait a Retry-After over maxRetryAfterMs: the BatchError carries it to the caller', async () => {
    const { url, requests } = await serve(() => ({ status: 503, headers: { 'retry-after': '3600' }, body: errorBody('ServerBusy', 'Busy.') }));
    const error = await rejection(clientFor(url).pool.get('pool-1'));
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 3_600_000 });
    expect(requests).toHaveLength(1);
  });

  it('retries a 502 HTML page from a gateway with back-off, and keeps its request id', async () => {
    const { url, requests } = await serve((_line, index) =>
      index < 2 ? { status: 502, headers: { 'request-id': 'gateway-7', 'content-type': 'text/html' } } : { status: 200, body: pool },
    );
    expect((await clientFor(url).pool.get('pool-1')).id).toBe('pool-1');
    expect(requests).toHaveLength(3);
  });

  it('leaves an answer the operation expects alone: pool.exists of a missing pool is false', async () => {
    const { url, requests } = await serve(() => ({ status: 404 }));
    expect((await clientFor(url).pool.exists('missing')).body).toBe(false);
    expect(requests).toEqual([expect.objectContaining({ line: 'HEAD /pools/missing' })]);
  });

  it('turns a refused connection into a network BatchError, retried maxRetries times', async () => {
    const error = await rejection(clientFor(await refusingUrl()).pool.get('pool-1'));
    expect(error).toMatchObject({ kind: 'network', networkCode: 'ECONNREFUSED', retryable: true });
    expect(error.status).toBeUndefined();
  });

  it('stops waiting when the call is aborted, with a BatchError of kind aborted', async () => {
    const { url, requests } = await serve(() => ({ status: 503, headers: { 'retry-after': '30' }, body: errorBody('ServerBusy', 'Busy.') }));
    const controller = new AbortController();
    const started = performance.now();
    const call = clientFor(url, { maxRetryAfterMs: 60_000 }).pool.get('pool-1', { abortSignal: controller.signal as never }); // ms-rest-js types its own AbortSignalLike
    setTimeout(() => controller.abort(), 200);
    const error = await rejection(call);
    expect(error).toMatchObject({ kind: 'aborted', retryable: false });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(requests).toHaveLength(1);
    // What it was waiting to retry is kept.
    expect((error.cause as Error).cause).toMatchObject({ code: 'ServerBusy', status: 503 });
  });

  it('with maxRetries 0 only converts', async () => {
    const { url, requests } = await serve(() => ({ status: 500, body: errorBody('InternalError', 'Oops.') }));
    expect(await rejection(clientFor(url, { maxRetries: 0 }).pool.get('pool-1'))).toMatchObject({ code: 'InternalError', retryable: true });
    expect(requests).toHaveLength(1);
  });
});
