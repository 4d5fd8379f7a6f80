/**
 * Which Batch document a JSON value is: a task, a job, a pool, a compute node,
 * or a job's preparation and release task status, as the REST API returns them
 * and `az batch … show -o json` prints them (the same camelCase fields). The
 * `url` (or `odata.metadata`) decides when present; otherwise the fields only
 * one kind of document has.
 */
import { field, isList, list, text } from '../read.js';

/** What a document is. */
export type DocumentKind = 'task' | 'job' | 'pool' | 'node' | 'preparation-and-release-status';

/** A document recognised, or a description of what was found instead. */
export type Detected = { kind: DocumentKind; document: unknown } | { found: string };

/** Fields (top level, or `executionInfo.…`) that only one kind of document has. */
const distinctiveFields: { readonly [Kind in Exclude<DocumentKind, 'preparation-and-release-status'>]: readonly string[] } = {
  task: [
    'commandLine',
    'exitConditions',
    'nodeInfo',
    'dependsOn',
    'multiInstanceSettings',
    'requiredSlots',
    'affinityInfo',
    'executionInfo.result',
    'executionInfo.exitCode',
    'executionInfo.failureInfo',
    'executionInfo.retryCount',
    'executionInfo.requeueCount',
  ],
  job: [
    'poolInfo',
    'onTaskFailure',
    'onAllTasksComplete',
    'jobPreparationTask',
    'jobReleaseTask',
    'jobManagerTask',
    'usesTaskDependencies',
    'maxParallelTasks',
    'executionInfo.terminateReason',
    'executionInfo.poolId',
    'executionInfo.schedulingError',
  ],
  pool: [
    'resizeErrors',
    'allocationState',
    'resizeTimeout',
    'targetDedicatedNodes',
    'currentDedicatedNodes',
    'targetLowPriorityNodes',
    'enableAutoScale',
    'autoScaleRun',
    'autoScaleFormula',
    'taskSlotsPerNode',
    'virtualMachineConfiguration',
    'cloudServiceConfiguration',
    'enableInterNodeCommunication',
  ],
  node: [
    'startTaskInfo',
    'errors',
    'isDedicated',
    'schedulingState',
    'nodeAgentInfo',
    'ipAddress',
    'affinityId',
    'recentTasks',
    'totalTasksRun',
    'runningTasksCount',
    'lastBootTime',
    'allocationTime',
    'virtualMachineInfo',
    'endpointConfiguration',
  ],
};

const statusFields = ['jobPreparationTaskExecutionInfo', 'jobReleaseTaskExecutionInfo'];

/** The kind a Batch URL names by its path: `/jobs/j/tasks/t`, `/jobs/j`, `/pools/p/nodes/n`, `/pools/p`. */
const urlKinds: readonly [RegExp, DocumentKind][] = [
  [/\/jobs\/[^/]+\/tasks\/[^/]+\/?$/, 'task'],
  [/\/jobs\/[^/]+\/?$/, 'job'],
  [/\/pools\/[^/]+\/nodes\/[^/]+\/?$/, 'node'],
  [/\/pools\/[^/]+\/?$/, 'pool'],
];

/** The kind `odata.metadata` names (`…/$metadata#tasks/@Element`). */
const metadataKinds: readonly [RegExp, DocumentKind][] = [
  [/#tasks\/@Element$/, 'task'],
  [/#jobs\/@Element$/, 'job'],
  [/#(?:pools\/@Element\/)?nodes\/@Element$/, 'node'],
  [/#pools\/@Element$/, 'pool'],
];

export function detectDocument(value: unknown): Detected {
  if (isList(value)) return detectList(list(value));
  if (typeof value !== 'object' || value === null) return { found: describeValue(value) };
  const entries = field(value, 'value');
  if (isList(entries)) return detectList(list(entries));
  if (statusFields.some((name) => field(value, name) !== undefined)) return { kind: 'preparation-and-release-status', document: [value] };
  const byAddress = kindOfAddress(value);
  if (byAddress) return { kind: byAddress, document: value };
  const code = text(field(value, 'code'));
  if (code !== undefined && field(value, 'message') !== undefined && field(value, 'id') === undefined) {
    const message = text(field(value, 'message')) ?? text(field(field(value, 'message'), 'value'));
    return { found: `an error response (${code}${message === undefined ? '' : `: ${firstLine(message)}`})` };
  }
  const scores = (Object.keys(distinctiveFields) as (keyof typeof distinctiveFields)[])
    .map((kind) => ({ kind, score: distinctiveFields[kind].filter((path) => has(value, path)).length }))
    .sort((left, right) => right.score - left.score);
  const [best, second] = scores;
  if (best && best.score > 0 && best.score > (second?.score ?? 0)) return { kind: best.kind, document: value };
  if (best && best.score > 0 && second) return { found: `an object that could be a ${best.kind} or a ${second.kind} (${keysOf(value)})` };
  return { found: `an object with ${keysOf(value)}` };
}

/** A list is a preparation and release task status (possibly empty); a list of other documents is named as such. */
function detectList(entries: unknown[]): Detected {
  if (
    entries.every(
      (entry) =>
        typeof entry === 'object' && entry !== null && (statusFields.some((name) => field(entry, name) !== undefined) || field(entry, 'nodeId') !== undefined),
    )
  )
    return { kind: 'preparation-and-release-status', document: entries };
  const first = detectDocument(entries[0]);
  return {
    found:
      'kind' in first
        ? `a list of ${entries.length} ${first.kind}s (give one, as az batch ${azCommand(first.kind)} show prints it)`
        : `a list of ${entries.length} values`,
  };
}

function azCommand(kind: DocumentKind): string {
  return kind === 'node' ? 'node' : kind === 'preparation-and-release-status' ? 'job prep-release-status' : kind;
}

function kindOfAddress(value: unknown): DocumentKind | undefined {
  const url = text(field(value, 'url'))?.slice(0, 2048);
  if (url !== undefined) {
    const path = url.replace(/[?#].*$/, '');
    const match = urlKinds.find(([pattern]) => pattern.test(path));
    if (match) return match[1];
  }
  const metadata = text(field(value, 'odata.metadata'))?.slice(0, 2048);
  return metadata === undefined ? undefined : metadataKinds.find(([pattern]) => pattern.test(metadata))?.[1];
}

/** Whether a field (`name` or `parent.name`) is present and not null. */
function has(value: unknown, path: string): boolean {
  const found = path.split('.').reduce<unknown>((current, name) => field(current, name), value);
  return found !== undefined && found !== null;
}

function keysOf(value: object): string {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return 'no readable keys';
  }
  if (keys.length === 0) return 'no keys';
  const shown = keys.slice(0, 8).map((key) => JSON.stringify(key.slice(0, 40)));
  return `keys ${shown.join(', ')}${keys.length > 8 ? ` and ${keys.length - 8} more` : ''}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `a string (${JSON.stringify(firstLine(value))})`;
  return `a ${typeof value} (${String(value)})`;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
