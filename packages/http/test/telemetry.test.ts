/**
 * `spanAttributesOf` on a real span: recorded with `@opentelemetry/api` and
 * the SDK's in-memory exporter, as an app's tracing would, and its attribute
 * names checked against `@opentelemetry/semantic-conventions`.
 */
import { SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_ERROR_TYPE, ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import { ATTR_AZURE_SERVICE_REQUEST_ID } from '@opentelemetry/semantic-conventions/incubating';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { errorFromResponse, spanAttributesOf, toBatchError } from '../src/index.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('batch-errors-test');

afterEach(() => exporter.reset());

/** What an app does when a call fails: the attributes on the span, the exception recorded, the status set. */
function recordFailure(thrown: unknown): Record<string, unknown> {
  tracer.startActiveSpan('GET /pools/{poolId}', (span) => {
    const error = toBatchError(thrown);
    span.setAttributes(spanAttributesOf(error));
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
  });
  const [span] = exporter.getFinishedSpans();
  return { ...span?.attributes };
}

describe('spanAttributesOf, on a recorded span', () => {
  it('a documented error: its code, status, request id and retry advice', () => {
    const thrown = Object.assign(new Error('busy'), {
      statusCode: 503,
      response: {
        status: 503,
        headers: new Headers({ 'retry-after': '7', 'client-request-id': 'c-1' }),
        bodyAsText: JSON.stringify({ code: 'ServerBusy', message: { lang: 'en-US', value: 'The server is busy.\nRequestId:r-503' } }),
      },
    });
    expect(recordFailure(thrown)).toEqual({
      [ATTR_ERROR_TYPE]: 'ServerBusy',
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 503,
      [ATTR_AZURE_SERVICE_REQUEST_ID]: 'r-503',
      'batch_errors.client_request_id': 'c-1',
      'batch_errors.retryable': true,
      'batch_errors.retry_after_ms': 7000,
    });
    const [span] = exporter.getFinishedSpans();
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    // OpenTelemetry names the exception by its code when it has one.
    expect(span?.events[0]?.attributes).toMatchObject({ 'exception.type': 'ServerBusy', 'exception.message': 'The server is busy.' });
  });

  it('a gateway page with no code: the status as error.type, as the conventions say', () => {
    expect(recordFailure({ statusCode: 502, response: { status: 502, headers: { 'request-id': 'g-1' }, bodyAsText: '<html></html>' } })).toEqual({
      [ATTR_ERROR_TYPE]: '502',
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 502,
      [ATTR_AZURE_SERVICE_REQUEST_ID]: 'g-1',
      'batch_errors.retryable': true,
    });
  });

  it('a refused connection: the platform code, no status', () => {
    expect(recordFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toEqual({
      [ATTR_ERROR_TYPE]: 'ECONNREFUSED',
      'batch_errors.retryable': true,
    });
  });

  it('something that is no HTTP failure: _OTHER, as the conventions say', () => {
    expect(recordFailure(new TypeError('x is not a function'))).toEqual({ [ATTR_ERROR_TYPE]: '_OTHER', 'batch_errors.retryable': false });
  });

  it('gives the same attributes for a BatchError, its reading and what was thrown', () => {
    const thrown = { statusCode: 404, body: { code: 'PoolNotFound', message: 'No pool.\nRequestId:r-404' } };
    expect(spanAttributesOf(errorFromResponse(thrown))).toEqual(spanAttributesOf(toBatchError(thrown)));
    expect(spanAttributesOf(thrown)).toEqual(spanAttributesOf(toBatchError(thrown)));
  });

  it('never throws, and gives only attribute values OpenTelemetry accepts', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (thrown) => {
        const attributes = spanAttributesOf(thrown);
        expect(typeof attributes['error.type']).toBe('string');
        for (const value of Object.values(attributes)) expect(['string', 'number', 'boolean']).toContain(typeof value);
      }),
      { numRuns: 500 },
    );
  });
});
