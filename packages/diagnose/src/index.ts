export { diagnoseJob, diagnoseTask, docsSections } from './diagnose.js';
export type { DiagnoseOptions, DiagnoseTaskOptions, Diagnosis, Finding, FindingError, FindingKind, LogFile } from './diagnose.js';
export type { DependencyAction, Effects, JobAction } from './exit-options.js';
export { formatDiagnosis } from './format.js';
export type {
  BatchJob,
  BatchTask,
  ExitConditions,
  ExitOptions,
  FailureInformation,
  JobTaskSpecification,
  NameValuePair,
  PreparationAndReleaseTaskStatus,
  PreparationAndReleaseTaskStatusList,
  PreparationOrReleaseExecution,
} from './rest-types.js';
