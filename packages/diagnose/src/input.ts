/**
 * The boundary: a task, job, pool or node of any shape (REST JSON, the
 * official client's objects, `az` output, or anything at all) read once into
 * plain facts. Timestamps become milliseconds whether they were `Date`s or
 * strings, durations become milliseconds whether ISO 8601 or `1:00:00`, and
 * failures get one shape, so the rules that follow see the same facts for
 * the same task whichever tool fetched it.
 */
import { type BatchErrorDetail, parseFailureInfo } from '@batch-errors/core';
import type { ErrorFacts } from './finding.js';
import { type Duration, duration, field, flag, integer, isList, list, sameValue, text, timestamp } from './read.js';

/** How a task, a preparation or release task, or a start task ran. */
export interface ExecutionFacts {
  state?: string | undefined;
  /** The start and end as given (a string or a Date): read with `timestamp` where needed, since most tasks of a list never need them. */
  startValue?: unknown;
  endValue?: unknown;
  exitCode?: number | undefined;
  result?: string | undefined;
  retryCount?: number | undefined;
  failure?: ErrorFacts | undefined;
}

/** Failed: the service says so, gives a failure, or the command line exited with a nonzero code. */
export function failed(execution: ExecutionFacts): boolean {
  return sameValue(execution.result, 'failure') || execution.failure !== undefined || (execution.exitCode !== undefined && execution.exitCode !== 0);
}

/** One set of exit options, as written (compared case-insensitively later). */
export interface ExitOptionsFacts {
  jobAction?: string | undefined;
  dependencyAction?: string | undefined;
}

/** A task's exit conditions. */
export interface ExitConditionsFacts {
  exitCodes: { code: number; options?: ExitOptionsFacts | undefined }[];
  exitCodeRanges: { start: number; end: number; options?: ExitOptionsFacts | undefined }[];
  preProcessingError?: ExitOptionsFacts | undefined;
  fileUploadError?: ExitOptionsFacts | undefined;
  default?: ExitOptionsFacts | undefined;
}

export interface TaskFacts {
  id?: string | undefined;
  /** The job, as the task's `url` names it. */
  jobId?: string | undefined;
  state?: string | undefined;
  maxWallClockTime?: Duration | undefined;
  maxTaskRetryCount?: number | undefined;
  hasOutputFiles: boolean;
  exitConditions: ExitConditionsFacts;
  execution: ExecutionFacts;
  nodeId?: string | undefined;
}

export interface JobFacts {
  id?: string | undefined;
  state?: string | undefined;
  onTaskFailure?: string | undefined;
  maxWallClockTime?: Duration | undefined;
  terminateReason?: string | undefined;
  schedulingError?: ErrorFacts | undefined;
}

/** One node's entry of the preparation and release task status. */
export interface PreparationAndReleaseFacts {
  nodeId?: string | undefined;
  preparation?: ExecutionFacts | undefined;
  release?: ExecutionFacts | undefined;
}

export interface PoolFacts {
  id?: string | undefined;
  state?: string | undefined;
  stateTransitionTime?: number | undefined;
  resizeTimeout?: Duration | undefined;
  resizeErrors: ErrorFacts[];
  autoScaleError?: ErrorFacts | undefined;
  inVirtualNetwork: boolean;
}

export interface NodeFacts {
  id?: string | undefined;
  poolId?: string | undefined;
  state?: string | undefined;
  waitForSuccess?: boolean | undefined;
  startTask?: ExecutionFacts | undefined;
  errors: ErrorFacts[];
}

const jobOfTaskUrl = /\/jobs\/([^/?#]+)\/tasks\//;

/** A task's execution alone: whether it failed is decided from it. */
export function readExecutionOf(task: unknown): ExecutionFacts {
  return readExecution(field(task, 'executionInfo'));
}

/** A task's facts; `execution` when already read (`readExecutionOf`). */
export function readTask(task: unknown, execution: ExecutionFacts = readExecutionOf(task)): TaskFacts {
  const constraints = field(task, 'constraints');
  return {
    id: text(field(task, 'id')),
    jobId: idInUrl(jobOfTaskUrl, field(task, 'url')),
    state: text(field(task, 'state')),
    maxWallClockTime: duration(field(constraints, 'maxWallClockTime')),
    maxTaskRetryCount: integer(field(constraints, 'maxTaskRetryCount')),
    hasOutputFiles: list(field(task, 'outputFiles')).length > 0,
    exitConditions: readExitConditions(field(task, 'exitConditions')),
    execution,
    nodeId: text(field(field(task, 'nodeInfo'), 'nodeId')),
  };
}

export function readJob(job: unknown): JobFacts {
  const execution = field(job, 'executionInfo');
  return {
    id: text(field(job, 'id')),
    state: text(field(job, 'state')),
    onTaskFailure: text(field(job, 'onTaskFailure')),
    maxWallClockTime: duration(field(field(job, 'constraints'), 'maxWallClockTime')),
    terminateReason: text(field(execution, 'terminateReason')),
    schedulingError: readFailure(field(execution, 'schedulingError')),
  };
}

/** `{ value: [...] }` as the REST API answers, or the list itself as `@azure/batch` and `az` give it. */
export function readPreparationAndRelease(status: unknown): PreparationAndReleaseFacts[] {
  const entries = isList(status) ? list(status) : list(field(status, 'value'));
  return entries.map((entry) => {
    const preparation = field(entry, 'jobPreparationTaskExecutionInfo');
    const release = field(entry, 'jobReleaseTaskExecutionInfo');
    return {
      nodeId: text(field(entry, 'nodeId')),
      preparation: preparation === undefined || preparation === null ? undefined : readExecution(preparation),
      release: release === undefined || release === null ? undefined : readExecution(release),
    };
  });
}

export function readPool(pool: unknown): PoolFacts {
  const autoScaleRun = field(pool, 'autoScaleRun');
  return {
    id: text(field(pool, 'id')),
    state: text(field(pool, 'state')),
    stateTransitionTime: timestamp(field(pool, 'stateTransitionTime')),
    resizeTimeout: duration(field(pool, 'resizeTimeout')),
    resizeErrors: list(field(pool, 'resizeErrors'))
      .map((error) => readError(error, 'values'))
      .filter((error) => error !== undefined),
    autoScaleError: readError(field(autoScaleRun, 'error'), 'values'),
    inVirtualNetwork: text(field(field(pool, 'networkConfiguration'), 'subnetId')) !== undefined,
  };
}

const poolOfNodeUrl = /\/pools\/([^/?#]+)\/nodes\//;

export function readNode(node: unknown): NodeFacts {
  const startTaskInfo = field(node, 'startTaskInfo');
  return {
    id: text(field(node, 'id')),
    poolId: idInUrl(poolOfNodeUrl, field(node, 'url')),
    state: text(field(node, 'state')),
    waitForSuccess: flag(field(field(node, 'startTask'), 'waitForSuccess')),
    startTask: startTaskInfo === undefined || startTaskInfo === null ? undefined : readExecution(startTaskInfo),
    errors: list(field(node, 'errors'))
      .map((error) => readError(error, 'errorDetails'))
      .filter((error) => error !== undefined),
  };
}

/** The id a Batch URL names at a place (`/jobs/{id}/tasks/`), decoded; undefined when it names none. */
function idInUrl(pattern: RegExp, url: unknown): string | undefined {
  const encoded = pattern.exec(text(url)?.slice(0, 2048) ?? '')?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function readExecution(execution: unknown): ExecutionFacts {
  return {
    state: text(field(execution, 'state')),
    startValue: field(execution, 'startTime'),
    endValue: field(execution, 'endTime'),
    exitCode: integer(field(execution, 'exitCode')),
    result: text(field(execution, 'result')),
    retryCount: integer(field(execution, 'retryCount')),
    // `failureInfo` today; older API versions called it `schedulingError`, and the docs' sample `preProcessingError`.
    failure:
      readFailure(field(execution, 'failureInfo')) ?? readFailure(field(execution, 'schedulingError')) ?? readFailure(field(execution, 'preProcessingError')),
  };
}

/** A failureInfo or schedulingError (an object, or a JSON string of one), read by core's parser from a plain copy. */
function readFailure(failure: unknown): ErrorFacts | undefined {
  if (typeof failure === 'string') return parseFailureInfo(failure.slice(0, 1_000_000));
  if (typeof failure !== 'object' || failure === null) return undefined;
  return parseFailureInfo({
    category: field(failure, 'category'),
    code: field(failure, 'code'),
    message: field(failure, 'message'),
    details: readPairs(field(failure, 'details') ?? field(failure, 'values')),
  });
}

/** A resize error, an autoscale error or a node error: a code, a message and name-value pairs. */
function readError(error: unknown, pairsName: 'values' | 'errorDetails'): ErrorFacts | undefined {
  const code = text(field(error, 'code'));
  const message = text(field(error, 'message'));
  if (code === undefined && message === undefined) return undefined;
  return { code, message, details: readPairs(field(error, pairsName)) };
}

/** Name-value pairs as `{ key, value }`: a list of `{ name, value }` or `{ key, value }`, or one such object (the docs' sample). */
function readPairs(pairs: unknown): BatchErrorDetail[] {
  const entries = isList(pairs) ? list(pairs) : pairs === undefined || pairs === null ? [] : [pairs];
  const details: BatchErrorDetail[] = [];
  for (const entry of entries) {
    const key = text(field(entry, 'name')) ?? text(field(entry, 'key'));
    const value = field(entry, 'value');
    if (key === undefined) continue;
    if (typeof value === 'string') details.push({ key, value });
    else if (typeof value === 'number' || typeof value === 'boolean') details.push({ key, value: String(value) });
  }
  return details;
}

function readExitConditions(conditions: unknown): ExitConditionsFacts {
  const exitCodes: ExitConditionsFacts['exitCodes'] = [];
  for (const entry of list(field(conditions, 'exitCodes'))) {
    const code = integer(field(entry, 'code'));
    if (code !== undefined) exitCodes.push({ code, options: readExitOptions(field(entry, 'exitOptions')) });
  }
  const exitCodeRanges: ExitConditionsFacts['exitCodeRanges'] = [];
  for (const entry of list(field(conditions, 'exitCodeRanges'))) {
    const start = integer(field(entry, 'start'));
    const end = integer(field(entry, 'end'));
    if (start !== undefined && end !== undefined) exitCodeRanges.push({ start, end, options: readExitOptions(field(entry, 'exitOptions')) });
  }
  return {
    exitCodes,
    exitCodeRanges,
    preProcessingError: readExitOptions(field(conditions, 'preProcessingError')),
    fileUploadError: readExitOptions(field(conditions, 'fileUploadError')),
    default: readExitOptions(field(conditions, 'default')),
  };
}

/** Exit options, when the value is an object (any object: the service's defaults apply to what it leaves out). */
function readExitOptions(options: unknown): ExitOptionsFacts | undefined {
  if (typeof options !== 'object' || options === null || isList(options)) return undefined;
  return { jobAction: text(field(options, 'jobAction')), dependencyAction: text(field(options, 'dependencyAction')) };
}
