/**
 * The sentences a diagnosis is written in, per locale. `{name}` placeholders
 * are filled in; every locale has every key (a test checks the same
 * placeholders are used).
 */
import type { CoreQuota, NodeErrorCause } from '../finding.js';
import type { FindingKind } from '../kinds.js';

export interface DiagnoseTexts {
  /** One sentence per kind of finding, keyed by the kind itself. */
  summaries: { readonly [Kind in FindingKind]: string };
  /** Summaries of a variant of a kind. */
  variants: {
    /** `node-start-task-failed` when the start task ran and exited: `{node}`, `{exitCode}`. */
    startTaskExitCode: string;
  };
  /** The quota a pool's resize reached, as it fits `{quota}` in the summary. */
  quotas: { readonly [Quota in CoreQuota]: string };
  /** What a node's error is about, as it fits `{cause}` in the `node-unusable` summary. */
  nodeErrorCauses: { readonly [Cause in NodeErrorCause]: string };
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
  /** What a node's state costs or holds back. */
  impacts: {
    nodeRunsNoTasks: string;
    startTaskWaits: string;
    startTaskDoesNotWait: string;
    startTaskMayWait: string;
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
  /** What to do about a pool or node, following "Azure Batch pool and node errors". */
  advice: {
    raiseQuota: string;
    relayedProviderError: string;
    removeLock: string;
    subnetAddresses: string;
    networkQuotas: string;
    lengthenResizeTimeout: string;
    customImages: string;
    resizeAgain: string;
    removeNodesAgain: string;
    resizeCauses: string;
    evaluateAutoScale: string;
    autoScaleEvents: string;
    deletionRetries: string;
    deletionLocks: string;
    deletionDependents: string;
    deletionProvider: string;
    deletionRole: string;
    startTaskReentrant: string;
    rebootNode: string;
    replaceNode: string;
    noAutomaticRecovery: string;
    checkApplicationPackages: string;
    checkContainers: string;
    freeDiskSpace: string;
    preventDiskFull: string;
    unreachableRecovery: string;
    unreachableCauses: string;
    serviceMessage: string;
    uploadAgentLogs: string;
  };
  /** Headings and labels of a formatted diagnosis. */
  labels: {
    task: string;
    job: string;
    pool: string;
    node: string;
    noFindings: string;
    code: string;
    details: string;
    providerError: string;
    truncated: string;
    effects: string;
    lookNext: string;
    docs: string;
  };
}

/** Labels of a summary of many items (`formatSummary`), apart from the sentences of a diagnosis so that `diagnoseTask` does not carry them. */
export interface SummaryTexts {
  /** What each kind of item is called, as a row label and before a count. */
  items: { task: string; job: string; pool: string; node: string; 'preparation-and-release-status': string };
  /** A kind's row: `{read}` items read, `{failed}` of them with a failure, `{share}` of those read. */
  counts: string;
  /** In a group's heading: `{exitCode}`. */
  exitCode: string;
  /** In a group's heading, for the group that gathers the codes past the group limit. */
  otherCodes: string;
  /** When the group's findings happened: `{from}`, `{to}` (ISO 8601, UTC). */
  timeRange: string;
  /** Before the nodes with the most findings of a group. */
  onNodes: string;
  /** Before the ids of the first items of a group. */
  examples: string;
  /** After a shortened list: `{count}` left out. */
  andMore: string;
  /** Under a group whose items' effects differ. */
  effectsVary: string;
  /** The whole output for an input with no item. */
  noItems: string;
  /** Above a summary of an input that could not be read to its end. */
  partial: string;
  /** Above a summary when values of no Batch kind were skipped: `{count}`, `{first}` (what the first one was). */
  skipped: string;
}

/** Fills `{name}` placeholders; unknown names are left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
