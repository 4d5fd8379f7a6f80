/**
 * What a failure does to dependent tasks and to the job, from the task's
 * exitConditions and the service's defaults.
 */
import { field, integer, list, record, sameValue } from './read.js';

export type DependencyAction = 'satisfy' | 'block';
export type JobAction = 'none' | 'disable' | 'terminate';

/** How a task ended, as exitConditions distinguishes it; `ended` (stopped before it exited) has only the default options. */
export type ExitCondition = { exitCode: number } | { preProcessingError: true } | { fileUploadError: true; exitCode?: number } | { ended: true };

export interface Effects {
  /** What happens to tasks that depend on this one. */
  dependentTasks: DependencyAction;
  /** What the exit options ask of the job. */
  jobAction: JobAction;
  /**
   * Whether the service acts on the job: only when the job's onTaskFailure is
   * `performExitOptionsJobAction`; undefined when the job is not known.
   */
  jobActionApplies: boolean | undefined;
}

/**
 * The exit options that apply to a condition: an `exitCodes` entry, then an
 * `exitCodeRanges` entry, then `preProcessingError` / `fileUploadError`, then
 * `default` (an exit code listed explicitly wins over a file upload error).
 */
export function effectsOf(exitConditions: unknown, condition: ExitCondition, onTaskFailure: unknown): Effects {
  const exitCode = 'exitCode' in condition ? condition.exitCode : undefined;
  const listed = exitCode === undefined ? undefined : optionsForExitCode(exitConditions, exitCode);
  const special =
    'preProcessingError' in condition
      ? field(exitConditions, 'preProcessingError')
      : 'fileUploadError' in condition
        ? field(exitConditions, 'fileUploadError')
        : undefined;
  const options = listed ?? record(special) ?? record(field(exitConditions, 'default'));
  const succeeded = exitCode === 0 && !('fileUploadError' in condition);
  const dependencyAction = field(options, 'dependencyAction');
  const jobAction = field(options, 'jobAction');
  const job: JobAction = sameValue(jobAction, 'none')
    ? 'none'
    : sameValue(jobAction, 'disable')
      ? 'disable'
      : sameValue(jobAction, 'terminate')
        ? 'terminate'
        : succeeded
          ? 'none'
          : 'terminate';
  return {
    dependentTasks: sameValue(dependencyAction, 'satisfy') ? 'satisfy' : sameValue(dependencyAction, 'block') ? 'block' : succeeded ? 'satisfy' : 'block',
    jobAction: job,
    jobActionApplies: onTaskFailure === undefined ? undefined : sameValue(onTaskFailure, 'performExitOptionsJobAction'),
  };
}

function optionsForExitCode(exitConditions: unknown, exitCode: number): Record<string, unknown> | undefined {
  const exact = list(field(exitConditions, 'exitCodes')).find((entry) => integer(field(entry, 'code')) === exitCode);
  if (exact) return record(field(exact, 'exitOptions'));
  const range = list(field(exitConditions, 'exitCodeRanges')).find((entry) => {
    const start = integer(field(entry, 'start'));
    const end = integer(field(entry, 'end'));
    return start !== undefined && end !== undefined && start <= exitCode && exitCode <= end;
  });
  return range ? record(field(range, 'exitOptions')) : undefined;
}
