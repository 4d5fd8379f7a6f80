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
