/**
 * A `PipelinePolicy` for `@azure/core-rest-pipeline`, the pipeline of the
 * newer Azure SDKs, written against its shape only: this package does not
 * depend on it.
 */
import { errorFromResponse, BatchError } from '@batch-errors/http';
import { type AbortSignalLike, type BatchErrorPolicyOptions, retrySettings, withRetries } from './retry-loop.js';

/** The name the policy has in a pipeline. */
export const batchErrorPolicyName = 'batchErrorPolicy';

/** The parts of core-rest-pipeline's `PipelineRequest` the policy reads. */
export interface PipelineRequestLike {
  /** The HTTP method: a failed `HEAD` with 404 is an answer ("does not exist"), not a failure. */
  method: string;
  /** Aborts the request, and the policy's waits. */
  abortSignal?: AbortSignalLike | undefined;
}

/** The parts of core-rest-pipeline's `PipelineResponse` the policy reads. */
export interface PipelineResponseLike {
  /** The HTTP status. */
  status: number;
  /** The response headers (`HttpHeaders`). */
  headers: unknown;
  /** The body as text, when the client read it. */
  bodyAsText?: string | null | undefined;
}

/** A `PipelinePolicy` of `@azure/core-rest-pipeline`, by its shape. */
export interface BatchErrorPipelinePolicy {
  /** `batchErrorPolicy`. */
  name: string;
  /** Sends the request through the rest of the pipeline, retries what is retryable, and throws a `BatchError` for what still fails. */
  sendRequest<Request extends PipelineRequestLike, Response extends PipelineResponseLike>(
    request: Request,
    next: (request: Request) => Promise<Response>,
  ): Promise<Response>;
}

/**
 * A pipeline policy for clients on `@azure/core-rest-pipeline`: every failure
 * (a response with a status of 400 or more, except 404 to a `HEAD`; a
 * `RestError`; a network failure) becomes a `BatchError` in this one place.
 * Retryable failures are retried up to `maxRetries` times, after the server's
 * `retryAfterMs` or an exponential back-off. Turn the pipeline's own retries
 * off (`retryOptions: { maxRetries: 0 }`) so that a request is not retried twice.
 *
 * @example pipeline.addPolicy(batchErrorPolicy());
 */
export function batchErrorPolicy(options?: BatchErrorPolicyOptions): BatchErrorPipelinePolicy {
  const settings = retrySettings(options);
  return {
    name: batchErrorPolicyName,
    sendRequest<Request extends PipelineRequestLike, Response extends PipelineResponseLike>(
      request: Request,
      next: (request: Request) => Promise<Response>,
    ): Promise<Response> {
      return withRetries(
        async () => {
          const response = await next(request);
          return isFailure(request, response)
            ? { failure: new BatchError(errorFromResponse({ statusCode: response.status, request, response })) }
            : { response };
        },
        settings,
        signalOf(request),
      );
    },
  };
}

/** A status of 400 or more, except the 404 that answers a `HEAD` ("it does not exist"). */
function isFailure(request: PipelineRequestLike, response: PipelineResponseLike): boolean {
  return response.status >= 400 && !(response.status === 404 && request.method.toUpperCase() === 'HEAD');
}

function signalOf(request: PipelineRequestLike): AbortSignalLike | undefined {
  const signal = request.abortSignal;
  return signal && typeof signal.addEventListener === 'function' ? signal : undefined;
}
