/**
 * Retry decisions from the policy in retry-policy.ts.
 */
import type { OpenBatchErrorCode } from '@batch-errors/core';
import { neverRetryableCodes, permanentServerStatuses, retryableClientStatuses, retryableCodes } from './retry-policy.js';
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
  if (neverRetryableCodes.has(codeOrStatus)) return false;
  if (retryableCodes.has(codeOrStatus)) return true;
  return statusesOf(codeOrStatus).some(isRetryableStatus);
}

/** Whether the policy decides `code` by name, documented or not (a code the docs dropped may still be sent). */
export function isNamedByRetryPolicy(code: string): boolean {
  return retryableCodes.has(code) || neverRetryableCodes.has(code);
}

function isRetryableStatus(status: number): boolean {
  if (retryableClientStatuses.has(status)) return true;
  return Number.isInteger(status) && status >= 500 && status <= 599 && !permanentServerStatuses.has(status);
}
