/**
 * An HTTP error response of the Batch REST API, read whole: the body through
 * core's parser, the status against the docs, and the retry policy. It comes
 * as a status and a body, or as the error an Azure SDK client throws.
 */
import { type BatchErrorDetail, isBatchErrorCode, type OpenBatchErrorCode, parseBatchErrorResponse, type ParsedBatchErrorResponse } from '@batch-errors/core';
import { isNamedByRetryPolicy, isRetryable } from './retry.js';
import { reasonPhrase, statusesOf } from './statuses.js';

/** What a failed response says, and what the docs say about it. */
export interface BatchHttpError {
  /** The response's HTTP status; NaN when there was no response (a connection that failed) or its status is not a number. */
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
  /**
   * The body's message text, without the `RequestId:` and `Time:` lines the
   * service appends (they are `requestId` and `time`; `body.message.value`
   * keeps the text as sent).
   */
  message?: string;
  /** The service's id of the request, from the message's `RequestId:` line: what Azure support asks for. */
  requestId?: string;
  /** When the service answered, as it wrote it (ISO 8601, UTC), from the message's `Time:` line. */
  time?: string;
  /** The body's details, `{ key, value }`. */
  values: BatchErrorDetail[];
  /** Whether retrying may succeed: by code when the docs or the retry policy know it, else by status. */
  retryable: boolean;
  /** The parsed body; undefined when the body is not an error body (an HTML page from a proxy, say). */
  body?: ParsedBatchErrorResponse;
}

/**
 * Reads a failed response from its status and raw body (text, bytes or parsed
 * JSON). Never throws; a body that is not an error body still gives the status.
 *
 * @example errorFromResponse(404, '{"code":"PoolNotFound","message":{"lang":"en-US","value":"…"}}').documented // true
 */
export function errorFromResponse(status: number | undefined, body: unknown): BatchHttpError;
/**
 * Reads the error an Azure SDK client throws (`RestError` of `@azure/batch`
 * and `@azure/ms-rest-js`, or of `@azure/core-rest-pipeline`): the same result
 * as `errorFromResponse(status, body)` with the response's status and body.
 * Anything else thrown gives a status of NaN and no code. Never throws.
 *
 * @example try { await client.pool.get('p') } catch (error) { errorFromResponse(error).code }
 */
export function errorFromResponse(error: unknown): BatchHttpError;
export function errorFromResponse(statusOrError: unknown, ...body: unknown[]): BatchHttpError {
  if (body.length > 0) return describe(statusOrError, parseBatchErrorResponse(body[0]));
  const thrown = readThrownError(statusOrError);
  return describe(thrown.status, thrown.body);
}

function describe(responseStatus: unknown, parsed: ParsedBatchErrorResponse | undefined): BatchHttpError {
  const status = statusNumber(responseStatus);
  const code = parsed?.code;
  const documentedStatuses = code === undefined ? [] : statusesOf(code);
  const error: BatchHttpError = {
    status,
    documented: isBatchErrorCode(code),
    documentedStatuses,
    statusMatchesDocs: documentedStatuses.length === 0 || documentedStatuses.includes(status),
    values: parsed?.values ?? [],
    retryable: code !== undefined && (isBatchErrorCode(code) || isNamedByRetryPolicy(code)) ? isRetryable(code) : isRetryable(status),
  };
  const phrase = reasonPhrase(status);
  if (phrase !== undefined) error.reasonPhrase = phrase;
  if (code !== undefined) error.code = code;
  if (parsed?.message !== undefined) error.message = withoutRequestLines(parsed.message.value, parsed);
  if (parsed?.requestId !== undefined) error.requestId = parsed.requestId;
  if (parsed?.time !== undefined) error.time = parsed.time;
  if (parsed !== undefined) error.body = parsed;
  return error;
}

/** What a thrown error says about the response, read once into a plain object. */
interface ThrownResponse {
  status: unknown;
  body: ParsedBatchErrorResponse | undefined;
}

/**
 * The status and error body of a thrown SDK error. The status is `statusCode`,
 * else `response.status`, else `status` (a response object itself). The body is
 * the first of these that is an error body: the raw response (`parsedBody`,
 * `bodyAsText`), the SDK's deserialized `body` (ms-rest-js) or `details`
 * (core-client), a response object's own `body`; failing those, the error's own
 * `code` and `message` when the service answered (a status) and the code is not
 * one of the client's own (`PARSE_ERROR`, `REQUEST_SEND_ERROR`, `ECONNRESET`).
 */
function readThrownError(thrown: unknown): ThrownResponse {
  const response = property(thrown, 'response');
  const status = [property(thrown, 'statusCode'), property(response, 'status'), property(thrown, 'status')].find(
    (candidate) => candidate !== undefined && candidate !== null,
  );
  for (const candidate of [property(response, 'parsedBody'), property(response, 'bodyAsText'), property(thrown, 'body'), property(thrown, 'details')]) {
    const body = parseBatchErrorResponse(candidate);
    if (body !== undefined) return { status, body };
  }
  const code = property(thrown, 'code');
  if (Number.isNaN(statusNumber(status)) || typeof code !== 'string' || clientCode.test(code)) return { status, body: undefined };
  return { status, body: parseBatchErrorResponse({ code, message: property(thrown, 'message') }) };
}

/** Codes the clients and Node.js give their own failures (`PARSE_ERROR`, `ECONNREFUSED`); the service's codes are PascalCase. */
const clientCode = /^[A-Z0-9_]+$/;

/** One property, or undefined when there is none or reading it throws (a throwing getter, a revoked proxy). */
function property(value: unknown, key: string): unknown {
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Lines such as `RequestId:5a0e…` and `Time:2026-…Z`, as core's parser reads them. */
const requestLine = /^(?:RequestId|Time):\s*\S+\s*$/;

/** The message without the request lines core read; unchanged when it read none. */
function withoutRequestLines(text: string, parsed: ParsedBatchErrorResponse): string {
  if (parsed.requestId === undefined && parsed.time === undefined) return text;
  return text
    .split('\n')
    .filter((line) => !requestLine.test(line))
    .join('\n');
}

/** The status as a number: `"503"` and `503n` (from loosely typed clients) are 503; anything else is NaN, which no lookup matches. */
function statusNumber(status: unknown): number {
  if (typeof status === 'number') return status;
  if (typeof status === 'bigint' || (typeof status === 'string' && /^\d{3}$/.test(status.trim()))) return Number(status);
  return Number.NaN;
}
