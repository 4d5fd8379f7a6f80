/**
 * The kinds of finding, and the one place that says which section of which
 * Microsoft Learn page explains each.
 */
import type { SupportedLocale } from '@batch-errors/messages';

/** How a task failed ("Azure Batch job and task errors"), or that its node keeps it from running ("Azure Batch pool and node errors"). */
export type TaskFindingKind =
  | 'task-exit-code'
  | 'task-resource-file-download-failed'
  | 'task-output-file-upload-failed'
  | 'task-max-wall-clock-time-exceeded'
  | 'task-pre-processing-error'
  | 'task-ended'
  | 'task-node-unusable';

/** How a job, or its preparation or release task on a node, failed ("Azure Batch job and task errors"). */
export type JobFindingKind =
  | 'job-max-wall-clock-time-expired'
  | 'job-terminated-by-task-failure'
  | 'job-scheduling-error'
  | 'job-preparation-task-failed'
  | 'job-release-task-failed';

/** What went wrong with a pool ("Azure Batch pool and node errors"). */
export type PoolFindingKind =
  | 'pool-resize-quota-reached'
  | 'pool-resize-allocation-failed'
  | 'pool-resize-timed-out'
  | 'pool-resize-stopped'
  | 'pool-remove-nodes-failed'
  | 'pool-resize-error'
  | 'pool-autoscale-failed'
  | 'pool-deletion-slow';

/** What keeps a compute node from running tasks ("Azure Batch pool and node errors"). */
export type NodeFindingKind = 'node-start-task-failed' | 'node-unusable' | 'node-unreachable';

/** The failure modes the docs pages describe, one kind each. */
export type FindingKind = TaskFindingKind | JobFindingKind | PoolFindingKind | NodeFindingKind;

/** Sections of "Azure Batch job and task errors" (docs-source/en-us/batch-job-task-error-checking.md) that findings link to. */
export const docsSections = {
  jobProperties: 'job-properties',
  jobPreparationTasks: 'job-preparation-tasks',
  jobReleaseTasks: 'job-release-tasks',
  taskFailures: 'task-failures',
  taskCommandLines: 'task-command-lines',
  taskLogs: 'task-logs',
  outputFiles: 'output-files',
} as const;

/** Sections of "Azure Batch pool and node errors" (docs-source/en-us/batch-pool-node-error-checking.md) that findings link to. */
export const poolNodeDocsSections = {
  relayProviderErrors: 'relay-provider-error-details',
  resizeTimeoutOrFailure: 'resize-timeout-or-failure',
  automaticScalingFailures: 'automatic-scaling-failures',
  poolDeletionFailures: 'pool-deletion-failures',
  startTaskFailures: 'start-task-failures',
  applicationPackageDownloadFailure: 'application-package-download-failure',
  containerDownloadFailure: 'container-download-failure',
  nodeInUnusableState: 'node-in-unusable-state',
  nodeDiskFull: 'node-disk-full',
} as const;

/** A section of one of the two pages. */
export type DocsLink =
  | { page: 'batch-job-task-error-checking'; section: (typeof docsSections)[keyof typeof docsSections] }
  | { page: 'batch-pool-node-error-checking'; section: (typeof poolNodeDocsSections)[keyof typeof poolNodeDocsSections] };

/** A section of "Azure Batch job and task errors". */
export function jobTaskSection(section: keyof typeof docsSections): DocsLink {
  return { page: 'batch-job-task-error-checking', section: docsSections[section] };
}

/** A section of "Azure Batch pool and node errors". */
export function poolNodeSection(section: keyof typeof poolNodeDocsSections): DocsLink {
  return { page: 'batch-pool-node-error-checking', section: poolNodeDocsSections[section] };
}

/** The address of a section on Microsoft Learn, in the reader's language. */
export function docsUrl(locale: SupportedLocale, link: DocsLink): string {
  return `https://learn.microsoft.com/${locale}/azure/batch/${link.page}#${link.section}`;
}
