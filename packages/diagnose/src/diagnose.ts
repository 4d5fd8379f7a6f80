/**
 * Why a job or task failed, from the JSON the REST API returns, following
 * "Azure Batch job and task errors": which property says what, what the
 * failure does to dependent tasks and to the job, and which log to open.
 */
import { type BatchErrorDetail, type ErrorCategory, isBatchErrorCode, type OpenBatchErrorCode, parseFailureInfo } from '@batch-errors/core';
import { getCategoryDescription, getMessage, type LocalePreference, negotiateLocale, type SupportedLocale } from '@batch-errors/messages';
import { durationMilliseconds, elapsedMilliseconds } from './durations.js';
import { type Effects, effectsOf, type ExitCondition } from './exit-options.js';
import { failureExitCode, fileUploadCodes, resourceFileCodes, stoppedExitCodes, taskEndedCode } from './failure-codes.js';
import { field, integer, list, record, sameValue, text } from './read.js';
import type { BatchJob, BatchTask, PreparationAndReleaseTaskStatusList } from './rest-types.js';
import { textsFor } from './texts/index.js';
import { type DiagnoseTexts, fill } from './texts/texts.js';

/** The failure modes the docs page describes, one kind each. */
export type FindingKind =
  | 'task-exit-code'
  | 'task-resource-file-download-failed'
  | 'task-output-file-upload-failed'
  | 'task-max-wall-clock-time-exceeded'
  | 'task-pre-processing-error'
  | 'task-ended'
  | 'job-max-wall-clock-time-expired'
  | 'job-terminated-by-task-failure'
  | 'job-scheduling-error'
  | 'job-preparation-task-failed'
  | 'job-release-task-failed';

export type LogFile = 'stdout.txt' | 'stderr.txt' | 'fileuploadout.txt' | 'fileuploaderr.txt';

/** The error code behind a finding, with what the docs say of it. */
export interface FindingError {
  code: OpenBatchErrorCode;
  /** Whether "Batch Status and Error Codes" lists the code. */
  documented: boolean;
  category?: ErrorCategory;
  /** What the category means, in the diagnosis's language. */
  categoryDescription?: string;
  /** The documented message in the diagnosis's language; else the service's message. */
  message?: string;
  /** The message the service sent, as sent. */
  serviceMessage?: string;
  details: BatchErrorDetail[];
}

export interface Finding {
  kind: FindingKind;
  /** One sentence saying what happened, in the diagnosis's language. */
  summary: string;
  taskId?: string;
  jobId?: string;
  nodeId?: string;
  exitCode?: number;
  error?: FindingError;
  /** For task failures: what happens to dependent tasks and to the job, and those effects in words. */
  effects?: Effects & { descriptions: string[] };
  /**
   * Set when the task is not completed (active, preparing, running): the failure
   * is of an earlier attempt, the service retries the task, and the effects
   * apply only if its last attempt fails too.
   */
  retrying?: { retryCount?: number; maxTaskRetryCount?: number };
  /** The logs worth opening (and when they exist), or why there are none. */
  lookNext: { file?: LogFile; text: string }[];
  /** The section of "Azure Batch job and task errors" that explains it. */
  docsUrl: string;
}

export interface Diagnosis {
  subject: 'task' | 'job';
  id?: string;
  state?: string;
  locale: SupportedLocale;
  /** Empty when nothing failed (or the input says too little to tell). */
  findings: Finding[];
}

export interface DiagnoseOptions {
  /** The reader's language: a BCP 47 tag, a list, or an Accept-Language value. Default English. */
  locale?: LocalePreference;
}

export interface DiagnoseTaskOptions extends DiagnoseOptions {
  /** The task's job: its onTaskFailure decides whether exit conditions act on the job. */
  job?: BatchJob;
}

/** Sections of "Azure Batch job and task errors" (docs-source/en-us/batch-job-task-error-checking.md). */
export const docsSections = {
  jobProperties: 'job-properties',
  jobPreparationTasks: 'job-preparation-tasks',
  jobReleaseTasks: 'job-release-tasks',
  taskFailures: 'task-failures',
  taskCommandLines: 'task-command-lines',
  taskLogs: 'task-logs',
  outputFiles: 'output-files',
} as const;

function docsUrl(locale: SupportedLocale, section: string): string {
  return `https://learn.microsoft.com/${locale}/azure/batch/batch-job-task-error-checking#${section}`;
}

/**
 * The findings of a task (`Task - Get`): a nonzero exit code, a resource file
 * that did not download, an output file that did not upload, the maximum wall
 * clock time exceeded, or a pre-processing error; with the effect on
 * dependent tasks and the job, and where to look next. Never throws.
 */
export function diagnoseTask(task: BatchTask, options: DiagnoseTaskOptions = {}): Diagnosis {
  const locale = localeOf(options);
  const texts = textsFor(locale);
  const diagnosis: Diagnosis = { subject: 'task', locale, findings: [] };
  try {
    const taskId = text(field(task, 'id'));
    const state = text(field(task, 'state'));
    if (taskId !== undefined) diagnosis.id = taskId;
    if (state !== undefined) diagnosis.state = state;
    const finding = taskFinding(task, taskId, locale, texts, record(option(options, 'job')));
    if (finding) diagnosis.findings.push(finding);
  } catch {
    // Hostile input (a getter that throws, say): the findings so far stand.
  }
  return diagnosis;
}

/** The options' locale, negotiated; English when the options cannot be read. */
function localeOf(options: unknown): SupportedLocale {
  return negotiateLocale(option(options, 'locale') as LocalePreference | undefined);
}

/** An option, or undefined when reading it throws (a hostile getter): the default then applies. */
function option(options: unknown, name: string): unknown {
  try {
    return field(options, name);
  } catch {
    return undefined;
  }
}

function taskFinding(task: unknown, taskId: string | undefined, locale: SupportedLocale, texts: DiagnoseTexts, job: BatchJob | undefined): Finding | undefined {
  const execution = record(field(task, 'executionInfo'));
  const failure = failureOf(execution);
  const exitCode = integer(field(execution, 'exitCode'));
  const failed = sameValue(field(execution, 'result'), 'failure') || failure !== undefined || (exitCode !== undefined && exitCode !== 0);
  if (!failed) return undefined;

  const code = failure?.code;
  const limit = text(field(field(task, 'constraints'), 'maxWallClockTime'));
  const values = { task: taskId ?? '?', exitCode, limit };
  const ranCommandLine = exitCode !== undefined;
  const commandLogs = [
    { file: 'stdout.txt' as const, text: texts.logs.stdout },
    { file: 'stderr.txt' as const, text: texts.logs.stderr },
  ];
  const uploadLogs = [
    { file: 'fileuploadout.txt' as const, text: texts.logs.fileuploadout },
    { file: 'fileuploaderr.txt' as const, text: texts.logs.fileuploaderr },
  ];
  const hasOutputFiles = list(field(task, 'outputFiles')).length > 0;

  let kind: FindingKind;
  let condition: ExitCondition;
  let lookNext: Finding['lookNext'];
  let section: string = docsSections.taskFailures;
  if (code !== undefined && resourceFileCodes.has(code)) {
    [kind, condition, lookNext] = ['task-resource-file-download-failed', { preProcessingError: true }, [{ text: texts.logs.noOutputLogs }]];
  } else if (code !== undefined && fileUploadCodes.has(code)) {
    [kind, condition, lookNext, section] = [
      'task-output-file-upload-failed',
      { fileUploadError: true, ...(exitCode === undefined ? {} : { exitCode }) },
      [...uploadLogs, ...(ranCommandLine ? commandLogs : [])],
      docsSections.outputFiles,
    ];
  } else if (code === taskEndedCode && limit !== undefined && ranEveryMillisecondOf(task, limit, exitCode)) {
    [kind, condition, lookNext] = ['task-max-wall-clock-time-exceeded', { exitCode: exitCode ?? 1 }, commandLogs];
  } else if (code === taskEndedCode) {
    // Ended by request before its limit: its exit code, if it ran, is the stop's, not the program's.
    [kind, condition, lookNext] = [
      'task-ended',
      exitCode === undefined ? { ended: true } : { exitCode },
      ranCommandLine ? commandLogs : [{ text: texts.logs.noOutputLogs }],
    ];
  } else if (code === failureExitCode || (failure === undefined && ranCommandLine)) {
    [kind, condition, lookNext, section] = [
      'task-exit-code',
      { exitCode: exitCode ?? 1 },
      [...commandLogs, ...(hasOutputFiles ? uploadLogs : [])],
      docsSections.taskCommandLines,
    ];
  } else {
    [kind, condition, lookNext] = [
      'task-pre-processing-error',
      { preProcessingError: true },
      ranCommandLine ? commandLogs : [{ text: texts.logs.noOutputLogs }],
    ];
  }

  const nodeId = text(field(field(task, 'nodeInfo'), 'nodeId'));
  if (nodeId !== undefined && lookNext.some((entry) => entry.file !== undefined)) lookNext.push({ text: fill(texts.logs.onNode, { node: nodeId }) });
  const onTaskFailure = job === undefined ? undefined : (text(field(job, 'onTaskFailure')) ?? 'noaction');
  const effects = effectsOf(field(task, 'exitConditions'), condition, onTaskFailure);
  const retrying = retryingOf(task);
  const descriptions = describeEffects(effects, texts);
  const finding: Finding = {
    kind,
    summary: fill(texts.summaries[summaryKey(kind)], values),
    effects: {
      ...effects,
      descriptions: retrying
        ? [fill(texts.retrying, { retries: retrying.retryCount ?? '?', state: text(field(task, 'state')) })].concat(descriptions)
        : descriptions,
    },
    lookNext,
    docsUrl: docsUrl(locale, section),
  };
  if (retrying) finding.retrying = retrying;
  if (taskId !== undefined) finding.taskId = taskId;
  if (nodeId !== undefined) finding.nodeId = nodeId;
  if (exitCode !== undefined) finding.exitCode = exitCode;
  if (failure?.code !== undefined) finding.error = findingError(failure.code, failure, locale, 'taskScheduling');
  return finding;
}

/** A task that is not completed has failed an earlier attempt and is being retried; undefined for a completed (or stateless) task. */
function retryingOf(task: unknown): Finding['retrying'] {
  const state = text(field(task, 'state'));
  if (state === undefined || sameValue(state, 'completed')) return undefined;
  const retrying: NonNullable<Finding['retrying']> = {};
  const retryCount = integer(field(field(task, 'executionInfo'), 'retryCount'));
  const maxTaskRetryCount = integer(field(field(task, 'constraints'), 'maxTaskRetryCount'));
  if (retryCount !== undefined) retrying.retryCount = retryCount;
  if (maxTaskRetryCount !== undefined) retrying.maxTaskRetryCount = maxTaskRetryCount;
  return retrying;
}

/** TaskEnded is also "ended by user request": it is the wall clock when the task ran at least its limit, or was stopped as a timeout stops it. */
function ranEveryMillisecondOf(task: unknown, limit: string, exitCode: number | undefined): boolean {
  const execution = field(task, 'executionInfo');
  const elapsed = elapsedMilliseconds(field(execution, 'startTime'), field(execution, 'endTime'));
  const allowed = durationMilliseconds(limit);
  if (elapsed !== undefined && allowed !== undefined) return elapsed >= allowed;
  return exitCode !== undefined && stoppedExitCodes.has(exitCode);
}

/**
 * The findings of a job (`Job - Get`) and, when given, of its preparation and
 * release tasks on each node (`Job - List Preparation and Release Task
 * Status`): terminated by its maximum wall clock time or by a task failure,
 * a scheduling error, a preparation task that failed on a node (the job is
 * stuck there), a release task that failed (the job still completed).
 * Never throws.
 */
export function diagnoseJob(job: BatchJob, preparationAndReleaseStatus?: PreparationAndReleaseTaskStatusList, options: DiagnoseOptions = {}): Diagnosis {
  const locale = localeOf(options);
  const texts = textsFor(locale);
  const diagnosis: Diagnosis = { subject: 'job', locale, findings: [] };
  try {
    const jobId = text(field(job, 'id'));
    const state = text(field(job, 'state'));
    if (jobId !== undefined) diagnosis.id = jobId;
    if (state !== undefined) diagnosis.state = state;
    diagnosis.findings.push(...jobFindings(job, jobId, locale, texts));
    diagnosis.findings.push(...nodeFindings(preparationAndReleaseStatus, jobId, locale, texts));
  } catch {
    // Hostile input: the findings so far stand.
  }
  return diagnosis;
}

function jobFindings(job: unknown, jobId: string | undefined, locale: SupportedLocale, texts: DiagnoseTexts): Finding[] {
  const findings: Finding[] = [];
  const execution = field(job, 'executionInfo');
  const terminateReason = field(execution, 'terminateReason');
  const values = { job: jobId ?? '?', limit: text(field(field(job, 'constraints'), 'maxWallClockTime')) ?? '?' };
  const base = (kind: FindingKind, section: string): Finding => ({
    kind,
    summary: fill(texts.summaries[summaryKey(kind)], values),
    lookNext: [],
    docsUrl: docsUrl(locale, section),
    ...(jobId === undefined ? {} : { jobId }),
  });
  if (sameValue(terminateReason, 'MaxWallClockTimeExpiry')) findings.push(base('job-max-wall-clock-time-expired', docsSections.jobProperties));
  if (sameValue(terminateReason, 'TaskFailed')) findings.push(base('job-terminated-by-task-failure', docsSections.jobProperties));
  const schedulingError = parseFailureInfo(field(execution, 'schedulingError'));
  if (schedulingError) {
    const finding = base('job-scheduling-error', docsSections.jobProperties);
    if (schedulingError.code !== undefined) finding.error = findingError(schedulingError.code, schedulingError, locale, 'jobScheduling');
    findings.push(finding);
  }
  return findings;
}

function nodeFindings(status: unknown, jobId: string | undefined, locale: SupportedLocale, texts: DiagnoseTexts): Finding[] {
  const entries = Array.isArray(status) ? status : list(field(status, 'value'));
  const findings: Finding[] = [];
  for (const [infoName, kind, section] of [
    ['jobPreparationTaskExecutionInfo', 'job-preparation-task-failed', docsSections.jobPreparationTasks],
    ['jobReleaseTaskExecutionInfo', 'job-release-task-failed', docsSections.jobReleaseTasks],
  ] as const) {
    for (const entry of entries) {
      const execution = field(entry, infoName);
      const failure = failureOf(execution);
      const exitCode = integer(field(execution, 'exitCode'));
      if (!sameValue(field(execution, 'result'), 'failure') && failure === undefined && (exitCode === undefined || exitCode === 0)) continue;
      const nodeId = text(field(entry, 'nodeId'));
      const finding: Finding = {
        kind,
        summary: fill(texts.summaries[summaryKey(kind)], { job: jobId ?? '?', node: nodeId ?? '?' }),
        lookNext:
          exitCode === undefined
            ? [{ text: texts.logs.noOutputLogs }]
            : [
                { file: 'stdout.txt', text: texts.logs.stdout },
                { file: 'stderr.txt', text: texts.logs.stderr },
                ...(nodeId === undefined ? [] : [{ text: fill(texts.logs.onNode, { node: nodeId }) }]),
              ],
        docsUrl: docsUrl(locale, section),
      };
      if (jobId !== undefined) finding.jobId = jobId;
      if (nodeId !== undefined) finding.nodeId = nodeId;
      if (exitCode !== undefined) finding.exitCode = exitCode;
      if (failure?.code !== undefined) finding.error = findingError(failure.code, failure, locale, 'taskScheduling');
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * A task's failure: `failureInfo` today; older API versions called it
 * `schedulingError`, and the docs' sample `preProcessingError`.
 */
function failureOf(execution: unknown) {
  return (
    parseFailureInfo(field(execution, 'failureInfo')) ??
    parseFailureInfo(field(execution, 'schedulingError')) ??
    parseFailureInfo(field(execution, 'preProcessingError'))
  );
}

function findingError(
  code: OpenBatchErrorCode,
  failure: { category?: ErrorCategory; message?: string; details: BatchErrorDetail[] },
  locale: SupportedLocale,
  table: 'jobScheduling' | 'taskScheduling',
): FindingError {
  const error: FindingError = { code, documented: isBatchErrorCode(code), details: failure.details };
  if (failure.category !== undefined) {
    error.category = failure.category;
    error.categoryDescription = getCategoryDescription(failure.category, { locale });
  }
  const documented = getMessage(code, { locale, table }) ?? getMessage(code, { locale });
  const message = documented ?? failure.message;
  if (message !== undefined) error.message = message;
  if (failure.message !== undefined) error.serviceMessage = failure.message;
  return error;
}

function describeEffects(effects: Effects, texts: DiagnoseTexts): string[] {
  const job =
    effects.jobAction === 'none'
      ? texts.jobAction.none
      : effects.jobActionApplies === true
        ? texts.jobAction[effects.jobAction]
        : effects.jobActionApplies === false
          ? texts.jobAction.noaction
          : texts.jobAction[effects.jobAction === 'disable' ? 'disableIfPerformExitOptions' : 'terminateIfPerformExitOptions'];
  return [texts.dependentTasks[effects.dependentTasks], job];
}

/** `task-exit-code` to `taskExitCode`: the key of a kind's summary. */
function summaryKey(kind: FindingKind): keyof DiagnoseTexts['summaries'] {
  return kind.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase()) as keyof DiagnoseTexts['summaries'];
}
