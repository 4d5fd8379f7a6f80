/**
 * OpenTelemetry span attributes of a failure, by the semantic conventions,
 * with no dependency: the names are written here, and a test checks them
 * against `@opentelemetry/semantic-conventions`.
 */
import { isBatchError, toBatchError } from './batch-error.js';
import { property } from './read.js';

/** Span attributes, as `span.setAttributes` takes them. */
export interface BatchErrorSpanAttributes {
  /** `error.type`: the service's code, else the platform's name of a failure with no response, else the status, else `_OTHER`. */
  'error.type': string;
  /** `http.response.status_code`: the HTTP status, when a response came. */
  'http.response.status_code'?: number;
  /** `azure.service.request.id`: the service's id of the request. */
  'azure.service.request.id'?: string;
  /** `batch_errors.client_request_id`: the id the client gave the request. */
  'batch_errors.client_request_id'?: string;
  /** `batch_errors.retryable`: whether retrying may succeed, by the retry policy. */
  'batch_errors.retryable': boolean;
  /** `batch_errors.retry_after_ms`: the delay the server asked for. */
  'batch_errors.retry_after_ms'?: number;
  /** Any other attribute, as OpenTelemetry's `Attributes` allows. */
  [attribute: string]: string | number | boolean | undefined;
}

/**
 * The attributes to put on the span of a failed call: `error.type` and
 * `http.response.status_code` of the OpenTelemetry semantic conventions,
 * `azure.service.request.id` (the request id), and `batch_errors.retryable`
 * (with `batch_errors.client_request_id` and `batch_errors.retry_after_ms`
 * when known). Takes a `BatchError`, a reading of `errorFromResponse`, or
 * anything thrown (read as `toBatchError` reads it). Never throws.
 *
 * @example span.setAttributes(spanAttributesOf(error)); span.setStatus({ code: SpanStatusCode.ERROR });
 */
export function spanAttributesOf(error: unknown): BatchErrorSpanAttributes {
  const failure = isBatchError(error) || typeof property(error, 'retryable') === 'boolean' ? error : toBatchError(error);
  const code = text(property(failure, 'code'));
  const networkCode = text(property(failure, 'networkCode'));
  const status = property(failure, 'status');
  const statusCode = typeof status === 'number' && Number.isInteger(status) ? status : undefined;
  const requestId = text(property(failure, 'requestId'));
  const clientRequestId = text(property(failure, 'clientRequestId'));
  const retryAfterMs = property(failure, 'retryAfterMs');
  const attributes: BatchErrorSpanAttributes = {
    'error.type': code ?? networkCode ?? (statusCode === undefined ? '_OTHER' : String(statusCode)),
    'batch_errors.retryable': property(failure, 'retryable') === true,
  };
  if (statusCode !== undefined) attributes['http.response.status_code'] = statusCode;
  if (requestId !== undefined) attributes['azure.service.request.id'] = requestId;
  if (clientRequestId !== undefined) attributes['batch_errors.client_request_id'] = clientRequestId;
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs)) attributes['batch_errors.retry_after_ms'] = retryAfterMs;
  return attributes;
}

/** A non-empty string of at most 256 characters (an attribute is not the place for a flood), or none. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, 256) : undefined;
}
