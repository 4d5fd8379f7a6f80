/**
 * `BatchError`: a failed Batch request as an `Error`, like the Azure SDK's
 * `RestError`, with the fields of `errorFromResponse` and what was thrown as
 * its `cause`. A `Symbol.for` brand makes `isBatchError` (and `instanceof`)
 * work across two copies of this package in one program.
 */
import type { BatchErrorCode, BatchErrorDetail } from '@batch-errors/core';
import { property, stringProperty } from './read.js';
import {
  type BatchFailureKind,
  type BatchHttpError,
  type DocumentedBatchHttpError,
  errorFromResponse,
  type NoResponseBatchHttpError,
  type UndocumentedBatchHttpError,
} from './response.js';

/** The brand every copy of this package puts on its errors. */
const brand = /* @__PURE__ */ Symbol.for('@batch-errors/http.BatchError');

/** The fields every `BatchError` has, whatever its kind. */
export interface BatchErrorFields extends Error {
  /** Always `'BatchError'`. */
  readonly name: 'BatchError';
  /** What kind of failure it was: `'response'`, `'network'`, `'aborted'` or `'other'`. */
  readonly kind: BatchFailureKind;
  /** The response's HTTP status; `undefined` when no response came. Never NaN. */
  readonly status: number | undefined;
  /** The status's standard reason phrase (`Bad Gateway`). */
  readonly reasonPhrase?: string;
  /** The service's code, when the body had one. */
  readonly code?: string;
  /**
   * The service's message (without its `RequestId:` and `Time:` lines); when
   * it sent none, the status and reason phrase (`502 Bad Gateway`), or for a
   * failure with no response, the message of what was thrown.
   */
  readonly message: string;
  /** The service's id of the request (the message's `RequestId:` line, else the `request-id` or `x-ms-request-id` header). */
  readonly requestId?: string;
  /** The id the client gave the request (`client-request-id`). */
  readonly clientRequestId?: string;
  /** When the service answered, from the message's `Time:` line. */
  readonly time?: string;
  /** The body's details, `{ key, value }`. Frozen. */
  readonly values: readonly BatchErrorDetail[];
  /** Whether the code is one the docs list. */
  readonly documented: boolean;
  /** Whether this package knows the code (documented, or named by the retry policy). */
  readonly known: boolean;
  /** The statuses the docs give for the code (empty when none). Frozen. */
  readonly documentedStatuses: readonly number[];
  /** False when the docs give the code other statuses than the response's. */
  readonly statusMatchesDocs: boolean;
  /** Whether retrying may succeed, by the retry policy. */
  readonly retryable: boolean;
  /** How long the server asks to wait before a retry, in milliseconds (from `retry-after-ms`, `x-ms-retry-after-ms` or `Retry-After`), clamped to a day. */
  readonly retryAfterMs?: number;
  /** For a failure with no response, the platform's name for it (`ECONNREFUSED`, `AbortError`). */
  readonly networkCode?: string;
  /** What was thrown: the SDK's `RestError`, the system error, the abort reason. */
  readonly cause: unknown;
  /** A plain, stable object for logs: every field above in a fixed order, and of the cause only its name, message and code (no stack). */
  toJSON(): BatchErrorJSON;
}

/** A `BatchError` whose code the docs list: `code` is a `BatchErrorCode`. */
export interface DocumentedBatchError extends BatchErrorFields {
  /** An HTTP answer came. */
  readonly kind: 'response';
  /** The code is one the docs list. */
  readonly documented: true;
  /** A documented code is known. */
  readonly known: true;
  /** The documented code. */
  readonly code: BatchErrorCode;
}

/** A `BatchError` of a response whose code the docs do not list, or that had no error body. */
export interface UndocumentedBatchError extends BatchErrorFields {
  /** An HTTP answer came. */
  readonly kind: 'response';
  /** The code, if any, is not one the docs list. */
  readonly documented: false;
}

/** A `BatchError` with no response: refused, reset, timed out, aborted, or something else thrown. */
export interface NoResponseBatchError extends BatchErrorFields {
  /** Why no answer came. */
  readonly kind: 'network' | 'aborted' | 'other';
  /** No response, so no status. */
  readonly status: undefined;
  /** No code, so not documented. */
  readonly documented: false;
  /** No code, so not known. */
  readonly known: false;
}

/**
 * A failed Batch request as an `Error`: one of three shapes told apart by
 * `kind` and `documented`, so that after `if (error.documented)`,
 * `error.code` is a `BatchErrorCode`. Make one with `toBatchError(thrown)`
 * or `await fromFetchResponse(response)`; test one with `isBatchError`.
 */
export type BatchError = DocumentedBatchError | UndocumentedBatchError | NoResponseBatchError;

/** `BatchError.toJSON()`: what a log line holds. */
export interface BatchErrorJSON {
  /** Always `'BatchError'`. */
  name: 'BatchError';
  /** What kind of failure it was. */
  kind: BatchFailureKind;
  /** The HTTP status, when a response came. */
  status?: number;
  /** The status's reason phrase. */
  reasonPhrase?: string;
  /** The service's code. */
  code?: string;
  /** The error's message. */
  message: string;
  /** The service's request id. */
  requestId?: string;
  /** The client's request id. */
  clientRequestId?: string;
  /** When the service answered. */
  time?: string;
  /** The body's details. */
  values: BatchErrorDetail[];
  /** Whether the code is documented. */
  documented: boolean;
  /** Whether this package knows the code. */
  known: boolean;
  /** The code's documented statuses. */
  documentedStatuses: number[];
  /** Whether the status is one of them. */
  statusMatchesDocs: boolean;
  /** Whether retrying may succeed. */
  retryable: boolean;
  /** The delay the server asked for, in milliseconds. */
  retryAfterMs?: number;
  /** The platform's name for a failure with no response. */
  networkCode?: string;
  /** What was thrown, without its stack: its name, message (at most 2,000 characters) and code. */
  cause?: { name?: string; message?: string; code?: string };
}

/** Options of the `BatchError` constructor. */
export interface BatchErrorOptions {
  /** What was thrown, kept as the error's `cause`. */
  cause?: unknown;
}

/** The `BatchError` class: `new BatchError(errorFromResponse(…), { cause })`. */
export interface BatchErrorConstructor {
  /** An error from a reading of `errorFromResponse`, with what was thrown as its cause. Never throws. */
  new (reading: DocumentedBatchHttpError, options?: BatchErrorOptions): DocumentedBatchError;
  /** An error from a reading of `errorFromResponse`, with what was thrown as its cause. Never throws. */
  new (reading: UndocumentedBatchHttpError, options?: BatchErrorOptions): UndocumentedBatchError;
  /** An error from a reading of `errorFromResponse`, with what was thrown as its cause. Never throws. */
  new (reading: NoResponseBatchHttpError, options?: BatchErrorOptions): NoResponseBatchError;
  /** An error from a reading of `errorFromResponse`, with what was thrown as its cause. Never throws. */
  new (reading: BatchHttpError, options?: BatchErrorOptions): BatchError;
  /** The prototype of every `BatchError` of this copy of the package. */
  readonly prototype: BatchError;
}

/** The longest cause message `BatchError` takes as its own, or `toJSON` copies. */
const maxCauseMessage = 2000;

class BatchErrorImplementation extends Error {
  /** `instanceof BatchError` holds for a `BatchError` of any copy of the package, as `isBatchError` does. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBatchError(value);
  }

  declare readonly name: 'BatchError';
  declare readonly kind: BatchFailureKind;
  declare readonly status: number | undefined;
  declare readonly reasonPhrase?: string;
  declare readonly code?: string;
  declare readonly requestId?: string;
  declare readonly clientRequestId?: string;
  declare readonly time?: string;
  declare readonly values: readonly BatchErrorDetail[];
  declare readonly documented: boolean;
  declare readonly known: boolean;
  declare readonly documentedStatuses: readonly number[];
  declare readonly statusMatchesDocs: boolean;
  declare readonly retryable: boolean;
  declare readonly retryAfterMs?: number;
  declare readonly networkCode?: string;
  declare readonly cause: unknown;

  constructor(reading: BatchHttpError, options?: BatchErrorOptions) {
    const fields = fieldsOf(reading);
    const cause = property(options, 'cause');
    super(messageOf(fields, cause), cause === undefined ? undefined : { cause });
    Object.defineProperty(this, brand, { value: true });
    const self = this as { -readonly [Key in keyof BatchErrorImplementation]: BatchErrorImplementation[Key] };
    self.name = 'BatchError';
    self.kind = fields.kind;
    self.status = fields.status;
    // Optional fields are set only when known, as `exactOptionalPropertyTypes` reads them.
    if (fields.reasonPhrase !== undefined) self.reasonPhrase = fields.reasonPhrase;
    if (fields.code !== undefined) self.code = fields.code;
    if (fields.requestId !== undefined) self.requestId = fields.requestId;
    if (fields.clientRequestId !== undefined) self.clientRequestId = fields.clientRequestId;
    if (fields.time !== undefined) self.time = fields.time;
    self.values = fields.values;
    self.documented = fields.documented;
    self.known = fields.known;
    self.documentedStatuses = fields.documentedStatuses;
    self.statusMatchesDocs = fields.statusMatchesDocs;
    self.retryable = fields.retryable;
    if (fields.retryAfterMs !== undefined) self.retryAfterMs = fields.retryAfterMs;
    if (fields.networkCode !== undefined) self.networkCode = fields.networkCode;
  }

  toJSON(): BatchErrorJSON {
    const json: BatchErrorJSON = {
      name: 'BatchError',
      kind: this.kind,
      message: this.message,
      values: this.values.map(({ key, value }) => ({ key, value })),
      documented: this.documented,
      known: this.known,
      documentedStatuses: [...this.documentedStatuses],
      statusMatchesDocs: this.statusMatchesDocs,
      retryable: this.retryable,
    };
    const optional = {
      status: this.status,
      reasonPhrase: this.reasonPhrase,
      code: this.code,
      requestId: this.requestId,
      clientRequestId: this.clientRequestId,
      time: this.time,
      retryAfterMs: this.retryAfterMs,
      networkCode: this.networkCode,
      cause: causeSummary(this.cause),
    };
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(json, { [key]: value });
    return json;
  }
}

/** The `BatchError` class. `instanceof BatchError` holds for errors of any copy of the package. */
export const BatchError: BatchErrorConstructor = BatchErrorImplementation as unknown as BatchErrorConstructor;

/**
 * Whether a value is a `BatchError`, of this copy of the package or of any
 * other in the program (by a `Symbol.for` brand, like the Azure SDK's
 * `isRestError`). Never throws.
 */
export function isBatchError(value: unknown): value is BatchError {
  return property(value, brand) === true;
}

/**
 * Anything thrown as a `BatchError`: a `BatchError` as it is; an Azure SDK
 * `RestError`, a response object, a network failure or an abort read as
 * `errorFromResponse(thrown)` reads it, with `thrown` as the `cause`. Never
 * throws, whatever is thrown.
 *
 * @example try { await client.pool.get('p') } catch (thrown) { throw toBatchError(thrown) }
 */
export function toBatchError(thrown: unknown): BatchError {
  if (isBatchError(thrown)) return thrown;
  return new BatchError(errorFromResponse(thrown), { cause: thrown });
}

/** What the constructor copies: the reading's fields, each checked, so a hand-made or hostile reading gives a well-formed error. */
interface CopiedFields {
  kind: BatchFailureKind;
  status: number | undefined;
  reasonPhrase: string | undefined;
  code: string | undefined;
  message: string | undefined;
  requestId: string | undefined;
  clientRequestId: string | undefined;
  time: string | undefined;
  values: readonly BatchErrorDetail[];
  documented: boolean;
  known: boolean;
  documentedStatuses: readonly number[];
  statusMatchesDocs: boolean;
  retryable: boolean;
  retryAfterMs: number | undefined;
  networkCode: string | undefined;
}

const kinds: readonly BatchFailureKind[] = ['response', 'network', 'aborted', 'other'];

function fieldsOf(reading: unknown): CopiedFields {
  const kind = property(reading, 'kind');
  const status = property(reading, 'status');
  const retryAfterMs = property(reading, 'retryAfterMs');
  const boolean = (key: string, fallback: boolean) => {
    const value = property(reading, key);
    return typeof value === 'boolean' ? value : fallback;
  };
  return {
    kind: kinds.find((known) => known === kind) ?? 'other',
    status: typeof status === 'number' && Number.isFinite(status) ? status : undefined,
    reasonPhrase: stringProperty(reading, 'reasonPhrase'),
    code: stringProperty(reading, 'code'),
    message: stringProperty(reading, 'message'),
    requestId: stringProperty(reading, 'requestId'),
    clientRequestId: stringProperty(reading, 'clientRequestId'),
    time: stringProperty(reading, 'time'),
    values: Object.freeze(listOf(property(reading, 'values')).filter(isDetail)),
    documented: boolean('documented', false),
    known: boolean('known', false),
    documentedStatuses: Object.freeze(listOf(property(reading, 'documentedStatuses')).filter((value): value is number => typeof value === 'number')),
    statusMatchesDocs: boolean('statusMatchesDocs', true),
    retryable: boolean('retryable', false),
    retryAfterMs: typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) ? retryAfterMs : undefined,
    networkCode: stringProperty(reading, 'networkCode'),
  };
}

/** A copy of the first 1,000 entries of a list, or none when it is no list or cannot be read. */
function listOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  try {
    return value.slice(0, 1000);
  } catch {
    return [];
  }
}

function isDetail(value: unknown): value is BatchErrorDetail {
  return typeof property(value, 'key') === 'string' && typeof property(value, 'value') === 'string';
}

/** The service's message; else the status and phrase; else, with no response, what was thrown said. */
function messageOf(fields: CopiedFields, cause: unknown): string {
  if (fields.message !== undefined) return fields.message;
  if (fields.kind === 'response') {
    const line = [fields.status, fields.reasonPhrase].filter((part) => part !== undefined).join(' ');
    return line === '' ? 'The service answered with an error.' : line;
  }
  const thrownMessage = stringProperty(cause, 'message')?.slice(0, maxCauseMessage);
  if (thrownMessage) return thrownMessage;
  if (fields.kind === 'aborted') return 'The request was aborted.';
  return fields.networkCode === undefined ? 'The request failed.' : `The request failed: ${fields.networkCode}.`;
}

/** The cause's name, message and code, each read once and guarded; no stack. */
function causeSummary(cause: unknown): BatchErrorJSON['cause'] {
  if (cause === undefined) return undefined;
  const name = stringProperty(cause, 'name');
  const message = stringProperty(cause, 'message')?.slice(0, maxCauseMessage);
  const code = stringProperty(cause, 'code');
  return { ...(name === undefined ? {} : { name }), ...(message === undefined ? {} : { message }), ...(code === undefined ? {} : { code }) };
}
