/**
 * Which Batch document a JSON value is: a task, a job, a pool, a compute node,
 * or one node's entry of a job's preparation and release task status, as the
 * REST API returns them, `@azure/batch` gives them and `az batch …` prints them
 * (the same camelCase fields). The `url` (or `odata.metadata`) decides when
 * present; otherwise the fields only one kind of document has.
 */
import { field, isList, text } from './read.js';

/** What one item of a list is. */
export type ItemKind = 'task' | 'job' | 'pool' | 'node' | 'preparation-and-release-status';

/** An item recognised, or a description of what was found instead (`an object with keys "name", "size"`). */
export type Detected = { kind: ItemKind } | { found: string };

/** Fields (top level, or `executionInfo.…`) that only one kind of document has. */
const distinctiveFields: { readonly [Kind in Exclude<ItemKind, 'preparation-and-release-status'>]: readonly string[] } = {
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

type DistinctivePaths = readonly (readonly [keyof typeof distinctiveFields, readonly string[][]])[];
let splitPaths: DistinctivePaths | undefined;

/** The distinctive fields as paths, split on first use (and only then, so a bundle that never detects carries none of it). */
function distinctivePaths(): DistinctivePaths {
  splitPaths ??= (Object.keys(distinctiveFields) as (keyof typeof distinctiveFields)[]).map(
    (kind) => [kind, distinctiveFields[kind].map((path) => path.split('.'))] as const,
  );
  return splitPaths;
}

/** The kind a Batch URL names by its path: `/jobs/j/tasks/t`, `/jobs/j`, `/pools/p/nodes/n`, `/pools/p`. */
const urlKinds: readonly [RegExp, ItemKind][] = [
  [/\/jobs\/[^/]+\/tasks\/[^/]+\/?$/, 'task'],
  [/\/jobs\/[^/]+\/?$/, 'job'],
  [/\/pools\/[^/]+\/nodes\/[^/]+\/?$/, 'node'],
  [/\/pools\/[^/]+\/?$/, 'pool'],
];

/** The kind `odata.metadata` names (`…/$metadata#tasks/@Element`). */
const metadataKinds: readonly [RegExp, ItemKind][] = [
  [/#tasks\/@Element$/, 'task'],
  [/#jobs\/@Element$/, 'job'],
  [/#(?:pools\/@Element\/)?nodes\/@Element$/, 'node'],
  [/#pools\/@Element$/, 'pool'],
];

/**
 * What one value of a list is: a task, job, pool, node or preparation and
 * release status entry; else a description of what it is instead. Never throws.
 */
export function detectItem(value: unknown): Detected {
  if (isList(value)) return { found: 'a list inside the list' };
  if (typeof value !== 'object' || value === null) return { found: describeValue(value) };
  const byAddress = kindOfAddress(value);
  if (byAddress) return { kind: byAddress };
  if (statusFields.some((name) => field(value, name) !== undefined) || (text(field(value, 'nodeId')) !== undefined && field(value, 'id') === undefined))
    return { kind: 'preparation-and-release-status' };
  const code = text(field(value, 'code'));
  if (code !== undefined && field(value, 'message') !== undefined && field(value, 'id') === undefined) {
    const message = text(field(value, 'message')) ?? text(field(field(value, 'message'), 'value'));
    return { found: `an error response (${code}${message === undefined ? '' : `: ${firstLine(message)}`})` };
  }
  let best: { kind: keyof typeof distinctiveFields; score: number } | undefined;
  let second = 0;
  for (const [kind, paths] of distinctivePaths()) {
    let score = 0;
    for (const path of paths) if (has(value, path)) score++;
    if (best === undefined || score > best.score) {
      second = best?.score ?? 0;
      best = { kind, score };
    } else if (score > second) second = score;
  }
  if (best && best.score > 0 && best.score > second) return { kind: best.kind };
  if (best && best.score > 0) {
    const tied = distinctivePaths()
      .filter(([, paths]) => paths.filter((path) => has(value, path)).length === best.score)
      .map(([kind]) => kind);
    return { found: `an object that could be a ${tied[0]} or a ${tied[1]} (${keysOf(value)})` };
  }
  return { found: `an object with ${keysOf(value)}` };
}

/** A REST list body (`{ "value": [...] }`), as `Task - List` and its kin answer: its entries; undefined for anything else. */
export function entriesOfPage(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || isList(value)) return undefined;
  const entries = field(value, 'value');
  return isList(entries) ? (entries as unknown[]) : undefined;
}

function kindOfAddress(value: unknown): ItemKind | undefined {
  const url = text(field(value, 'url'))?.slice(0, 2048);
  if (url !== undefined) {
    const path = url.replace(/[?#].*$/, '');
    for (const [pattern, kind] of urlKinds) if (pattern.test(path)) return kind;
  }
  const metadata = text(field(value, 'odata.metadata'))?.slice(0, 2048);
  if (metadata === undefined) return undefined;
  for (const [pattern, kind] of metadataKinds) if (pattern.test(metadata)) return kind;
  return undefined;
}

/** Whether a field (`[name]` or `[parent, name]`) is present and not null. */
function has(value: unknown, path: readonly string[]): boolean {
  let found: unknown = value;
  for (const name of path) found = field(found, name);
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
  return `a ${typeof value} (${String(value).slice(0, 80)})`;
}

function firstLine(text: string): string {
  const line = text.slice(0, 4096).split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
