/**
 * Why a task failed, following "Azure Batch job and task errors": a rule
 * table matched in order against the task's facts, read once at the boundary.
 */
import { nodeFindings, readsAsUnusable } from './diagnose-node.js';
import { type Effects, effectsOf, type ExitCondition } from './exit-options.js';
import { failureExitCode, fileUploadCodes, resourceFileCodes, stoppedExitCodes, taskEndedCode } from './failure-codes.js';
import {
  type Diagnosis,
  type DiagnoseTaskOptions,
  type Finding,
  findingError,
  type LookNext as LookNextEntry,
  readOptions,
  type Retrying,
  type TaskFailureFinding,
  type TaskFailureKind,
  type TaskNodeUnusableFinding,
  withDefined,
} from './finding.js';
import { failed, readExecutionOf, readJob, readNode, readTask, type TaskFacts } from './input.js';
import type { BatchTask } from './input-types.js';
import { type DocsLink, docsUrl, jobTaskSection, poolNodeSection } from './kinds.js';
import type { Language } from './language.js';
import { negotiateLanguage } from './languages.js';
import { field, isList, sameValue, text, timestamp } from './read.js';
import { type DiagnoseTexts, fill } from './texts/texts.js';

type LookNext = LookNextEntry[];

/** A way a task can fail: the first rule that matches a failed task names its finding. */
interface TaskRule {
  kind: TaskFailureKind;
  matches(task: TaskFacts): boolean;
  /** How the task ended, as its exit conditions tell the cases apart. */
  condition(task: TaskFacts): ExitCondition;
  lookNext(task: TaskFacts, texts: DiagnoseTexts): LookNext;
  docs: DocsLink;
}

const codeOf = (task: TaskFacts) => task.execution.failure?.code;
const ranCommandLine = (task: TaskFacts) => task.execution.exitCode !== undefined;
const commandLogs = (texts: DiagnoseTexts): LookNext => [
  { file: 'stdout.txt', text: texts.logs.stdout },
  { file: 'stderr.txt', text: texts.logs.stderr },
];
const uploadLogs = (texts: DiagnoseTexts): LookNext => [
  { file: 'fileuploadout.txt', text: texts.logs.fileuploadout },
  { file: 'fileuploaderr.txt', text: texts.logs.fileuploaderr },
];
const commandLogsIfRan = (task: TaskFacts, texts: DiagnoseTexts): LookNext => (ranCommandLine(task) ? commandLogs(texts) : [{ text: texts.logs.noOutputLogs }]);

const taskRules: readonly TaskRule[] = [
  {
    kind: 'task-resource-file-download-failed',
    matches: (task) => resourceFileCodes.has(codeOf(task) ?? ''),
    condition: () => ({ preProcessingError: true }),
    lookNext: (_task, texts) => [{ text: texts.logs.noOutputLogs }],
    docs: jobTaskSection('taskFailures'),
  },
  {
    kind: 'task-output-file-upload-failed',
    matches: (task) => fileUploadCodes.has(codeOf(task) ?? ''),
    condition: (task) => ({ fileUploadError: true, ...(task.execution.exitCode === undefined ? {} : { exitCode: task.execution.exitCode }) }),
    lookNext: (task, texts) => [...uploadLogs(texts), ...(ranCommandLine(task) ? commandLogs(texts) : [])],
    docs: jobTaskSection('outputFiles'),
  },
  {
    kind: 'task-max-wall-clock-time-exceeded',
    matches: (task) => codeOf(task) === taskEndedCode && task.maxWallClockTime !== undefined && ranItsWholeLimit(task),
    condition: (task) => ({ exitCode: task.execution.exitCode ?? 1 }),
    lookNext: (_task, texts) => commandLogs(texts),
    docs: jobTaskSection('taskFailures'),
  },
  {
    // Ended by request before its limit: its exit code, if it ran, is the stop's, not the program's.
    kind: 'task-ended',
    matches: (task) => codeOf(task) === taskEndedCode,
    condition: (task) => (task.execution.exitCode === undefined ? { ended: true } : { exitCode: task.execution.exitCode }),
    lookNext: commandLogsIfRan,
    docs: jobTaskSection('taskFailures'),
  },
  {
    kind: 'task-exit-code',
    matches: (task) => codeOf(task) === failureExitCode || (task.execution.failure === undefined && ranCommandLine(task)),
    condition: (task) => ({ exitCode: task.execution.exitCode ?? 1 }),
    lookNext: (task, texts) => [...commandLogs(texts), ...(task.hasOutputFiles ? uploadLogs(texts) : [])],
    docs: jobTaskSection('taskCommandLines'),
  },
  {
    kind: 'task-pre-processing-error',
    matches: () => true,
    condition: () => ({ preProcessingError: true }),
    lookNext: commandLogsIfRan,
    docs: jobTaskSection('taskFailures'),
  },
];

/**
 * The findings of a task (`Task - Get`, or the `CloudTask` of `@azure/batch`):
 * a nonzero exit code, a resource file that did not download, an output file
 * that did not upload, the maximum wall clock time exceeded, or a
 * pre-processing error; with the effect on dependent tasks and the job, and
 * where to look next. Given the task's node (`options.node`), a task that has
 * not run because that node is unusable or failed its start task says so.
 * Never throws.
 */
export function diagnoseTask(task: BatchTask, options: DiagnoseTaskOptions = {}): Diagnosis {
  const read = readOptions(options);
  return diagnoseTaskIn(negotiateLanguage(read.locale), task, options);
}

/** `diagnoseTask` in a given language (the per-locale entries bind one); `options.locale` is not read. */
export function diagnoseTaskIn(language: Language, task: BatchTask, options: DiagnoseTaskOptions = {}): Diagnosis {
  const { job, node, jobId } = readOptions(options);
  const { locale } = language;
  // Most tasks of a list succeeded: their execution alone says there is nothing to find.
  const execution = readExecutionOf(task);
  if (!failed(execution) && (node === undefined || node === null)) return plainDiagnosis(task, locale);
  const facts = readTask(task, execution);
  const diagnosis = withDefined<Diagnosis>({ subject: 'task', locale, findings: [] }, { id: facts.id, state: facts.state });
  // A job that is an object (not a list) is known: its onTaskFailure defaults to noaction.
  const onTaskFailure = typeof job === 'object' && job !== null && !isList(job) ? (readJob(job).onTaskFailure ?? 'noaction') : undefined;
  const finding = taskFinding(facts, language, onTaskFailure, jobId ?? facts.jobId);
  if (finding) diagnosis.findings.push(finding);
  else if (node !== undefined && node !== null) diagnosis.findings.push(...nodeBlockingFindings(facts, node, language));
  return diagnosis;
}

/** The diagnosis of a task that did not fail: its id and state, no findings. */
function plainDiagnosis(task: BatchTask, locale: Diagnosis['locale']): Diagnosis {
  const diagnosis: Diagnosis = { subject: 'task', locale, findings: [] };
  const id = text(field(task, 'id'));
  const state = text(field(task, 'state'));
  if (id !== undefined) diagnosis.id = id;
  if (state !== undefined) diagnosis.state = state;
  return diagnosis;
}

function taskFinding(task: TaskFacts, language: Language, onTaskFailure: string | undefined, jobId: string | undefined): Finding | undefined {
  const { execution } = task;
  if (!failed(execution)) return undefined;
  const rule = taskRules.find((candidate) => candidate.matches(task));
  if (!rule) return undefined;
  const { texts, locale } = language;

  const lookNext = rule.lookNext(task, texts);
  if (task.nodeId !== undefined && lookNext.some((entry) => entry.file !== undefined)) lookNext.push({ text: fill(texts.logs.onNode, { node: task.nodeId }) });
  const effects = effectsOf(task.exitConditions, rule.condition(task), onTaskFailure);
  const retrying = retryingOf(task);
  const descriptions = describeEffects(effects, texts);
  const finding: TaskFailureFinding = {
    kind: rule.kind,
    summary: fill(texts.summaries[rule.kind], { task: task.id ?? '?', exitCode: execution.exitCode, limit: task.maxWallClockTime?.text }),
    effects: {
      ...effects,
      descriptions: retrying ? [fill(texts.retrying, { retries: retrying.retryCount ?? '?', state: task.state })].concat(descriptions) : descriptions,
    },
    lookNext,
    docsUrl: docsUrl(locale, rule.docs),
  };
  const failure = execution.failure;
  return withDefined(finding, {
    retrying,
    taskId: task.id,
    jobId,
    nodeId: task.nodeId,
    exitCode: execution.exitCode,
    error: failure?.code === undefined ? undefined : findingError({ ...failure, code: failure.code }, language, 'taskScheduling'),
  });
}

/**
 * A task that has not run, on a node that runs no tasks: a finding that says
 * so, then the node's own findings.
 */
function nodeBlockingFindings(task: TaskFacts, node: unknown, language: Language): Finding[] {
  const { texts, locale } = language;
  const hasRun = timestamp(task.execution.startValue) !== undefined || task.execution.exitCode !== undefined || sameValue(task.state, 'completed');
  const nodeFacts = readNode(node);
  const otherNode = task.nodeId !== undefined && nodeFacts.id !== undefined && task.nodeId !== nodeFacts.id;
  if (hasRun || otherNode || !readsAsUnusable(nodeFacts)) return [];
  const ofNode = nodeFindings(nodeFacts, language);
  const startTaskFailed = ofNode.some((finding) => finding.kind === 'node-start-task-failed');
  const finding: TaskNodeUnusableFinding = {
    kind: 'task-node-unusable',
    summary: fill(texts.summaries['task-node-unusable'], { task: task.id ?? '?', node: nodeFacts.id ?? '?', state: nodeFacts.state ?? '?' }),
    lookNext: [],
    docsUrl: docsUrl(locale, poolNodeSection(startTaskFailed ? 'startTaskFailures' : 'nodeInUnusableState')),
  };
  return [withDefined(finding, { taskId: task.id, nodeId: nodeFacts.id, poolId: nodeFacts.poolId }), ...ofNode];
}

/** A task that is not completed has failed an earlier attempt and is being retried; undefined for a completed (or stateless) task. */
function retryingOf(task: TaskFacts): Retrying | undefined {
  if (task.state === undefined || sameValue(task.state, 'completed')) return undefined;
  return withDefined<Retrying>({}, { retryCount: task.execution.retryCount, maxTaskRetryCount: task.maxTaskRetryCount });
}

/** TaskEnded is also "ended by user request": it is the wall clock when the task ran at least its limit, or was stopped as a timeout stops it. */
function ranItsWholeLimit(task: TaskFacts): boolean {
  const { exitCode } = task.execution;
  const startTime = timestamp(task.execution.startValue);
  const endTime = timestamp(task.execution.endValue);
  const allowed = task.maxWallClockTime?.milliseconds;
  if (startTime !== undefined && endTime !== undefined && allowed !== undefined) return endTime - startTime >= allowed;
  return exitCode !== undefined && stoppedExitCodes.has(exitCode);
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
