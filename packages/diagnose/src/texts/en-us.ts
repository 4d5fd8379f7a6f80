import type { DiagnoseTexts } from './texts.js';

export const enUsTexts: DiagnoseTexts = {
  summaries: {
    taskExitCode: 'The command line of task {task} exited with code {exitCode}, so the task failed.',
    taskResourceFileDownloadFailed: 'A resource file of task {task} could not be downloaded, so its command line did not run.',
    taskOutputFileUploadFailed: 'An output file of task {task} could not be uploaded after its command line ran.',
    taskMaxWallClockTimeExceeded: 'Task {task} ran longer than its maximum wall clock time ({limit}) and was stopped.',
    taskPreProcessingError: 'Task {task} could not be started.',
    taskEnded: 'Task {task} was terminated on request before it completed.',
    jobMaxWallClockTimeExpired: 'Job {job} ran longer than its maximum wall clock time ({limit}) and was terminated.',
    jobTerminatedByTaskFailure: 'Job {job} was terminated because a task failed with an exit condition that terminates the job.',
    jobSchedulingError: 'Job {job} could not be scheduled.',
    jobPreparationTaskFailed:
      'The job preparation task of job {job} failed on node {node}: tasks of the job do not run on that node, and the job does not complete.',
    jobReleaseTaskFailed: 'The job release task of job {job} failed on node {node}; the job still moves to the completed state.',
  },
  retrying:
    'The task is {state} again: this failure is of an earlier attempt ({retries} retries so far), and the following applies only if its last attempt fails too.',
  dependentTasks: {
    satisfy: 'Tasks that depend on this task are allowed to run.',
    block: 'Tasks that depend on this task are blocked and keep waiting.',
  },
  jobAction: {
    none: 'The job is not changed.',
    disable: 'The job is disabled.',
    terminate: 'The job is terminated.',
    noaction: 'The job is not changed: its onTaskFailure is noaction, so exit conditions do not act on it.',
    disableIfPerformExitOptions: "If the job's onTaskFailure is performExitOptionsJobAction, the job is disabled; otherwise it is not changed.",
    terminateIfPerformExitOptions: "If the job's onTaskFailure is performExitOptionsJobAction, the job is terminated; otherwise it is not changed.",
  },
  logs: {
    stdout: 'stdout.txt: what the command line wrote to standard output; it exists once the command line has run.',
    stderr: 'stderr.txt: what the command line wrote to standard error; it exists once the command line has run.',
    fileuploadout: 'fileuploadout.txt: the log of the output file upload; it exists when an upload was attempted.',
    fileuploaderr: 'fileuploaderr.txt: the errors of the output file upload; it exists when an upload was attempted.',
    onNode: 'The task logs are on node {node}, as long as the node exists; output files saved to Azure Storage outlive it.',
    noOutputLogs:
      'The command line did not run, so there is no stdout.txt or stderr.txt, and no upload was attempted, so there is no fileuploadout.txt or fileuploaderr.txt.',
  },
  labels: {
    task: 'Task',
    job: 'Job',
    noFindings: 'No failure found.',
    code: 'Error code',
    details: 'Details',
    effects: 'Effects',
    lookNext: 'Look next',
    docs: 'Docs',
  },
};
