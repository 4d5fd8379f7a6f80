/**
 * `batchErrorPolicy` in a real `@azure/core-rest-pipeline` pipeline (the one
 * the newer Azure SDKs build), with its own HTTP client, against a loopback
 * service.
 */
import {
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  type Pipeline,
  type PipelinePolicy,
  RestError,
} from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import { type BatchErrorPolicyOptions, batchErrorPolicy, batchErrorPolicyName } from '../src/index.js';
import { errorBody, pool, refusingUrl, rejection, servicePerTest } from './service.js';

const fast: BatchErrorPolicyOptions = { maxRetries: 2, retryDelayMs: 5, maxRetryDelayMs: 20 };
const httpClient = createDefaultHttpClient();

/** The pipeline as the README builds it: its own retries off, the policy added. */
function pipelineWith(options: BatchErrorPolicyOptions = fast): Pipeline {
  const pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 0 } });
  const policy: PipelinePolicy = batchErrorPolicy(options);
  pipeline.addPolicy(policy);
  return pipeline;
}

const serve = servicePerTest();

function send(pipeline: Pipeline, url: string, method: 'GET' | 'HEAD' = 'GET', abortSignal?: AbortSignal) {
  // Loopback is plain HTTP, which the pipeline refuses unless told.
  return pipeline.sendRequest(httpClient, createPipelineRequest({ url, method, allowInsecureConnection: true, ...(abortSignal ? { abortSignal } : {}) }));
}

describe('batchErrorPolicy in @azure/core-rest-pipeline', () => {
  it('is a named policy of the pipeline', () => {
    expect(
      pipelineWith()
        .getOrderedPolicies()
        .map((policy) => policy.name),
    ).toContain(batchErrorPolicyName);
  });

  it('turns a failed response into a BatchError, with headers read from HttpHeaders', async () => {
    const { url, requests } = await serve(() => ({
      status: 409,
      headers: { 'client-request-id': 'c-9' },
      body: errorBody('PoolExists', 'The specified pool already exists.', 'r-409'),
    }));
    const error = await rejection(send(pipelineWith(), `${url}/pools`));
    expect(error).toMatchObject({ status: 409, code: 'PoolExists', requestId: 'r-409', clientRequestId: 'c-9', retryable: false });
    expect(requests).toHaveLength(1);
  });

  it('retries a 503 after its Retry-After, then returns the response', async () => {
    const { url, requests } = await serve((_line, index) =>
      index === 0 ? { status: 503, headers: { 'retry-after': '1' }, body: errorBody('ServerBusy', 'Busy.') } : { status: 200, body: pool },
    );
    const response = await send(pipelineWith(), `${url}/pools/pool-1`);
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
    expect((requests[1]?.at ?? 0) - (requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('retries a 429 with x-ms-retry-after-ms until maxRetries, then throws the last failure', async () => {
    const { url, requests } = await serve(() => ({ status: 429, headers: { 'x-ms-retry-after-ms': '25' } }));
    const error = await rejection(send(pipelineWith(), `${url}/pools/pool-1`));
    expect(error).toMatchObject({ status: 429, reasonPhrase: 'Too Many Requests', retryable: true, retryAfterMs: 25 });
    expect(requests).toHaveLength(3);
  });

  it('answers a HEAD with 404 as a response (the resource does not exist), not a failure', async () => {
    const { url } = await serve(() => ({ status: 404 }));
    expect((await send(pipelineWith(), `${url}/pools/missing`, 'HEAD')).status).toBe(404);
  });

  it('turns a refused connection (a RestError with ECONNREFUSED) into a network BatchError', async () => {
    const error = await rejection(send(pipelineWith(), `${await refusingUrl()}/pools/pool-1`));
    expect(error).toMatchObject({ kind: 'network', networkCode: 'ECONNREFUSED', retryable: true });
    expect(error.cause).toBeInstanceOf(RestError);
  });

  it('an abort is kind aborted and not retried', async () => {
    const { url, requests } = await serve(() => ({ status: 503, headers: { 'retry-after': '30' } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const error = await rejection(send(pipelineWith(), `${url}/pools/pool-1`, 'GET', controller.signal));
    expect(error).toMatchObject({ kind: 'aborted', retryable: false });
    expect(requests).toHaveLength(1);
  });

  it('with the pipeline’s own retries on as well, a 503 is sent by both: what the README warns of', async () => {
    const { url, requests } = await serve(() => ({ status: 503, headers: { 'retry-after-ms': '1' } }));
    const pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 1, retryDelayInMs: 1 } });
    pipeline.addPolicy(batchErrorPolicy({ maxRetries: 1, retryDelayMs: 1 }));
    await rejection(send(pipeline, `${url}/pools/pool-1`));
    // Two tries of the policy, each retried once by the pipeline.
    expect(requests).toHaveLength(4);
  });
});
