export type { Detected, ItemKind } from './detect.js';
export { detectItem } from './detect.js';
export { diagnoseJob } from './diagnose-job.js';
export { diagnoseNode } from './diagnose-node.js';
export { diagnosePool } from './diagnose-pool.js';
export { diagnoseTask } from './diagnose-task.js';
export type { DependencyAction, Effects, JobAction } from './exit-options.js';
export { defaultDeletionThreshold } from './finding.js';
export type {
  CoreQuota,
  Deleting,
  DiagnoseJobOptions,
  DiagnoseNodeOptions,
  DiagnoseOptions,
  DiagnosePoolOptions,
  DiagnoseTaskOptions,
  Diagnosis,
  Finding,
  FindingBase,
  FindingEffects,
  FindingError,
  FindingFields,
  FindingOf,
  JobEndedFinding,
  JobNodeTaskFinding,
  JobSchedulingErrorFinding,
  LogFile,
  LookNext,
  NodeErrorCause,
  NodeStartTaskFinding,
  NodeUnreachableFinding,
  NodeUnusableFinding,
  PoolAllocationFinding,
  PoolAutoScaleFinding,
  PoolDeletionFinding,
  PoolQuotaFinding,
  PoolResizeFinding,
  ProviderError,
  Retrying,
  TaskFailureFinding,
  TaskFailureKind,
  TaskNodeUnusableFinding,
} from './finding.js';
export { formatDiagnosis } from './format.js';
export { formatSummary } from './format-summary.js';
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
export { createSummarizer, itemKinds, summarize, summarySchemaVersion } from './summary.js';
export type { AddedItem, ItemCount, NodeCount, SummarizeOptions, Summarizer, Summary, SummaryGroup } from './summary.js';
