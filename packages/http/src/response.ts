/**
 * An HTTP error response of the Batch REST API, read whole: the body through
 * core's parser, the status against the docs, and the retry policy.
 */
import { type BatchErrorDetail, isBatchErrorCode, type OpenBatchErrorCode, parseBatchErrorResponse, type ParsedBatchErrorResponse } from '@batch-errors/core';
import { isRetryable } from './retry.js';
import { reasonPhrase, statusesOf } from './statuses.js';

/** What a failed response says, and what the docs say about it. */
export interface BatchHttpError {
  /** The response's HTTP status. */
  status: number;
  /** Its standard reason phrase, when the docs use the status. */
  reasonPhrase?: string;
  /** The body's error code, when the body is an error body. */
  code?: OpenBatchErrorCode;
  /** Whether the code is one the docs list. */
  documented: boolean;
  /** The statuses the docs give for the code (empty when none). */
  documentedStatuses: readonly number[];
  /** False when the docs give the code other statuses than the response's. */
  statusMatchesDocs: boolean;
  /** The message text of the body, when it has one. */
  message?: string;
  /** The body's details, `{ key, value }`. */
  values: BatchErrorDetail[];
  /** Whether retrying may succeed, by code if the body has one, else by status. */
  retryable: boolean;
  /** The parsed body; undefined when the body is not an error body (an HTML page from a proxy, say). */
  body?: ParsedBatchErrorResponse;
}

/**
 * Reads a failed response: `status` and the raw body (text, bytes or parsed
 * JSON). Never throws; a body that is not an error body still gives the status.
 *
 * @example errorFromResponse(404, '{"code":"PoolNotFound","message":{"lang":"en-US","value":"…"}}').documented // true
 */
export function errorFromResponse(responseStatus: number, body: unknown): BatchHttpError {
  const status = statusNumber(responseStatus);
  const parsed = parseBatchErrorResponse(body);
  const code = parsed?.code;
  const documentedStatuses = code === undefined ? [] : statusesOf(code);
  const error: BatchHttpError = {
    status,
    documented: isBatchErrorCode(code),
    documentedStatuses,
    statusMatchesDocs: documentedStatuses.length === 0 || documentedStatuses.includes(status),
    values: parsed?.values ?? [],
    retryable: code !== undefined && isBatchErrorCode(code) ? isRetryable(code) : isRetryable(status),
  };
  const phrase = reasonPhrase(status);
  if (phrase !== undefined) error.reasonPhrase = phrase;
  if (code !== undefined) error.code = code;
  if (parsed?.message !== undefined) error.message = parsed.message.value;
  if (parsed !== undefined) error.body = parsed;
  return error;
}

/** The status as a number: `"503"` and `503n` (from loosely typed clients) are 503; anything else is NaN, which no lookup matches. */
function statusNumber(status: unknown): number {
  if (typeof status === 'number') return status;
  if (typeof status === 'bigint' || (typeof status === 'string' && /^\d{3}$/.test(status.trim()))) return Number(status);
  return Number.NaN;
}
