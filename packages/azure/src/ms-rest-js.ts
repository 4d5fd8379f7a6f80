/**
 * A `RequestPolicyFactory` for `@azure/ms-rest-js`, the pipeline of
 * `@azure/batch` 10.2, written against its shape only: this package does not
 * depend on it.
 */
import { BatchError, errorFromResponse } from '@batch-errors/http';
import { type AbortSignalLike, type BatchErrorPolicyOptions, retrySettings, withRetries } from './retry-loop.js';

/** The parts of ms-rest-js's `WebResource` the policy reads. */
export interface WebResourceLike {
  /** The HTTP method: a failed `HEAD` with 404 is an answer ("does not exist"), not a failure. */
  method: string;
  /** Aborts the request, and the policy's waits. */
  abortSignal?: AbortSignalLike | undefined;
  /** The operation, whose `responses` name the statuses it expects (`pool.exists` expects a 404). */
  operationSpec?: { responses?: Record<string, unknown> } | undefined;
  /** A copy to send again: each try is sent as a fresh copy, as ms-rest-js's own retries do. */
  clone?: (() => unknown) | undefined;
}

/** The parts of ms-rest-js's `HttpOperationResponse` the policy reads. */
export interface HttpOperationResponseLike {
  /** The HTTP status. */
  status: number;
}

/** A `RequestPolicy` of ms-rest-js, by its shape. */
export interface RequestPolicyLike {
  /** Sends a request. */
  sendRequest(request: never): Promise<unknown>;
}

/** A `RequestPolicyFactory` of `@azure/ms-rest-js`, by its shape. */
export interface BatchErrorRequestPolicyFactory {
  /** Makes the policy in front of `nextPolicy` (ms-rest-js calls this for every request). */
  create<Policy extends RequestPolicyLike>(nextPolicy: Policy, options?: unknown): Policy;
}

/**
 * A request policy factory for `@azure/batch` 10.2 and other clients on
 * `@azure/ms-rest-js`: every failure (the client's `RestError`, a network
 * failure, a response with a status the operation does not expect) becomes a
 * `BatchError` in this one place. Retryable failures are retried up to
 * `maxRetries` times, after the server's `retryAfterMs` or an exponential
 * back-off. Put it first, and turn the client's own retries off
 * (`noRetryPolicy: true`), so that a request is not retried twice.
 *
 * @example new BatchServiceClient(credentials, url, { noRetryPolicy: true, requestPolicyFactories: (defaults) => [batchErrorRequestPolicyFactory(), ...defaults] })
 */
export function batchErrorRequestPolicyFactory(options?: BatchErrorPolicyOptions): BatchErrorRequestPolicyFactory {
  const settings = retrySettings(options);
  return {
    create<Policy extends RequestPolicyLike>(nextPolicy: Policy): Policy {
      const next = nextPolicy as unknown as { sendRequest(request: unknown): Promise<HttpOperationResponseLike> };
      const policy = {
        sendRequest: (request: WebResourceLike): Promise<HttpOperationResponseLike> =>
          withRetries(
            async () => {
              const response = await next.sendRequest(typeof request.clone === 'function' ? request.clone() : request);
              return isFailure(request, response)
                ? { failure: new BatchError(errorFromResponse({ statusCode: response.status, request, response })) }
                : { response };
            },
            settings,
            signalOf(request),
          ),
      };
      return policy as unknown as Policy;
    },
  };
}

/** A status of 400 or more that the operation does not list; without an operation, any but a 404 to a `HEAD`. */
function isFailure(request: WebResourceLike, response: HttpOperationResponseLike): boolean {
  if (response.status < 400) return false;
  const expected = request.operationSpec?.responses;
  if (expected !== undefined) return !Object.hasOwn(expected, String(response.status));
  return !(response.status === 404 && request.method.toUpperCase() === 'HEAD');
}

function signalOf(request: WebResourceLike): AbortSignalLike | undefined {
  const signal = request.abortSignal;
  return signal && typeof signal.addEventListener === 'function' ? signal : undefined;
}
