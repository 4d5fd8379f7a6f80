export { diagnoseJob } from './diagnose-job.js';
export { diagnoseNode } from './diagnose-node.js';
export { diagnosePool } from './diagnose-pool.js';
export { diagnoseTask } from './diagnose-task.js';
export type { DependencyAction, Effects, JobAction } from './exit-options.js';
export { defaultDeletionThreshold } from './finding.js';
export type {
  CoreQuota,
  DiagnoseNodeOptions,
  DiagnoseOptions,
  DiagnosePoolOptions,
  DiagnoseTaskOptions,
  Diagnosis,
  Finding,
  FindingError,
  LogFile,
  NodeErrorCause,
  ProviderError,
} from './finding.js';
export { formatDiagnosis } from './format.js';
export type {
  AutoScaleRun,
  BatchJob,
  BatchNode,
  BatchPool,
  BatchTask,
  ComputeNodeError,
  ExecutionInformation,
  ExitConditions,
  ExitOptions,
  FailureInformation,
  JobTaskSpecification,
  NameValuePair,
  PoolError,
  PreparationAndReleaseTaskStatus,
  PreparationAndReleaseTaskStatusList,
  PreparationOrReleaseExecution,
  StartTaskSpecification,
  Timestamp,
} from './input-types.js';
export { docsSections, poolNodeDocsSections } from './kinds.js';
export type { FindingKind, JobFindingKind, NodeFindingKind, PoolFindingKind, TaskFindingKind } from './kinds.js';
