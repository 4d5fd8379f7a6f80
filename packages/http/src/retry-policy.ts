/**
 * Which failures are worth retrying: a hand-maintained policy, kept apart from
 * the generated tables because the docs do not say it. Change it here, with a
 * reason.
 *
 * - Statuses: 408, 429 and every 5xx except 501 and 505 (those will not change
 *   on a retry).
 * - Codes: the service's own "try again" errors, and 409s that describe a
 *   resource in transition (being resized, created, started, rebooted,
 *   reimaged, upgraded): the same request succeeds once it settles.
 * - Never: quota errors. Waiting does not raise a quota, and retrying them
 *   only adds load; they appear below so that no status rule can make them
 *   retryable.
 *
 * The code sets are plain strings, not `BatchErrorCode`: when the docs drop a
 * code, the service may still send it (old API versions, a page that lags the
 * service), and the policy's answer for it stays right. Typed as documented
 * codes, every removal from the docs would break the build until someone
 * edits this file by hand.
 */

/** 4xx statuses worth a retry: the request timed out, or was rate limited. */
export const retryableClientStatuses: ReadonlySet<number> = new Set([408, 429]);

/** 5xx statuses that are not: the server does not implement the method or the HTTP version. */
export const permanentServerStatuses: ReadonlySet<number> = new Set([501, 505]);

/** Codes worth a retry whatever their documented status. */
export const retryableCodes: ReadonlySet<string> = new Set([
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

/** Codes never worth a retry, whatever their documented status. */
export const neverRetryableCodes: ReadonlySet<string> = new Set([
  'ActiveJobAndScheduleQuotaReached',
  'PoolQuotaReached',
  'AutoPoolCreationFailedWithQuotaReached',
]);
