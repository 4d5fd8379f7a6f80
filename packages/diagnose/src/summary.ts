/**
 * Many tasks, jobs, pools, nodes and preparation and release statuses at once:
 * each item diagnosed as it comes, the findings grouped by kind, code and
 * exit code (and by node for task failures), in memory bounded by the number
 * of groups, not by the number of items. The command line and programs share
 * this one implementation.
 */
import type { LocalePreference, SupportedLocale } from '@batch-errors/messages';
import { type Detected, detectItem, entriesOfPage, type ItemKind } from './detect.js';
import { diagnoseJobIn } from './diagnose-job.js';
import { diagnoseNodeIn } from './diagnose-node.js';
import { diagnosePoolIn } from './diagnose-pool.js';
import { diagnoseTaskIn } from './diagnose-task.js';
import type { Diagnosis, Finding } from './finding.js';
import type { BatchJob, Timestamp } from './input-types.js';
import type { FindingKind } from './kinds.js';
import type { Language } from './language.js';
import { negotiateLanguage } from './languages.js';
import { field, isList, text, timestamp } from './read.js';

/** The version of the `Summary` shape: it changes only when a field changes meaning or goes away. */
export const summarySchemaVersion = 1;

/** The kinds of item, in the order a summary counts them. */
export const itemKinds: readonly ItemKind[] = ['job', 'pool', 'node', 'preparation-and-release-status', 'task'];

/** Groups kept apart at most; findings past them are counted in one `other` group per kind. */
const groupLimit = 1000;
/** Nodes counted apart in a group at most; findings on further nodes are counted in `otherNodes`. */
const nodeLimit = 1000;
/** The most example ids a group keeps. */
const maxExamples = 1000;
/** Strings and lists of a group's first finding are cut to these lengths, so a hostile item cannot make a group large. */
const keptStringLength = 4096;
const keptListLength = 100;
/** Ids kept in examples and node counts are cut to this length. */
const keptIdLength = 256;

/** Options of `summarize` and `createSummarizer`. */
export interface SummarizeOptions {
  /** The reader's language: a BCP 47 tag, a list, or an Accept-Language value. Default English. Ignored by the per-locale entries. */
  locale?: LocalePreference | undefined;
  /** How many ids of the first items each group keeps (default 5, at most 1,000). */
  examples?: number | undefined;
  /** The job the items belong to, for items that do not say (tasks without a `url`, preparation and release statuses). */
  jobId?: string | undefined;
  /** The pool the items belong to, for nodes that do not say. */
  poolId?: string | undefined;
  /** The tasks' job: its onTaskFailure decides whether exit conditions act on it. Without it, a job among the items (with the `jobId`, when given) counts for the tasks after it. */
  job?: BatchJob | undefined;
  /** Read every item as this kind instead of telling each item's kind by its fields. */
  kind?: ItemKind | undefined;
  /** The time to measure a pool's deletion against (see `diagnosePool`). Default: now. */
  now?: Timestamp | number | undefined;
  /** How long a pool may be deleting before it is reported, in milliseconds (see `diagnosePool`). */
  deletionThreshold?: number | undefined;
}

/** How many items of one kind were read, and how many had a finding. */
export interface ItemCount {
  /** The kind of item. */
  kind: ItemKind;
  /** Items of this kind read. */
  read: number;
  /** Items of this kind with at least one finding. */
  failed: number;
}

/** A node of a task group, with the number of the group's findings on it. */
export interface NodeCount {
  /** The compute node. */
  nodeId: string;
  /** The group's findings on it. */
  findings: number;
}

/** Findings of one kind, code and exit code, from items of one kind. */
export interface SummaryGroup {
  /** The kind of the findings. */
  kind: FindingKind;
  /** The kind of item they come from. */
  subject: ItemKind;
  /** The error code they share, when they have one. */
  code?: string;
  /** The exit code they share, when they have one. */
  exitCode?: number;
  /** True for the group that gathers this kind's findings past the group limit (1,000 groups): their codes and exit codes differ. */
  other?: true;
  /** How many findings. */
  findings: number;
  /** How many items have them. */
  items: number;
  /** `items` over the items of the same kind read (0 to 1). */
  share: number;
  /** Ids of the first items (`#<position>` for an item without an id), as many as `examples` asks. */
  examples: string[];
  /** The earliest time of the items (ISO 8601, UTC): a task's end or start, a node's or pool's state change. */
  from?: string;
  /** The latest time of the items. */
  to?: string;
  /** For task and status findings: the nodes they happened on, most findings first (1,000 at most). */
  nodes: NodeCount[];
  /** Findings on nodes past those listed. */
  otherNodes: number;
  /** True when the items' effects on dependent tasks or the job differ (their exit conditions differ); `finding` shows the first's. */
  effectsVary: boolean;
  /** The first finding of the group, as the diagnose functions give it: its sentences, error, effects and next steps. */
  finding: Finding;
}

/** What `summarize` returns, and `batch-errors-diagnose --json` prints for a list. */
export interface Summary {
  /** The version of this shape (`summarySchemaVersion`). */
  schemaVersion: typeof summarySchemaVersion;
  /** The language of the sentences. */
  locale: SupportedLocale;
  /** The job the items belong to: given, or named by every failed task. */
  jobId?: string;
  /** The pool the items belong to: given, or named by every failed node. */
  poolId?: string;
  /** True when the input could not be read to its end: the counts cover what was read (the command line sets it). */
  partial: boolean;
  /** Items read and failed, per kind, in the order of `itemKinds`; kinds not read are left out. */
  counts: ItemCount[];
  /** Values that were no Batch item (an error response, a string, an object of no known kind). */
  skipped: number;
  /** What the first skipped value was. */
  firstSkipped?: string;
  /** Findings in all. */
  findings: number;
  /** The groups, most findings first. */
  groups: SummaryGroup[];
}

/** What `Summarizer.add` made of one item: its kind and diagnosis, or what it was instead of an item. */
export type AddedItem = { kind: ItemKind; diagnosis: Diagnosis } | { skipped: string };

/** Takes items one at a time and keeps only the groups: `summarize` over your own loop. */
export interface Summarizer {
  /** Diagnoses one item (a task, job, pool, node or preparation and release status entry; `kind` when known, else told by its fields) and counts its findings. Never throws. */
  add(item: unknown, kind?: ItemKind): AddedItem;
  /** The summary of the items added so far. */
  summary(): Summary;
}

interface GroupState {
  group: Omit<SummaryGroup, 'from' | 'to' | 'nodes' | 'share'>;
  order: number;
  lastItem: number;
  from?: number;
  to?: number;
  nodes: Map<string, number>;
  effects?: string;
}

/**
 * Diagnoses every item and groups the findings: by kind, then by error code
 * and exit code, with the nodes of task failures, the first ids, the time
 * range and the first finding of each group. Items are tasks, jobs, pools,
 * nodes or preparation and release status entries, of any shape the diagnose
 * functions read (mixed kinds are counted per kind); a list, or a REST list
 * body (`{ "value": [...] }`), is read as its entries. Memory stays bounded by
 * the groups (1,000 at most), whatever the number of items. An iterable
 * gives a `Summary`, an async iterable a promise of one; errors the iterable
 * itself throws propagate, items never make it throw.
 *
 * @example summarize(tasks, { jobId: 'render' }).groups[0]?.kind // "task-exit-code"
 */
export function summarize(items: Iterable<unknown>, options?: SummarizeOptions): Summary;
export function summarize(items: AsyncIterable<unknown>, options?: SummarizeOptions): Promise<Summary>;
export function summarize(items: Iterable<unknown> | AsyncIterable<unknown>, options: SummarizeOptions = {}): Summary | Promise<Summary> {
  return summarizeIn(negotiateLanguage(field(options, 'locale')), items as Iterable<unknown>, options);
}

/** `summarize` in a given language (the per-locale entries bind one). */
export function summarizeIn(language: Language, items: Iterable<unknown>, options?: SummarizeOptions): Summary;
export function summarizeIn(language: Language, items: AsyncIterable<unknown>, options?: SummarizeOptions): Promise<Summary>;
export function summarizeIn(language: Language, items: Iterable<unknown> | AsyncIterable<unknown>, options: SummarizeOptions = {}): Summary | Promise<Summary> {
  const summarizer = createSummarizerIn(language, options);
  const addValue = (value: unknown) => {
    const entries = entriesOfPage(value) ?? (isList(value) ? (value as unknown[]) : undefined);
    if (entries === undefined) summarizer.add(value);
    else for (const entry of entries) summarizer.add(entry);
  };
  if (typeof (items as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function')
    return (async () => {
      for await (const value of items as AsyncIterable<unknown>) addValue(value);
      return summarizer.summary();
    })();
  for (const value of items as Iterable<unknown>) addValue(value);
  return summarizer.summary();
}

/** A summarizer that takes items one at a time (`add`) and gives the summary so far (`summary`). */
export function createSummarizer(options: SummarizeOptions = {}): Summarizer {
  return createSummarizerIn(negotiateLanguage(field(options, 'locale')), options);
}

/** `createSummarizer` in a given language (the per-locale entries bind one). */
export function createSummarizerIn(language: Language, options: SummarizeOptions = {}): Summarizer {
  const settings = readSettings(options);
  const counts = new Map<ItemKind, ItemCount>();
  const groups = new Map<string, GroupState>();
  const groupsPerKind = new Map<FindingKind, number>();
  let position = 0;
  let skipped = 0;
  let firstSkipped: string | undefined;
  let findingCount = 0;
  const named = { job: new Names(), pool: new Names() };
  /** A job read among the items: its onTaskFailure reaches the tasks after it, unless options give the job. */
  let jobRead: BatchJob | undefined;

  const diagnose = (kind: ItemKind, item: unknown): Diagnosis => {
    switch (kind) {
      case 'task':
        return diagnoseTaskIn(language, item as never, { job: settings.job ?? jobRead, jobId: settings.jobId });
      case 'job': {
        const id = text(field(item, 'id'));
        if (settings.jobId === undefined || id === settings.jobId) jobRead = item as BatchJob;
        return diagnoseJobIn(language, item as never);
      }
      case 'pool':
        return diagnosePoolIn(language, item as never, { now: settings.now, deletionThreshold: settings.deletionThreshold });
      case 'node':
        return diagnoseNodeIn(language, item as never, { poolId: settings.poolId });
      case 'preparation-and-release-status':
        return diagnoseJobIn(language, settings.jobId === undefined ? {} : { id: settings.jobId }, [item as never]);
    }
  };

  const groupFor = (subject: ItemKind, finding: Finding): GroupState => {
    const code = finding.error?.code;
    const exitCode = finding.exitCode;
    const key = `${subject}\u0000${finding.kind}\u0000${code ?? ''}\u0000${exitCode ?? ''}`;
    let state = groups.get(key);
    if (state) return state;
    const kept = groupsPerKind.get(finding.kind) ?? 0;
    if (kept >= groupLimit) {
      const otherKey = `${subject}\u0000${finding.kind}\u0000other`;
      state = groups.get(otherKey);
      if (state) return state;
      state = newGroup(subject, finding, groups.size, true);
      groups.set(otherKey, state);
      return state;
    }
    groupsPerKind.set(finding.kind, kept + 1);
    state = newGroup(subject, finding, groups.size, false);
    groups.set(key, state);
    return state;
  };

  return {
    add(item, known) {
      position += 1;
      const given = known !== undefined && (itemKinds as readonly unknown[]).includes(known) ? known : settings.kind;
      const detected: Detected = given === undefined ? detectItem(item) : { kind: given };
      if (!('kind' in detected)) {
        skipped += 1;
        firstSkipped ??= `#${position}: ${detected.found}`;
        return { skipped: detected.found };
      }
      const { kind } = detected;
      const diagnosis = diagnose(kind, item);
      const count = counts.get(kind) ?? { kind, read: 0, failed: 0 };
      count.read += 1;
      counts.set(kind, count);
      if (diagnosis.findings.length === 0) return { kind, diagnosis };
      count.failed += 1;
      const time = timeOf(kind, item);
      for (const finding of diagnosis.findings) {
        findingCount += 1;
        const state = groupFor(kind, finding);
        const { group } = state;
        group.findings += 1;
        if (state.lastItem !== position) {
          state.lastItem = position;
          group.items += 1;
          const id = (kind === 'preparation-and-release-status' ? finding.nodeId : diagnosis.id) ?? `#${position}`;
          if (group.examples.length < settings.examples) group.examples.push(shortId(id));
        }
        if (time !== undefined) {
          if (state.from === undefined || time < state.from) state.from = time;
          if (state.to === undefined || time > state.to) state.to = time;
        }
        if ((kind === 'task' || kind === 'preparation-and-release-status') && finding.nodeId !== undefined) {
          const nodeId = shortId(finding.nodeId);
          const onNode = state.nodes.get(nodeId);
          if (onNode !== undefined) state.nodes.set(nodeId, onNode + 1);
          else if (state.nodes.size < nodeLimit) state.nodes.set(nodeId, 1);
          else group.otherNodes += 1;
        }
        const effects = effectsKey(finding);
        if (state.effects === undefined) state.effects = effects;
        else if (state.effects !== effects) group.effectsVary = true;
        if (kind === 'task' && finding.jobId !== undefined) named.job.see(shortId(finding.jobId));
        if (kind === 'node' && finding.poolId !== undefined) named.pool.see(shortId(finding.poolId));
      }
      return { kind, diagnosis };
    },

    summary() {
      const read = (kind: ItemKind) => counts.get(kind)?.read ?? 0;
      const summary: Summary = {
        schemaVersion: summarySchemaVersion,
        locale: language.locale,
        partial: false,
        counts: itemKinds.flatMap((kind) => {
          const count = counts.get(kind);
          return count ? [{ ...count }] : [];
        }),
        skipped,
        findings: findingCount,
        groups: [...groups.values()]
          .sort((left, right) => right.group.findings - left.group.findings || left.order - right.order)
          .map((state) => finishGroup(state, read(state.group.subject))),
      };
      const jobId = settings.jobId ?? named.job.only();
      const poolId = settings.poolId ?? named.pool.only();
      if (jobId !== undefined) summary.jobId = jobId;
      if (poolId !== undefined) summary.poolId = poolId;
      if (firstSkipped !== undefined) summary.firstSkipped = firstSkipped;
      return summary;
    },
  };
}

/** The one name every failed item gave, if they all gave the same. */
class Names {
  private name: string | undefined;
  private mixed = false;

  see(name: string | undefined): void {
    if (name === undefined || this.mixed) return;
    if (this.name === undefined) this.name = name;
    else if (this.name !== name) this.mixed = true;
  }

  only(): string | undefined {
    return this.mixed ? undefined : this.name;
  }
}

interface Settings {
  examples: number;
  jobId: string | undefined;
  poolId: string | undefined;
  job: BatchJob | undefined;
  kind: ItemKind | undefined;
  now: Timestamp | number | undefined;
  deletionThreshold: number | undefined;
}

/** Options of any shape, read once. */
function readSettings(options: unknown): Settings {
  const examples = field(options, 'examples');
  const kind = field(options, 'kind');
  const job = field(options, 'job');
  const threshold = field(options, 'deletionThreshold');
  return {
    examples: typeof examples === 'number' && Number.isFinite(examples) ? Math.max(0, Math.min(maxExamples, Math.floor(examples))) : 5,
    jobId: text(field(options, 'jobId')),
    poolId: text(field(options, 'poolId')),
    job: typeof job === 'object' && job !== null ? (job as BatchJob) : undefined,
    kind: typeof kind === 'string' && (itemKinds as readonly string[]).includes(kind) ? (kind as ItemKind) : undefined,
    now: field(options, 'now') as Timestamp | number | undefined,
    deletionThreshold: typeof threshold === 'number' ? threshold : undefined,
  };
}

function newGroup(subject: ItemKind, finding: Finding, order: number, other: boolean): GroupState {
  const group: GroupState['group'] = {
    kind: finding.kind,
    subject,
    findings: 0,
    items: 0,
    examples: [],
    otherNodes: 0,
    effectsVary: false,
    finding: bounded(finding) as Finding,
  };
  if (other) group.other = true;
  else {
    if (finding.error?.code !== undefined) group.code = finding.error.code;
    if (finding.exitCode !== undefined) group.exitCode = finding.exitCode;
  }
  return { group, order, lastItem: 0, nodes: new Map() };
}

function finishGroup(state: GroupState, read: number): SummaryGroup {
  const { group } = state;
  // Fields in the order a reader of the JSON meets them: what, how many, where and when, then the finding.
  return {
    kind: group.kind,
    subject: group.subject,
    ...(group.code === undefined ? {} : { code: group.code }),
    ...(group.exitCode === undefined ? {} : { exitCode: group.exitCode }),
    ...(group.other ? { other: true as const } : {}),
    findings: group.findings,
    items: group.items,
    share: read === 0 ? 0 : group.items / read,
    examples: [...group.examples],
    ...(state.from === undefined ? {} : { from: isoSecond(state.from) }),
    ...(state.to === undefined ? {} : { to: isoSecond(state.to) }),
    nodes: [...state.nodes].map(([nodeId, findings]) => ({ nodeId, findings })).sort((left, right) => right.findings - left.findings),
    otherNodes: group.otherNodes,
    effectsVary: group.effectsVary,
    finding: group.finding,
  };
}

/** What a finding does to dependent tasks and to the job, as one comparable string. */
function effectsKey(finding: Finding): string {
  const effects = finding.effects;
  return effects === undefined
    ? ''
    : `${effects.dependentTasks}/${effects.jobAction}/${String(effects.jobActionApplies)}/${finding.retrying === undefined ? 'done' : 'retrying'}`;
}

/** When an item's failure happened: a task's end or start, a node's or pool's state change, a job's end, a preparation or release task's end. */
function timeOf(kind: ItemKind, item: unknown): number | undefined {
  const execution = field(item, 'executionInfo');
  switch (kind) {
    case 'task':
      return timestamp(field(execution, 'endTime')) ?? timestamp(field(execution, 'startTime')) ?? timestamp(field(item, 'stateTransitionTime'));
    case 'job':
      return timestamp(field(execution, 'endTime')) ?? timestamp(field(item, 'stateTransitionTime'));
    case 'pool':
    case 'node':
      return timestamp(field(item, 'stateTransitionTime'));
    case 'preparation-and-release-status': {
      for (const name of ['jobReleaseTaskExecutionInfo', 'jobPreparationTaskExecutionInfo']) {
        const info = field(item, name);
        const time = timestamp(field(info, 'endTime')) ?? timestamp(field(info, 'startTime'));
        if (time !== undefined) return time;
      }
      return undefined;
    }
  }
}

/** An id as a summary keeps it: cut to `keptIdLength`. */
function shortId(id: string): string {
  return id.length > keptIdLength ? `${id.slice(0, keptIdLength)}…` : id;
}

/** ISO 8601 to the second, in UTC. */
function isoSecond(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 19)}Z`;
}

/** A copy with strings and lists cut short, so one hostile item cannot make a group large. */
function bounded(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > keptStringLength ? `${value.slice(0, keptStringLength)}…` : value;
  if (typeof value !== 'object' || value === null || depth > 8) return value;
  if (Array.isArray(value)) return value.slice(0, keptListLength).map((entry) => bounded(entry, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) copy[key] = bounded(entry, depth + 1);
  return copy;
}
