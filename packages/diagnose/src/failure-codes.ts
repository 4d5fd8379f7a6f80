/**
 * What a task's `failureInfo.code` says about how the task failed. The docs
 * page lists the pre-processing codes; the service sends more, which the
 * Batch SDKs keep as `TaskFailureInformationCodes` (see
 * ../shared/reference/sdk-codes.json). Hand-maintained: add a code here when
 * the service adds one.
 */

/** A resource file (or its container) could not be downloaded or written before the command line ran. */
export const resourceFileCodes: ReadonlySet<string> = new Set([
  'BlobNotFound',
  'BlobAccessDenied',
  'BlobDownloadTimedOut',
  'BlobDownloadMiscError',
  'ResourceDirectoryCreateFailed',
  'ResourceFileCreateFailed',
  'ResourceFileWriteFailed',
  'ResourceContainerAccessDenied',
  'ResourceContainerNotFound',
  'ResourceContainerListTimedOut',
  'ResourceContainerListMiscError',
]);

/** An output file could not be uploaded after the command line ran. */
export const fileUploadCodes: ReadonlySet<string> = new Set([
  'FileUploadAccessDenied',
  'FileUploadContainerNotFound',
  'FileUploadConflict',
  'FileUploadTimedOut',
  'FileUploadMiscError',
]);

/** The command line exited with a code that means failure. */
export const failureExitCode = 'FailureExitCode';

/** The task was stopped: by a user, or for exceeding its maxWallClockTime. */
export const taskEndedCode = 'TaskEnded';

/** The exit code Windows gives a process that was stopped (STATUS_CONTROL_C_EXIT, 0xC000013A), signed and unsigned. */
export const stoppedExitCodes: ReadonlySet<number> = new Set([-1073741510, 0xc000013a]);

/**
 * Codes of a pool's `resizeErrors`, as the Batch SDKs name them
 * (`PoolResizeErrorCodes` of .NET and Java), and the quota codes the live
 * service sends besides (see ../shared/reference/pool-node-codes.json).
 * Compared ignoring case.
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
