/**
 * What a failure does to dependent tasks and to the job, from the task's
 * exitConditions and the service's defaults.
 */
import type { ExitConditionsFacts, ExitOptionsFacts } from './input.js';
import { sameValue } from './read.js';

/** What happens to tasks that depend on a task: they may run (`satisfy`) or keep waiting (`block`). */
export type DependencyAction = 'satisfy' | 'block';

/** What a task's exit options ask of its job. */
export type JobAction = 'none' | 'disable' | 'terminate';

/** How a task ended, as exitConditions distinguishes it; `ended` (stopped before it exited) has only the default options. */
export type ExitCondition = { exitCode: number } | { preProcessingError: true } | { fileUploadError: true; exitCode?: number } | { ended: true };

/** What a task failure does to dependent tasks and to the job. */
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
export function effectsOf(exitConditions: ExitConditionsFacts, condition: ExitCondition, onTaskFailure: string | undefined): Effects {
  const exitCode = 'exitCode' in condition ? condition.exitCode : undefined;
  const listed = exitCode === undefined ? undefined : optionsForExitCode(exitConditions, exitCode);
  const special =
    'preProcessingError' in condition ? exitConditions.preProcessingError : 'fileUploadError' in condition ? exitConditions.fileUploadError : undefined;
  const options = (listed === undefined ? undefined : listed.options) ?? special ?? exitConditions.default;
  const succeeded = exitCode === 0 && !('fileUploadError' in condition);
  const jobAction = options?.jobAction;
  const dependencyAction = options?.dependencyAction;
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

/** The first exitCodes entry for the code, else the first range holding it; its options may be absent (then the defaults apply). */
function optionsForExitCode(exitConditions: ExitConditionsFacts, exitCode: number): { options?: ExitOptionsFacts | undefined } | undefined {
  return (
    exitConditions.exitCodes.find((entry) => entry.code === exitCode) ??
    exitConditions.exitCodeRanges.find((entry) => entry.start <= exitCode && exitCode <= entry.end)
  );
}
