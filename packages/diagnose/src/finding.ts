/**
 * What a diagnosis is made of, and the options of the diagnose functions,
 * read once at the boundary into a plain object.
 */
import { type BatchErrorDetail, type ErrorCategory, isBatchErrorCode, type OpenBatchErrorCode } from '@batch-errors/core';
import type { LocalePreference, SupportedLocale } from '@batch-errors/messages';
import type { Effects } from './exit-options.js';
import type { BatchJob, BatchNode, Timestamp } from './input-types.js';
import type { FindingKind, TaskFindingKind } from './kinds.js';
import type { Language } from './language.js';
import { field, text, timestamp } from './read.js';

/** A log file of a task that is worth opening. */
export type LogFile = 'stdout.txt' | 'stderr.txt' | 'fileuploadout.txt' | 'fileuploaderr.txt';

/** Which core quota of the account a pool's resize reached. */
export type CoreQuota = 'dedicated' | 'lowPriority' | 'spot';

/** What a node's error is about, as "Azure Batch pool and node errors" tells them apart. */
export type NodeErrorCause = 'application-package' | 'container' | 'disk-full' | 'other';

/** The error code behind a finding, with what the docs say of it. */
export interface FindingError {
  /** The code as the service sent it. */
  code: OpenBatchErrorCode;
  /** Whether "Batch Status and Error Codes" lists the code. */
  documented: boolean;
  /** `UserError` or `ServerError`, for task and job failures. */
  category?: ErrorCategory;
  /** What the category means, in the diagnosis's language. */
  categoryDescription?: string;
  /** The documented message in the diagnosis's language; else the service's message. */
  message?: string;
  /** The message the service sent, as sent. */
  serviceMessage?: string;
  /** Name-value pairs the service sent with the error (`details`, `values`, `errorDetails`). */
  details: BatchErrorDetail[];
}

/** The error of an Azure resource provider (the virtual machine scale set, say) that Batch relays in an `AllocationFailed` resize error. */
export interface ProviderError {
  /** The provider's code, such as `ScopeLocked`, read from the relayed JSON. */
  code?: string;
  /** The provider's message, read from the relayed JSON. */
  message?: string;
  /** The relayed JSON as sent (possibly cut short). */
  json: string;
  /** Whether Batch cut the JSON short because of its size. */
  truncated?: boolean;
}

/** What happens to dependent tasks and to the job, and those effects in words. */
export type FindingEffects = Effects & {
  /** The effects as sentences in the diagnosis's language. */
  descriptions: string[];
};

/** A task that failed an earlier attempt and is being retried. */
export interface Retrying {
  /** How many times the service retried the task so far. */
  retryCount?: number;
  /** How many retries the task's constraints allow. */
  maxTaskRetryCount?: number;
}

/** Since when a pool has been deleting, for how long and the threshold it passed. */
export interface Deleting {
  /** When the pool started deleting (ISO 8601). */
  since: string;
  /** How long it has been deleting, in milliseconds. */
  milliseconds: number;
  /** The threshold it passed, in milliseconds. */
  thresholdMilliseconds: number;
}

/** One entry of what to open or do next. */
export interface LookNext {
  /** The log file to open, when the entry is about one. */
  file?: LogFile;
  /** What to look at or do, in the diagnosis's language. */
  text: string;
}

/** What every finding has. */
export interface FindingBase {
  /** One sentence saying what happened, in the diagnosis's language. */
  summary: string;
  /** The task concerned. */
  taskId?: string;
  /** The job concerned. */
  jobId?: string;
  /** The pool concerned. */
  poolId?: string;
  /** The compute node concerned. */
  nodeId?: string;
  /** What to open or do next: the logs worth opening (and when they exist), or the steps the page gives. */
  lookNext: LookNext[];
  /** The section of the Microsoft Learn page that explains it. */
  docsUrl: string;
}

/** The fields only some kinds of finding have; each kind says which it carries. */
export interface FindingFields {
  /** The exit code of the command line (a task's, a preparation, release or start task's). */
  exitCode: number;
  /** The error code behind the finding, with its documented message. */
  error: FindingError;
  /** For task failures: what happens to dependent tasks and to the job, and those effects in words. */
  effects: FindingEffects;
  /** For pool and node findings: what it costs or holds back, in words (a node that runs no tasks but still incurs charges, say). */
  impact: string;
  /**
   * Set when the task is not completed (active, preparing, running): the failure
   * is of an earlier attempt, the service retries the task, and the effects
   * apply only if its last attempt fails too.
   */
  retrying: Retrying;
  /** For `pool-resize-quota-reached`: which core quota the account reached. */
  quota: CoreQuota;
  /** For `pool-resize-allocation-failed`: the provider's error that Batch relayed. */
  providerError: ProviderError;
  /** For `pool-deletion-slow`: since when the pool has been deleting, for how long and the threshold. */
  deleting: Deleting;
  /** For `node-start-task-failed`: whether the start task waits for success, which keeps tasks off the node; absent when not known. */
  waitForSuccess: boolean;
  /** For `node-unusable`: what the node's error is about. */
  cause: NodeErrorCause;
}

/**
 * A finding of one kind: the fields it always has (`Always`), may have
 * (`Maybe`), and the other kinds' fields, never set on it, so they read as
 * `undefined` before the kind is checked.
 */
type FindingShape<Kind extends FindingKind, Always extends keyof FindingFields = never, Maybe extends keyof FindingFields = never> = FindingBase & {
  /** What went wrong, as a stable identifier. */
  kind: Kind;
} & Pick<FindingFields, Always> &
  Partial<Pick<FindingFields, Maybe>> & { [Other in Exclude<keyof FindingFields, Always | Maybe>]?: undefined };

/** The kinds of a task that failed (its command line, a file, a limit, a stop). */
export type TaskFailureKind = Exclude<TaskFindingKind, 'task-node-unusable'>;

/** A task that failed: how, with its effects on dependent tasks and on the job. */
export type TaskFailureFinding = FindingShape<TaskFailureKind, 'effects', 'exitCode' | 'error' | 'retrying'>;
/** A task that has not run because its node runs no tasks; the node's findings follow it. */
export type TaskNodeUnusableFinding = FindingShape<'task-node-unusable'>;
/** A job that ended by its maximum wall clock time or by a task's exit conditions. */
export type JobEndedFinding = FindingShape<'job-max-wall-clock-time-expired' | 'job-terminated-by-task-failure'>;
/** A job that could not be scheduled, with its scheduling error. */
export type JobSchedulingErrorFinding = FindingShape<'job-scheduling-error', never, 'error'>;
/** A job preparation or release task that failed on a node. */
export type JobNodeTaskFinding = FindingShape<'job-preparation-task-failed' | 'job-release-task-failed', never, 'exitCode' | 'error'>;
/** A resize that reached a core quota of the account. */
export type PoolQuotaFinding = FindingShape<'pool-resize-quota-reached', 'quota', 'error'>;
/** A resize whose nodes could not be allocated, with the provider error Batch relays. */
export type PoolAllocationFinding = FindingShape<'pool-resize-allocation-failed', never, 'error' | 'providerError'>;
/** Any other resize error: a timeout, a stopped resize, nodes not removed, another code. */
export type PoolResizeFinding = FindingShape<
  'pool-resize-timed-out' | 'pool-resize-stopped' | 'pool-remove-nodes-failed' | 'pool-resize-error',
  never,
  'error'
>;
/** A failed automatic scaling evaluation. */
export type PoolAutoScaleFinding = FindingShape<'pool-autoscale-failed', never, 'error'>;
/** A pool deleting for longer than the threshold. */
export type PoolDeletionFinding = FindingShape<'pool-deletion-slow', 'deleting'>;
/** A start task that failed on a node. */
export type NodeStartTaskFinding = FindingShape<'node-start-task-failed', 'impact', 'exitCode' | 'error' | 'waitForSuccess'>;
/** An error of an unusable node, by what it is about. */
export type NodeUnusableFinding = FindingShape<'node-unusable', 'impact' | 'cause', 'error'>;
/** An unusable node that reports no error: Batch cannot reach it. */
export type NodeUnreachableFinding = FindingShape<'node-unreachable', 'impact'>;

/**
 * One thing that went wrong, in the diagnosis's language: a union by `kind`,
 * so `switch (finding.kind)` narrows each case to the fields that kind has,
 * and a `never` default catches a kind added later.
 */
export type Finding =
  | TaskFailureFinding
  | TaskNodeUnusableFinding
  | JobEndedFinding
  | JobSchedulingErrorFinding
  | JobNodeTaskFinding
  | PoolQuotaFinding
  | PoolAllocationFinding
  | PoolResizeFinding
  | PoolAutoScaleFinding
  | PoolDeletionFinding
  | NodeStartTaskFinding
  | NodeUnusableFinding
  | NodeUnreachableFinding;

/** The finding of one kind: `FindingOf<'pool-resize-quota-reached'>` has `quota`, `FindingOf<'task-exit-code'>` has `effects`. */
export type FindingOf<Kind extends FindingKind> = Finding extends infer Member
  ? Member extends { kind: infer Kinds }
    ? Kind extends Kinds
      ? Member & { kind: Kind }
      : never
    : never
  : never;

/** What the diagnose functions return. */
export interface Diagnosis {
  /** What was diagnosed. */
  subject: 'task' | 'job' | 'pool' | 'node';
  /** Its id, when the input has one. */
  id?: string;
  /** Its state as the service reported it (`completed`, `deleting`, `unusable`, …). */
  state?: string;
  /** The language of the sentences. */
  locale: SupportedLocale;
  /** Empty when nothing failed (or the input says too little to tell). */
  findings: Finding[];
}

/** Options of every diagnose function. */
export interface DiagnoseOptions {
  /** The reader's language: a BCP 47 tag, a list, or an Accept-Language value. Default English. Ignored by the per-locale entries (`@batch-errors/diagnose/de-de`). */
  locale?: LocalePreference | undefined;
}

/** Options of `diagnoseTask`. */
export interface DiagnoseTaskOptions extends DiagnoseOptions {
  /** The task's job: its onTaskFailure decides whether exit conditions act on the job. */
  job?: BatchJob | undefined;
  /** The node the task is on or waits for: a task that has not run because the node is unusable or failed its start task says so. */
  node?: BatchNode | undefined;
  /** The id of the task's job, for a task that does not name it (its `url` does): set as the findings' `jobId`. */
  jobId?: string | undefined;
}

/** Options of `diagnoseJob`. */
export type DiagnoseJobOptions = DiagnoseOptions;

/** Options of `diagnosePool`. */
export interface DiagnosePoolOptions extends DiagnoseOptions {
  /** The time to measure a deletion against (a `Date`, an ISO 8601 string or milliseconds since the epoch). Default: now. */
  now?: Timestamp | number | undefined;
  /** How long a pool may be deleting before it is reported, in milliseconds. Default {@link defaultDeletionThreshold} (30 minutes). */
  deletionThreshold?: number | undefined;
}

/** Options of `diagnoseNode`. */
export interface DiagnoseNodeOptions extends DiagnoseOptions {
  /** The id of the node's pool, for a node that does not name it (its `url` does): set as the findings' `poolId`. */
  poolId?: string | undefined;
}

/**
 * How long a pool may be `deleting` before `diagnosePool` reports it, by
 * default: 30 minutes. Deleting the nodes "can take several minutes"
 * ("Pool deletion failures"); twice the default resize timeout (15 minutes)
 * leaves room for that without waiting hours to tell.
 */
export const defaultDeletionThreshold = 30 * 60_000;

/** Every option, read once: plain values, defaults applied where they are cheap (the time is read only where it is needed). */
export interface ReadOptions {
  locale: unknown;
  job: unknown;
  node: unknown;
  jobId: string | undefined;
  poolId: string | undefined;
}

/** Reads options of any shape (hostile getters, proxies) once; what cannot be read gets its default. */
export function readOptions(options: unknown): ReadOptions {
  return {
    locale: field(options, 'locale'),
    job: field(options, 'job'),
    node: field(options, 'node'),
    jobId: text(field(options, 'jobId')),
    poolId: text(field(options, 'poolId')),
  };
}

/** The time and threshold of `diagnosePool`, read once; now is the current time when not given. */
export function readPoolOptions(options: unknown): { now: number; deletionThreshold: number } {
  const now = field(options, 'now');
  const threshold = field(options, 'deletionThreshold');
  return {
    now: (typeof now === 'number' && Number.isFinite(now) ? now : timestamp(now)) ?? Date.now(),
    deletionThreshold: typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 ? threshold : defaultDeletionThreshold,
  };
}

/** The shape shared by failureInfo, schedulingError, resize errors and node errors, already read. */
export interface ErrorFacts {
  code?: string | undefined;
  category?: ErrorCategory | undefined;
  message?: string | undefined;
  details: BatchErrorDetail[];
}

/** A finding's error: the code with its documented message and category in the reader's language. */
export function findingError(failure: ErrorFacts & { code: string }, language: Language, table?: 'jobScheduling' | 'taskScheduling'): FindingError {
  const error: FindingError = { code: failure.code, documented: isBatchErrorCode(failure.code), details: failure.details };
  if (failure.category !== undefined) {
    error.category = failure.category;
    const description = language.categoryDescription(failure.category);
    if (description !== undefined) error.categoryDescription = description;
  }
  const documented = (table === undefined ? undefined : language.message(failure.code, table)) ?? language.message(failure.code);
  const message = documented ?? failure.message;
  if (message !== undefined) error.message = message;
  if (failure.message !== undefined) error.serviceMessage = failure.message;
  return error;
}

/** Copies the optional fields that are set, so a finding has no `undefined` values. */
export function withDefined<T extends object>(target: T, values: { [Key in keyof T]?: T[Key] | undefined }): T {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}
