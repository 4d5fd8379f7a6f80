/**
 * The sentences a diagnosis is written in, per locale. `{name}` placeholders
 * are filled in; every locale has every key (a test checks the same
 * placeholders are used).
 */
export interface DiagnoseTexts {
  /** One sentence per kind of finding. */
  summaries: {
    taskExitCode: string;
    taskResourceFileDownloadFailed: string;
    taskOutputFileUploadFailed: string;
    taskMaxWallClockTimeExceeded: string;
    taskPreProcessingError: string;
    taskEnded: string;
    jobMaxWallClockTimeExpired: string;
    jobTerminatedByTaskFailure: string;
    jobSchedulingError: string;
    jobPreparationTaskFailed: string;
    jobReleaseTaskFailed: string;
  };
  /** Before the effects of a task that is not completed: `{state}` and `{retries}` (retries so far). */
  retrying: string;
  /** What the failure does to tasks that depend on the failed task. */
  dependentTasks: { satisfy: string; block: string };
  /**
   * What the failure does to the job. The exit options act on the job only
   * when its onTaskFailure is performExitOptionsJobAction: `noaction` says
   * they do not, the `…IfPerformExitOptions` sentences are for a job not known.
   */
  jobAction: {
    none: string;
    disable: string;
    terminate: string;
    noaction: string;
    disableIfPerformExitOptions: string;
    terminateIfPerformExitOptions: string;
  };
  /** Where to look next, and when each file exists. */
  logs: {
    stdout: string;
    stderr: string;
    fileuploadout: string;
    fileuploaderr: string;
    onNode: string;
    noOutputLogs: string;
  };
  /** Headings and labels of a formatted diagnosis. */
  labels: {
    task: string;
    job: string;
    noFindings: string;
    code: string;
    details: string;
    effects: string;
    lookNext: string;
    docs: string;
  };
}

/** Fills `{name}` placeholders; unknown names are left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
