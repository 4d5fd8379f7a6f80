/**
 * The parts of the Batch REST API's JSON that say why a job or task failed,
 * as "Azure Batch job and task errors" (docs-source/en-us/batch-job-task-error-checking.md)
 * describes them. Every field is optional: answers of older API versions, and
 * partial objects, are accepted; string values are kept open for values the
 * service adds later.
 */
import type { OpenBatchErrorCode } from '@batch-errors/core';

/** A name-value pair of a failure (`details` of `failureInfo`). */
export interface NameValuePair {
  name?: string;
  value?: string;
}

/**
 * Why a task, a job preparation or release task, or a job's scheduling
 * failed: `failureInfo` / `schedulingError`. The service writes categories in
 * lower case (`usererror`).
 */
export interface FailureInformation {
  /** `usererror` or `servererror`. */
  category?: string;
  /** The error code, such as `FailureExitCode` or `BlobNotFound`. */
  code?: OpenBatchErrorCode;
  message?: string;
  details?: NameValuePair[];
}

/** What the service does to the job and to dependent tasks when a task ends a certain way (`ExitOptions`). */
export interface ExitOptions {
  /** Acted on only when the job's `onTaskFailure` is `performExitOptionsJobAction`. Defaults: `none` for exit code 0, `terminate` otherwise. */
  jobAction?: 'none' | 'disable' | 'terminate' | (string & {});
  /** Defaults: `satisfy` for exit code 0, `block` otherwise. */
  dependencyAction?: 'satisfy' | 'block' | (string & {});
}

/** A task's `exitConditions`: how the service responds to each way the task can end ("Task failures", ExitConditions). */
export interface ExitConditions {
  exitCodes?: { code?: number; exitOptions?: ExitOptions }[];
  exitCodeRanges?: { start?: number; end?: number; exitOptions?: ExitOptions }[];
  /** When the task could not start (a resource file did not download, say). */
  preProcessingError?: ExitOptions;
  /** When an output file did not upload; an exit code listed above takes precedence. */
  fileUploadError?: ExitOptions;
  /** Any other exit condition. */
  default?: ExitOptions;
}

/** A task (`Task - Get`), as far as its failures go. */
export interface BatchTask {
  id?: string;
  /** `active`, `preparing`, `running` or `completed`: a task moves to `completed` whether it succeeded or failed. */
  state?: 'active' | 'preparing' | 'running' | 'completed' | (string & {});
  commandLine?: string;
  /** `maxWallClockTime` (ISO 8601 duration): the task is stopped when its elapsed time exceeds it. */
  constraints?: { maxWallClockTime?: string; maxTaskRetryCount?: number; retentionTime?: string };
  /** Files downloaded before the command line runs; one that does not download fails the task. */
  resourceFiles?: { autoStorageContainerName?: string; storageContainerUrl?: string; httpUrl?: string; filePath?: string }[];
  /** Files uploaded after the command line ran; one that does not upload fails the task. */
  outputFiles?: { filePattern?: string; destination?: unknown; uploadOptions?: { uploadCondition?: string } }[];
  exitConditions?: ExitConditions;
  /** `TaskExecutionInformation`: `result`, `exitCode` and `failureInfo` say whether and why the task failed. */
  executionInfo?: {
    startTime?: string;
    endTime?: string;
    exitCode?: number;
    failureInfo?: FailureInformation;
    retryCount?: number;
    requeueCount?: number;
    /** `success` or `failure` (`taskExecutionResult`). */
    result?: 'success' | 'failure' | (string & {});
  };
  /** Where the task ran: its logs are there while the node exists. */
  nodeInfo?: { nodeId?: string; poolId?: string; nodeUrl?: string; taskRootDirectory?: string; taskRootDirectoryUrl?: string };
}

/** A job preparation or release task's specification on a job. */
export interface JobTaskSpecification {
  id?: string;
  commandLine?: string;
}

/** A job (`Job - Get`), as far as its failures go. */
export interface BatchJob {
  id?: string;
  state?: 'active' | 'disabling' | 'disabled' | 'enabling' | 'terminating' | 'completed' | 'deleting' | (string & {});
  /** `maxWallClockTime` (ISO 8601 duration): the job is terminated when it exceeds it. */
  constraints?: { maxWallClockTime?: string; maxTaskRetryCount?: number };
  /** `noaction` (default) or `performExitOptionsJobAction`: whether a failed task's exit options may act on the job. */
  onTaskFailure?: 'noaction' | 'performExitOptionsJobAction' | (string & {});
  jobPreparationTask?: JobTaskSpecification;
  jobReleaseTask?: JobTaskSpecification;
  /** `JobExecutionInformation`: `terminateReason` and `schedulingError` say why the job ended or did not start. */
  executionInfo?: {
    startTime?: string;
    endTime?: string;
    poolId?: string;
    /** `MaxWallClockTimeExpiry`, `TaskFailed`, `UserTerminate`, … (casing varies between API versions). */
    terminateReason?: 'MaxWallClockTimeExpiry' | 'TaskFailed' | 'UserTerminate' | (string & {});
    schedulingError?: FailureInformation;
  };
}

/** One instance of a job preparation or release task on a node (`JobPreparationTaskExecutionInformation`, `JobReleaseTaskExecutionInformation`). */
export interface PreparationOrReleaseExecution {
  state?: string;
  startTime?: string;
  endTime?: string;
  exitCode?: number;
  failureInfo?: FailureInformation;
  retryCount?: number;
  result?: 'success' | 'failure' | (string & {});
}

/** One node's entry of `Job - List Preparation and Release Task Status`. */
export interface PreparationAndReleaseTaskStatus {
  poolId?: string;
  nodeId?: string;
  nodeUrl?: string;
  jobPreparationTaskExecutionInfo?: PreparationOrReleaseExecution;
  jobReleaseTaskExecutionInfo?: PreparationOrReleaseExecution;
}

/** The answer of `Job - List Preparation and Release Task Status`: `{ value: [...] }`, or the list itself. */
export type PreparationAndReleaseTaskStatusList = { value?: PreparationAndReleaseTaskStatus[] } | PreparationAndReleaseTaskStatus[];
