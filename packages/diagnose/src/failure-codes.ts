/**
 * What a task's `failureInfo.code` says about how the task failed, and what a
 * pool's resize error code says. The codes come from `@batch-errors/core`:
 * the docs' task scheduling table and the SDKs' task failure lists
 * (`taskSchedulingKnownCodes`), the SDKs' resize error lists
 * (`poolResizeKnownCodes`, which the rules below are held to), and the
 * wall-clock constraint as "Error handling and detection in Azure Batch"
 * states it (`wallClockTimeoutStatement`). This
 * file only sorts them into what the findings need.
 */
import { taskSchedulingErrorCodes, taskSchedulingKnownCodes, wallClockTimeoutStatement } from '@batch-errors/core';

const taskFailureCodes: readonly string[] = [...taskSchedulingErrorCodes, ...taskSchedulingKnownCodes];

/** A resource file (or its container) could not be downloaded or written before the command line ran. */
export const resourceFileCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(taskFailureCodes.filter((code) => /^(?:Blob|Resource)/.test(code)));

/** An output file could not be uploaded after the command line ran. */
export const fileUploadCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(taskFailureCodes.filter((code) => /^FileUpload/.test(code)));

/** The command line exited with a code that means failure (a task failure code of the SDKs' lists). */
export const failureExitCode = 'FailureExitCode';

/** The task was stopped: by a user, or for exceeding its maxWallClockTime (the code the error-handling page gives). */
export const taskEndedCode = wallClockTimeoutStatement?.code ?? 'TaskEnded';

/**
 * The exit code a task stopped at its wall-clock limit gets, as the
 * error-handling page states it (`0xC000013A`, Windows' STATUS_CONTROL_C_EXIT),
 * read unsigned and as the signed 32-bit number the service may report.
 */
export const stoppedExitCodes: ReadonlySet<number> = /* @__PURE__ */ new Set(
  wallClockTimeoutStatement ? [wallClockTimeoutStatement.exitCode, wallClockTimeoutStatement.exitCode | 0] : [],
);

/**
 * The codes of a pool's `resizeErrors` the findings tell apart, each a code
 * of the SDKs' resize error lists (`knownCodesOf('poolResize')` of core; a
 * test holds every one to it), compared ignoring case: the SDKs spell one
 * `AllocationTimedOut` and `AllocationTimedout`.
 */
export const resizeErrorCodes = {
  accountCoreQuotaReached: 'AccountCoreQuotaReached',
  accountLowPriorityCoreQuotaReached: 'AccountLowPriorityCoreQuotaReached',
  accountSpotCoreQuotaReached: 'AccountSpotCoreQuotaReached',
  allocationFailed: 'AllocationFailed',
  allocationTimedOut: 'AllocationTimedout',
  removeNodesFailed: 'RemoveNodesFailed',
  resizeStopped: 'ResizeStopped',
} as const;

/**
 * Names of the values an `AllocationFailed` resize error relays the
 * provider's error in ("Provider Error Json", "Provider Error Json
 * Truncated" on the page), compared with spaces, punctuation and case
 * ignored; the page also writes "Provider Error Truncated".
 */
export const providerErrorValueNames = {
  json: ['providererrorjson'],
  truncated: ['providererrorjsontruncated', 'providererrortruncated'],
} as const;

/** The provider code of a resource lock ("Example 2" of the page): removing the lock resolves it. */
export const scopeLockedCode = 'ScopeLocked';

/**
 * What a node's error is about, recognised in its code (then its message):
 * the page's application package, container and disk-full failures.
 * Anything else is `other`, shown with the service's code and message.
 */
export const nodeErrorPatterns = [
  { cause: 'application-package', pattern: /app(?:lication)?[\s_-]*package/i },
  { cause: 'container', pattern: /container/i },
  { cause: 'disk-full', pattern: /disk[\s_-]*(?:is[\s_-]*)?full|out[\s_-]*of[\s_-]*disk|(?:no|insufficient)[\s_-]*(?:disk[\s_-]*)?space/i },
] as const;
