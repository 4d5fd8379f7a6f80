/**
 * What a diagnosis is made of, and the options of the diagnose functions,
 * read once at the boundary into a plain object.
 */
import { type BatchErrorDetail, type ErrorCategory, isBatchErrorCode, type OpenBatchErrorCode } from '@batch-errors/core';
import { getCategoryDescription, getMessage, type LocalePreference, negotiateLocale, type SupportedLocale } from '@batch-errors/messages';
import type { Effects } from './exit-options.js';
import type { BatchJob, BatchNode, Timestamp } from './input-types.js';
import type { FindingKind } from './kinds.js';
import { field, timestamp } from './read.js';

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

/** One thing that went wrong, in the diagnosis's language. */
export interface Finding {
  /** What went wrong, as a stable identifier. */
  kind: FindingKind;
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
  /** The exit code of the command line (a task's, a preparation, release or start task's). */
  exitCode?: number;
  /** The error code behind the finding, with its documented message. */
  error?: FindingError;
  /** For task failures: what happens to dependent tasks and to the job, and those effects in words. */
  effects?: Effects & { descriptions: string[] };
  /** For pool and node findings: what it costs or holds back, in words (a node that runs no tasks but still incurs charges, say). */
  impact?: string;
  /**
   * Set when the task is not completed (active, preparing, running): the failure
   * is of an earlier attempt, the service retries the task, and the effects
   * apply only if its last attempt fails too.
   */
  retrying?: { retryCount?: number; maxTaskRetryCount?: number };
  /** For `pool-resize-quota-reached`: which core quota the account reached. */
  quota?: CoreQuota;
  /** For `pool-resize-allocation-failed`: the provider's error that Batch relayed. */
  providerError?: ProviderError;
  /** For `pool-deletion-slow`: since when the pool has been deleting (ISO 8601), for how long and the threshold, in milliseconds. */
  deleting?: { since: string; milliseconds: number; thresholdMilliseconds: number };
  /** For `node-start-task-failed`: whether the start task waits for success, which keeps tasks off the node; undefined when not known. */
  waitForSuccess?: boolean;
  /** For `node-unusable`: what the node's error is about. */
  cause?: NodeErrorCause;
  /** What to open or do next: the logs worth opening (and when they exist), or the steps the page gives. */
  lookNext: { file?: LogFile; text: string }[];
  /** The section of the Microsoft Learn page that explains it. */
  docsUrl: string;
}

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
  /** The reader's language: a BCP 47 tag, a list, or an Accept-Language value. Default English. */
  locale?: LocalePreference;
}

/** Options of `diagnoseTask`. */
export interface DiagnoseTaskOptions extends DiagnoseOptions {
  /** The task's job: its onTaskFailure decides whether exit conditions act on the job. */
  job?: BatchJob;
  /** The node the task is on or waits for: a task that has not run because the node is unusable or failed its start task says so. */
  node?: BatchNode;
}

/** Options of `diagnosePool`. */
export interface DiagnosePoolOptions extends DiagnoseOptions {
  /** The time to measure a deletion against (a `Date`, an ISO 8601 string or milliseconds since the epoch). Default: now. */
  now?: Timestamp | number;
  /** How long a pool may be deleting before it is reported, in milliseconds. Default {@link defaultDeletionThreshold} (30 minutes). */
  deletionThreshold?: number;
}

/** Options of `diagnoseNode`. */
export type DiagnoseNodeOptions = DiagnoseOptions;

/**
 * How long a pool may be `deleting` before `diagnosePool` reports it, by
 * default: 30 minutes. Deleting the nodes "can take several minutes"
 * ("Pool deletion failures"); twice the default resize timeout (15 minutes)
 * leaves room for that without waiting hours to tell.
 */
export const defaultDeletionThreshold = 30 * 60_000;

/** Every option, read once: plain values, defaults applied. */
export interface ReadOptions {
  locale: SupportedLocale;
  job: unknown;
  node: unknown;
  now: number;
  deletionThreshold: number;
}

/** Reads options of any shape (hostile getters, proxies) once; what cannot be read gets its default. */
export function readOptions(options: unknown): ReadOptions {
  const now = field(options, 'now');
  const threshold = field(options, 'deletionThreshold');
  return {
    locale: negotiateLocale(field(options, 'locale') as LocalePreference | undefined),
    job: field(options, 'job'),
    node: field(options, 'node'),
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
export function findingError(failure: ErrorFacts & { code: string }, locale: SupportedLocale, table?: 'jobScheduling' | 'taskScheduling'): FindingError {
  const error: FindingError = { code: failure.code, documented: isBatchErrorCode(failure.code), details: failure.details };
  if (failure.category !== undefined) {
    error.category = failure.category;
    error.categoryDescription = getCategoryDescription(failure.category, { locale });
  }
  const documented = (table === undefined ? undefined : getMessage(failure.code, { locale, table })) ?? getMessage(failure.code, { locale });
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
