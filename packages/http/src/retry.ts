/**
 * Retry decisions from the policy in retry-policy.ts.
 */
import type { OpenBatchErrorCode } from '@batch-errors/core';
import { isNamedByRetryPolicy, retryRuleFor } from './retry-policy.js';
import { statusesOf } from './statuses.js';

/**
 * Whether a failure is worth retrying (with backoff), by error code or HTTP
 * status. A code the policy does not name is retryable when one of its
 * documented statuses is; an unknown code is not. See retry-policy.ts.
 *
 * @example isRetryable('ServerBusy') // true
 * @example isRetryable('PoolQuotaReached') // false
 * @example isRetryable(503) // true
 */
export function isRetryable(codeOrStatus: OpenBatchErrorCode | number): boolean {
  if (typeof codeOrStatus === 'number') return isRetryableStatus(codeOrStatus);
  if (typeof codeOrStatus !== 'string') return false;
  if (isNamedByRetryPolicy(codeOrStatus)) return retryRuleFor({ code: codeOrStatus })?.retryable === true;
  return statusesOf(codeOrStatus).some(isRetryableStatus);
}

/** Whether the policy retries a response with this status, whatever its code. */
export function isRetryableStatus(status: number): boolean {
  return retryRuleFor({ status })?.retryable === true;
}
