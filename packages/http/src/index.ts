// The types of core that http's own types use, so that users of http alone can name them.
export type { BatchErrorCode, BatchErrorDetail, OpenBatchErrorCode, ParsedBatchErrorResponse } from '@batch-errors/core';
export { BatchError, isBatchError, toBatchError } from './batch-error.js';
export type {
  BatchErrorConstructor,
  BatchErrorFields,
  BatchErrorJSON,
  BatchErrorOptions,
  DocumentedBatchError,
  NoResponseBatchError,
  UndocumentedBatchError,
} from './batch-error.js';
export { fromFetchResponse } from './fetch.js';
export type { AbortSignalLike, FromFetchResponseOptions } from './fetch.js';
export { errorFromResponse } from './response.js';
export type {
  BatchFailureKind,
  BatchHttpError,
  BatchHttpErrorFields,
  DocumentedBatchHttpError,
  FetchResponseLike,
  NoResponseBatchHttpError,
  UndocumentedBatchHttpError,
} from './response.js';
export { isRetryable } from './retry.js';
export { codesForStatus, reasonPhrase, statusOf, statusesOf } from './statuses.js';
export type { StatusOfOptions } from './statuses.js';
export { spanAttributesOf } from './telemetry.js';
export type { BatchErrorSpanAttributes } from './telemetry.js';
