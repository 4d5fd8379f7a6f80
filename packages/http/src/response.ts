/**
 * A failed request read whole: the body through core's parser, the headers
 * wherever the transport put them, the status against the docs, a failure
 * with no response by what the platform called it, and the retry policy.
 * `errorFromResponse`, `toBatchError` and `fromFetchResponse` all read
 * through `readFailure` here, so they agree on every field.
 */
import {
  type BatchErrorCode,
  type BatchErrorDetail,
  isBatchErrorCode,
  isKnownBatchErrorCode,
  type OpenBatchErrorCode,
  parseBatchErrorResponse,
  type ParsedBatchErrorResponse,
} from '@batch-errors/core';
import { headerValue, requestIdText, retryAfterMsOf } from './headers.js';
import { type NoResponseFailure, noResponseFailureOf } from './network.js';
import { property } from './read.js';
import { isRetryable, isRetryableStatus } from './retry.js';
import { isNamedByRetryPolicy, retryRuleFor } from './retry-policy.js';
import { reasonPhrase, statusesOf } from './statuses.js';

/**
 * What kind of failure it was: `'response'`, an HTTP answer came (from the
 * service or a gateway); `'network'`, none came (refused, reset, timed out,
 * unreachable); `'aborted'`, the caller aborted; `'other'`, something thrown
 * that is neither (a bug, a client's own validation).
 */
export type BatchFailureKind = 'response' | 'network' | 'aborted' | 'other';

/** The fields every reading of a failure has, whatever its kind. */
export interface BatchHttpErrorFields {
  /** What kind of failure it was. */
  kind: BatchFailureKind;
  /** The response's HTTP status; `undefined` when no response came, or its status was not a number. Never NaN. */
  status: number | undefined;
  /** Its standard reason phrase (`Bad Gateway`), for any registered status. */
  reasonPhrase?: string;
  /** The body's error code, when the body is an error body. */
  code?: OpenBatchErrorCode;
  /** Whether the code is one the docs list. */
  documented: boolean;
  /** Whether this package knows the code: documented, or named by the retry policy. When false, `retryable` comes from the status or the network failure. */
  known: boolean;
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
  /** The service's id of the request: the message's `RequestId:` line, else the `request-id` or `x-ms-request-id` header. What Azure support asks for. */
  requestId?: string;
  /** The id the client gave the request: the `client-request-id` (or `x-ms-client-request-id`) header of the response, else of the request. */
  clientRequestId?: string;
  /** When the service answered, as it wrote it (ISO 8601, UTC), from the message's `Time:` line. */
  time?: string;
  /** The body's details, `{ key, value }` (the first 1,000). */
  values: BatchErrorDetail[];
  /** Whether retrying may succeed, by the retry policy: by code when the docs or the policy know it, else by status or network failure. */
  retryable: boolean;
  /**
   * How long the server asks to wait before a retry, in milliseconds, from
   * `retry-after-ms`, `x-ms-retry-after-ms` or `Retry-After` (seconds or an
   * HTTP date); clamped to 0 … 86,400,000 (a day); absent when none is
   * well-formed.
   */
  retryAfterMs?: number;
  /** For a failure with no response, the platform's name for it: `ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`, `TimeoutError`, `AbortError`. */
  networkCode?: string;
  /** The parsed body; undefined when the body is not an error body (an HTML page from a proxy, say). */
  body?: ParsedBatchErrorResponse;
}

/** A response whose body carries a code the docs list: `code` is a `BatchErrorCode`, so a `switch` on it narrows and can be exhaustive. */
export interface DocumentedBatchHttpError extends BatchHttpErrorFields {
  /** An HTTP answer came. */
  kind: 'response';
  /** The code is one the docs list. */
  documented: true;
  /** A documented code is known. */
  known: true;
  /** The documented code. */
  code: BatchErrorCode;
  /** The parsed body. */
  body: ParsedBatchErrorResponse;
}

/** A response whose body has a code the docs do not list, or no error body at all (a gateway's HTML page). */
export interface UndocumentedBatchHttpError extends BatchHttpErrorFields {
  /** An HTTP answer came. */
  kind: 'response';
  /** The code, if any, is not one the docs list. */
  documented: false;
  /** The body's code, when the body is an error body. */
  code?: string;
}

/** A failure with no response: refused, reset, timed out, aborted, or something thrown that is no HTTP failure. */
export interface NoResponseBatchHttpError extends BatchHttpErrorFields {
  /** Why no answer came. */
  kind: 'network' | 'aborted' | 'other';
  /** No response, so no status. */
  status: undefined;
  /** No code, so not documented. */
  documented: false;
  /** No code, so not known. */
  known: false;
}

/**
 * What a failed request says, and what the docs say about it: one of three
 * shapes, told apart by `kind` and `documented`. After `if (error.documented)`,
 * `error.code` is a `BatchErrorCode`.
 */
export type BatchHttpError = DocumentedBatchHttpError | UndocumentedBatchHttpError | NoResponseBatchHttpError;

/** The shape of a platform `Response` (fetch), whose body is a stream a synchronous call cannot read. */
export interface FetchResponseLike {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: unknown;
  /** Whether the body was read already. */
  readonly bodyUsed: boolean;
  /** Reads the body as text. */
  text(): Promise<string>;
}

/**
 * Reads a failed response from its status, its raw body (text, bytes or
 * parsed JSON) and, optionally, its headers (`Headers`, either Azure SDK's
 * `HttpHeaders`, a `Map` or a plain object). Never throws; a body that is not
 * an error body still gives the status and what the headers say.
 *
 * @example errorFromResponse(404, '{"code":"PoolNotFound","message":{"lang":"en-US","value":"…"}}').documented // true
 */
export function errorFromResponse(status: number | undefined, body: unknown, headers?: unknown): BatchHttpError;
/**
 * @deprecated A fetch `Response`'s body is a stream this synchronous call cannot read: only its status and headers are read.
 * Use `await fromFetchResponse(response)`, which reads the body too.
 */
export function errorFromResponse(response: FetchResponseLike): BatchHttpError;
/**
 * Reads what an Azure SDK client throws (`RestError` of `@azure/batch` and
 * `@azure/ms-rest-js`, or of `@azure/core-rest-pipeline`), a response object,
 * or a failure with no response (`ECONNREFUSED`, an abort): the same result as
 * `errorFromResponse(status, body, headers)` with the response's own. Never
 * throws, whatever is thrown.
 *
 * @example try { await client.pool.get('p') } catch (error) { errorFromResponse(error).code }
 */
export function errorFromResponse(error: unknown): BatchHttpError;
export function errorFromResponse(statusOrError: unknown, ...rest: unknown[]): BatchHttpError {
  try {
    if (rest.length > 0) return readFailure({ status: statusOrError, body: parseBatchErrorResponse(rest[0]), headers: rest[1] });
    return readFailure(readThrown(statusOrError));
  } catch {
    // Every read is guarded already; this is the promise kept should one not be.
    return readFailure({ status: undefined, body: undefined, headers: undefined });
  }
}

/** What the reader works from, read once from whatever was given. */
export interface FailureInput {
  status: unknown;
  body: ParsedBatchErrorResponse | undefined;
  headers: unknown;
  /** The request's headers, for the client request id when the response does not echo it. */
  requestHeaders?: unknown;
  /** What a failure with no response was, when it was one. */
  noResponse?: NoResponseFailure | undefined;
}

/** The one reader: every way in ends here. */
export function readFailure({ status: responseStatus, body, headers, requestHeaders, noResponse }: FailureInput): BatchHttpError {
  const status = statusNumber(responseStatus);
  const fields = headerFields(headers, requestHeaders, body);
  if (status === undefined && body === undefined) {
    const kind = noResponse?.kind ?? 'other';
    const retryable = noResponse
      ? retryRuleFor(noResponse.kind === 'aborted' ? { aborted: true } : { networkCode: noResponse.networkCode })?.retryable === true
      : false;
    const error: NoResponseBatchHttpError = {
      kind,
      status: undefined,
      documented: false,
      known: false,
      documentedStatuses: [],
      statusMatchesDocs: true,
      values: [],
      retryable,
    };
    return Object.assign(error, fields, noResponse ? { networkCode: noResponse.networkCode } : {});
  }
  const code = body?.code;
  const documentedStatuses = code === undefined ? [] : statusesOf(code);
  // The policy decides by a code it can read (documented, or named by a row); any other code, known to the SDKs or not, by its status.
  const decidedByCode = code !== undefined && (isBatchErrorCode(code) || isNamedByRetryPolicy(code));
  const known = code !== undefined && (decidedByCode || isKnownBatchErrorCode(code));
  const shared = {
    kind: 'response' as const,
    status,
    documentedStatuses,
    statusMatchesDocs: documentedStatuses.length === 0 || (status !== undefined && documentedStatuses.includes(status)),
    values: body?.values ?? [],
    retryable: decidedByCode ? isRetryable(code) : status !== undefined && isRetryableStatus(status),
  };
  const phrase = status === undefined ? undefined : reasonPhrase(status);
  const described = { ...(phrase === undefined ? {} : { reasonPhrase: phrase }), ...messageOf(body), ...fields };
  if (body !== undefined && isBatchErrorCode(body.code)) {
    const documented: DocumentedBatchHttpError = { ...shared, documented: true, known: true, code: body.code, body };
    return Object.assign(documented, described);
  }
  const undocumented: UndocumentedBatchHttpError = { ...shared, documented: false, known };
  return Object.assign(undocumented, code === undefined ? {} : { code }, described, body === undefined ? {} : { body });
}

/** The message without the request lines; the request id and time from the body. */
function messageOf(body: ParsedBatchErrorResponse | undefined): Pick<BatchHttpErrorFields, 'message'> {
  return body?.message === undefined ? {} : { message: withoutRequestLines(body.message.value, body) };
}

/** What the headers (and the body's request lines) say: request ids, time, the delay asked for. */
function headerFields(
  headers: unknown,
  requestHeaders: unknown,
  body: ParsedBatchErrorResponse | undefined,
): Pick<BatchHttpErrorFields, 'requestId' | 'clientRequestId' | 'time' | 'retryAfterMs'> {
  const requestId = body?.requestId ?? idFrom(headers, 'request-id', 'x-ms-request-id');
  const clientRequestId =
    idFrom(headers, 'client-request-id', 'x-ms-client-request-id') ?? idFrom(requestHeaders, 'client-request-id', 'x-ms-client-request-id');
  const retryAfterMs = retryAfterMsOf(headers);
  return {
    ...(requestId === undefined ? {} : { requestId }),
    ...(clientRequestId === undefined ? {} : { clientRequestId }),
    ...(body?.time === undefined ? {} : { time: body.time }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

function idFrom(headers: unknown, ...names: string[]): string | undefined {
  for (const name of names) {
    const id = requestIdText(headerValue(headers, name));
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * The status, body and headers of a thrown SDK error, or of a response object.
 * The status is `statusCode`, else `response.status`, else `status` (a
 * response object itself). The body is the first of these that is an error
 * body: the raw response (`parsedBody`, `bodyAsText`), the SDK's deserialized
 * `body` (ms-rest-js) or `details` (core-client), a response object's own
 * `body`; failing those, the error's own `code` and `message` when the service
 * answered (a status) and the code is not one of the client's own
 * (`PARSE_ERROR`, `REQUEST_SEND_ERROR`, `ECONNRESET`). The headers are the
 * response's, else the object's own. With neither a status nor a body, it may
 * be a failure with no response.
 */
function readThrown(thrown: unknown): FailureInput {
  const response = property(thrown, 'response');
  const status = [property(thrown, 'statusCode'), property(response, 'status'), property(thrown, 'status')].find(
    (candidate) => candidate !== undefined && candidate !== null,
  );
  const headers = property(response, 'headers') ?? property(thrown, 'headers');
  const requestHeaders = property(property(thrown, 'request') ?? property(response, 'request'), 'headers');
  const found = { status, headers, requestHeaders };
  for (const candidate of [property(response, 'parsedBody'), property(response, 'bodyAsText'), property(thrown, 'body'), property(thrown, 'details')]) {
    const body = parseBatchErrorResponse(candidate);
    if (body !== undefined) return { ...found, body };
  }
  const code = property(thrown, 'code');
  if (statusNumber(status) !== undefined && typeof code === 'string' && !clientCode.test(code)) {
    return { ...found, body: parseBatchErrorResponse({ code, message: property(thrown, 'message') }) };
  }
  return { ...found, body: undefined, noResponse: statusNumber(status) === undefined ? noResponseFailureOf(thrown) : undefined };
}

/** Codes the clients and Node.js give their own failures (`PARSE_ERROR`, `ECONNREFUSED`); the service's codes are PascalCase. */
const clientCode = /^[A-Z0-9_]+$/;

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

/** The status as a number: `"503"` and `503n` (from loosely typed clients) are 503; anything else, NaN and Infinity included, is none. */
function statusNumber(status: unknown): number | undefined {
  if (typeof status === 'number') return Number.isFinite(status) ? status : undefined;
  if (typeof status !== 'bigint' && !(typeof status === 'string' && /^\d{3}$/.test(status.trim()))) return undefined;
  const number = Number(status);
  return Number.isFinite(number) ? number : undefined;
}
