/**
 * Which failures are worth retrying: a hand-maintained policy, kept apart from
 * the generated tables because the docs do not say it. Change it here, with a
 * reason, and the tests check every code still exists in the docs.
 *
 * - Statuses: 408, 429 and every 5xx except 501 and 505 (those will not change
 *   on a retry).
 * - Codes: the service's own "try again" errors, and 409s that describe a
 *   resource in transition (being resized, created, started, rebooted,
 *   reimaged, upgraded): the same request succeeds once it settles.
 * - Never: quota errors. Waiting does not raise a quota, and retrying them
 *   only adds load; they appear below so that no status rule can make them
 *   retryable.
 */
import type { BatchErrorCode } from '@batch-errors/core';

/** 4xx statuses worth a retry: the request timed out, or was rate limited. */
export const retryableClientStatuses: ReadonlySet<number> = new Set([408, 429]);

/** 5xx statuses that are not: the server does not implement the method or the HTTP version. */
export const permanentServerStatuses: ReadonlySet<number> = new Set([501, 505]);

export const retryableCodes: ReadonlySet<BatchErrorCode> = new Set<BatchErrorCode>([
  // The service asks for a retry in the message itself.
  'ServerBusy',
  'InternalError',
  'OperationTimedOut',
  'TooManyEnableAutoScaleRequests',
  // A resource in transition: retry once it has settled.
  'PoolBeingResized',
  'PoolBeingCreated',
  'NodeBeingCreated',
  'NodeBeingStarted',
  'NodeBeingRebooted',
  'NodeBeingReimaged',
  'UpgradePoolVersionConflict',
]);

export const neverRetryableCodes: ReadonlySet<BatchErrorCode> = new Set<BatchErrorCode>([
  'ActiveJobAndScheduleQuotaReached',
  'PoolQuotaReached',
  'AutoPoolCreationFailedWithQuotaReached',
]);
