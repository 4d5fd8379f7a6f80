/**
 * What the diagnose functions accept: the parts of a task, job, pool or
 * compute node that say why it failed, in the three shapes users have them.
 *
 * - The REST API's JSON (`Task - Get`, `Pool - Get`, …), as described by
 *   "Azure Batch job and task errors" and "Azure Batch pool and node errors".
 * - The model objects of the official client, `@azure/batch` (`CloudTask`,
 *   `CloudJob`, `CloudPool`, `ComputeNode`, …): the same fields, with `Date`
 *   timestamps and enum values in the client's casing.
 * - What `az batch … show -o json` prints: the same camelCase fields, with
 *   `null` for absent ones, timestamps such as `2026-11-20T08:00:00+00:00`
 *   and durations such as `1:00:00`.
 *
 * Every field is optional: answers of older API versions, and partial
 * objects, are accepted; string values are kept open for values the service
 * adds later.
 */
import type { OpenBatchErrorCode } from '@batch-errors/core';

/** A point in time: an ISO 8601 string (REST API, `az`) or a `Date` (`@azure/batch`). */
export type Timestamp = string | Date;

/** A name-value pair (`details` of `failureInfo`, `values` of a resize error, `errorDetails` of a node error). */
export interface NameValuePair {
  /** What the value describes, such as `FilePath`. */
  name?: string;
  /** The value, as a string. */
  value?: string;
}

/**
 * Why a task, a job preparation or release task, a start task, or a job's
 * scheduling failed: `failureInfo` / `schedulingError`. The service writes
 * categories in lower case (`usererror`).
 */
export interface FailureInformation {
  /** `usererror` or `servererror` (any casing). */
  category?: string;
  /** The error code, such as `FailureExitCode` or `BlobNotFound`. */
  code?: OpenBatchErrorCode;
  /** The service's message, in English. */
  message?: string;
  /** Name-value pairs with more detail, such as the `FilePath` of a resource file. */
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
  /** Exit options for single exit codes; they take precedence over the ranges. */
  exitCodes?: { code?: number; exitOptions?: ExitOptions }[];
  /** Exit options for ranges of exit codes (`start` to `end`, both included). */
  exitCodeRanges?: { start?: number; end?: number; exitOptions?: ExitOptions }[];
  /** When the task could not start (a resource file did not download, say). */
  preProcessingError?: ExitOptions;
  /** When an output file did not upload; an exit code listed above takes precedence. */
  fileUploadError?: ExitOptions;
  /** Any other exit condition. */
  default?: ExitOptions;
}

/** How a task, a job preparation or release task, or a start task ran (`TaskExecutionInformation` and its kin). */
export interface ExecutionInformation {
  /** `running` or `completed` (preparation, release and start tasks). */
  state?: string;
  /** When the latest attempt started. */
  startTime?: Timestamp;
  /** When it completed. */
  endTime?: Timestamp;
  /** The exit code of the command line, when it ran. */
  exitCode?: number;
  /** Why it failed, when it did. */
  failureInfo?: FailureInformation;
  /** How many times the service retried it. */
  retryCount?: number;
  /** `success` or `failure` (`taskExecutionResult`). */
  result?: 'success' | 'failure' | (string & {});
}

/** A task (`Task - Get`, or the `CloudTask` of `@azure/batch`), as far as its failures go. */
export interface BatchTask {
  /** The task's id. */
  id?: string;
  /** `active`, `preparing`, `running` or `completed`: a task moves to `completed` whether it succeeded or failed. */
  state?: 'active' | 'preparing' | 'running' | 'completed' | (string & {});
  /** The command line the task runs. */
  commandLine?: string;
  /** `maxWallClockTime`: the task is stopped when its elapsed time exceeds it (ISO 8601 such as `PT1H`, or `1:00:00` as `az` prints it). */
  constraints?: { maxWallClockTime?: string; maxTaskRetryCount?: number; retentionTime?: string };
  /** Files downloaded before the command line runs; one that does not download fails the task. */
  resourceFiles?: { autoStorageContainerName?: string; storageContainerUrl?: string; httpUrl?: string; filePath?: string }[];
  /** Files uploaded after the command line ran; one that does not upload fails the task. */
  outputFiles?: { filePattern?: string; destination?: unknown; uploadOptions?: { uploadCondition?: string } }[];
  /** How the service responds to each way the task can end. */
  exitConditions?: ExitConditions;
  /** `TaskExecutionInformation`: `result`, `exitCode` and `failureInfo` say whether and why the task failed. */
  executionInfo?: ExecutionInformation & { requeueCount?: number; lastRetryTime?: Timestamp };
  /** Where the task ran: its logs are there while the node exists. */
  nodeInfo?: { nodeId?: string; poolId?: string; nodeUrl?: string; taskRootDirectory?: string; taskRootDirectoryUrl?: string };
}

/** A job preparation or release task's specification on a job. */
export interface JobTaskSpecification {
  /** The task's id. */
  id?: string;
  /** The command line it runs on each node. */
  commandLine?: string;
}

/** A job (`Job - Get`, or the `CloudJob` of `@azure/batch`), as far as its failures go. */
export interface BatchJob {
  /** The job's id. */
  id?: string;
  /** `active`, `disabling`, `disabled`, `enabling`, `terminating`, `completed` or `deleting`. */
  state?: 'active' | 'disabling' | 'disabled' | 'enabling' | 'terminating' | 'completed' | 'deleting' | (string & {});
  /** `maxWallClockTime`: the job is terminated when it exceeds it. */
  constraints?: { maxWallClockTime?: string; maxTaskRetryCount?: number };
  /** `noaction` (default) or `performExitOptionsJobAction` (any casing): whether a failed task's exit options may act on the job. */
  onTaskFailure?: 'noaction' | 'performExitOptionsJobAction' | (string & {});
  /** The task run on each node before the job's tasks. */
  jobPreparationTask?: JobTaskSpecification;
  /** The task run on each node when the job completes. */
  jobReleaseTask?: JobTaskSpecification;
  /** `JobExecutionInformation`: `terminateReason` and `schedulingError` say why the job ended or did not start. */
  executionInfo?: {
    startTime?: Timestamp;
    endTime?: Timestamp;
    poolId?: string;
    /** `MaxWallClockTimeExpiry`, `TaskFailed`, `UserTerminate`, … (casing varies between API versions). */
    terminateReason?: 'MaxWallClockTimeExpiry' | 'TaskFailed' | 'UserTerminate' | (string & {});
    /** Why the job could not be scheduled. */
    schedulingError?: FailureInformation;
  };
}

/** One instance of a job preparation or release task on a node (`JobPreparationTaskExecutionInformation`, `JobReleaseTaskExecutionInformation`). */
export type PreparationOrReleaseExecution = ExecutionInformation;

/** One node's entry of `Job - List Preparation and Release Task Status` (`JobPreparationAndReleaseTaskExecutionInformation`). */
export interface PreparationAndReleaseTaskStatus {
  /** The pool of the node. */
  poolId?: string;
  /** The node the tasks ran on. */
  nodeId?: string;
  /** The node's URL. */
  nodeUrl?: string;
  /** How the job preparation task ran on the node. */
  jobPreparationTaskExecutionInfo?: PreparationOrReleaseExecution;
  /** How the job release task ran on the node. */
  jobReleaseTaskExecutionInfo?: PreparationOrReleaseExecution;
}

/** The answer of `Job - List Preparation and Release Task Status`: `{ value: [...] }`, or the list itself (`@azure/batch`, `az`). */
export type PreparationAndReleaseTaskStatusList = { value?: PreparationAndReleaseTaskStatus[] } | PreparationAndReleaseTaskStatus[];

/**
 * An error with a code, a message and name-value pairs: an entry of a pool's
 * `resizeErrors` (`ResizeError`) or its `autoScaleRun.error` (`AutoScaleRunError`).
 * An `AllocationFailed` resize error relays the provider's error in its values
 * ("Provider Error Json", "Provider Error Json Truncated").
 */
export interface PoolError {
  /** The error code, such as `AccountCoreQuotaReached` or `AllocationFailed`. */
  code?: string;
  /** The service's message. */
  message?: string;
  /** Name-value pairs with more detail. */
  values?: NameValuePair[];
}

/** The last automatic scaling evaluation of a pool (`AutoScaleRun`). */
export interface AutoScaleRun {
  /** When the formula was evaluated. */
  timestamp?: Timestamp;
  /** The values of the formula's variables after the evaluation. */
  results?: string;
  /** Why the evaluation failed, when it did. */
  error?: PoolError;
}

/** The start task of a pool, as far as its failures go (`StartTask`). */
export interface StartTaskSpecification {
  /** The command line it runs on each node. */
  commandLine?: string;
  /** Whether Batch waits for the start task to succeed before it schedules tasks to a node. */
  waitForSuccess?: boolean;
}

/** A pool (`Pool - Get`, or the `CloudPool` of `@azure/batch`), as far as its failures go. */
export interface BatchPool {
  /** The pool's id. */
  id?: string;
  /** `active` or `deleting`. */
  state?: 'active' | 'deleting' | (string & {});
  /** When the pool entered its state: how long it has been `deleting`. */
  stateTransitionTime?: Timestamp;
  /** `steady`, `resizing` or `stopping`. */
  allocationState?: 'steady' | 'resizing' | 'stopping' | (string & {});
  /** How long a resize may take (ISO 8601, default `PT15M`). */
  resizeTimeout?: string;
  /** The errors of the last resize. */
  resizeErrors?: PoolError[];
  /** The number of dedicated nodes the pool should have. */
  targetDedicatedNodes?: number;
  /** The number of Spot/low-priority nodes the pool should have. */
  targetLowPriorityNodes?: number;
  /** Whether an automatic scaling formula sets the targets. */
  enableAutoScale?: boolean;
  /** The last automatic scaling evaluation. */
  autoScaleRun?: AutoScaleRun;
  /** The virtual network of the pool: nodes need free addresses in its subnet. */
  networkConfiguration?: { subnetId?: string };
  /** The task each node runs when it starts. */
  startTask?: StartTaskSpecification;
}

/** An error a compute node reports (`ComputeNodeError`). */
export interface ComputeNodeError {
  /** The error code. */
  code?: string;
  /** The service's message. */
  message?: string;
  /** Name-value pairs with more detail. */
  errorDetails?: NameValuePair[];
}

/** A compute node (`Compute Node - Get`, or the `ComputeNode` of `@azure/batch`), as far as its failures go. */
export interface BatchNode {
  /** The node's id. */
  id?: string;
  /** The node's URL, which names its pool. */
  url?: string;
  /** `idle`, `running`, `starttaskfailed`, `unusable`, `waitingforstarttask`, `offline`, …. */
  state?:
    | 'idle'
    | 'rebooting'
    | 'reimaging'
    | 'running'
    | 'unusable'
    | 'creating'
    | 'starting'
    | 'waitingforstarttask'
    | 'starttaskfailed'
    | 'unknown'
    | 'leavingpool'
    | 'offline'
    | 'preempted'
    | (string & {});
  /** When the node entered its state. */
  stateTransitionTime?: Timestamp;
  /** The pool's start task, as the node runs it. */
  startTask?: StartTaskSpecification;
  /** How the start task ran on the node (`StartTaskInformation`). */
  startTaskInfo?: ExecutionInformation;
  /** Why the node is unusable, when Batch knows (`ComputeNodeError`). */
  errors?: ComputeNodeError[];
}
