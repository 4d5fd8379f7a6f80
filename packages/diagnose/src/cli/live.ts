/**
 * `batch-errors-diagnose job <job-id>`, `pool <pool-id>` and
 * `node <pool-id> <node-id>`: asking the Batch service itself, through the
 * official client `@azure/batch` (an optional peer dependency, loaded here
 * and nowhere else). Only failed tasks are asked for, with only the fields the
 * diagnosis reads; every `odata.nextLink` is followed; at most `concurrency`
 * requests are in flight; a throttled or failed request is retried after the
 * `Retry-After` the service gives, or with growing waits.
 */
import type * as AzureBatch from '@azure/batch';
import { errorFromResponse } from '@batch-errors/http';
import type { ItemKind } from '../detect.js';
import type { Language } from '../language.js';

/** The account to ask: its name, shared key and endpoint (`https://<account>.<region>.batch.azure.com`). */
export interface Account {
  name: string;
  key: string;
  endpoint: string;
}

/** Where the account comes from: the variables `az batch` reads, unless flags say otherwise. */
export const accountVariables = { name: 'AZURE_BATCH_ACCOUNT', key: 'AZURE_BATCH_ACCESS_KEY', endpoint: 'AZURE_BATCH_ENDPOINT' } as const;

/** The fields the diagnosis reads, as `$select` asks for them. */
export const selects = {
  task: 'id,url,state,constraints,exitConditions,executionInfo,nodeInfo,outputFiles',
  job: 'id,url,state,onTaskFailure,constraints,executionInfo,poolInfo',
  pool: 'id,url,state,stateTransitionTime,allocationState,resizeTimeout,resizeErrors,enableAutoScale,autoScaleRun,networkConfiguration,startTask',
  node: 'id,url,state,stateTransitionTime,startTask,startTaskInfo,errors',
} as const;

/** Failed tasks only: the service filters, so a job of a million tasks that mostly succeeded costs a few pages. */
export const failedTasksFilter = "executionInfo/result eq 'failure'";

/** How patient the live commands are. */
export interface Patience {
  /** Requests in flight at most. */
  concurrency: number;
  /** Retries of one request at most (throttling, 5xx, a dropped connection). */
  retries: number;
  /** The first wait when the service gives no `Retry-After`, doubled each retry (milliseconds). */
  firstWait: number;
  /** The longest wait honoured from a `Retry-After` (milliseconds). */
  longestWait: number;
}

export const defaultPatience: Patience = { concurrency: 4, retries: 4, firstWait: 1000, longestWait: 60_000 };

/** A failure of the service, or of reaching it: one line, in the reader's language where the docs have the code. */
export class ServiceProblem extends Error {}

/** The client module is not installed. */
export class ClientMissing extends Error {}

/** What the live commands hand to the summary, one item at a time, as pages arrive. */
export interface LiveSink {
  item(kind: ItemKind, value: unknown): Promise<void> | void;
}

type BatchModule = typeof AzureBatch;

/** Loads `@azure/batch`; `ClientMissing` when it is not installed. */
export async function loadClient(importModule: () => Promise<unknown>): Promise<BatchModule> {
  try {
    const loaded = (await importModule()) as BatchModule & { default?: BatchModule };
    const module = typeof loaded.BatchServiceClient === 'function' ? loaded : loaded.default;
    if (!module || typeof module.BatchServiceClient !== 'function') throw new ClientMissing('a module without BatchServiceClient');
    return module;
  } catch (error) {
    if (error instanceof ClientMissing) throw error;
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new ClientMissing(code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' ? 'it is not installed' : `it does not load (${firstLine(error)})`);
  }
}

/** Asks the service about what `command` names, handing each item to `sink`. */
export async function askService(
  batch: BatchModule,
  account: Account,
  command: { kind: 'job'; jobId: string } | { kind: 'pool'; poolId: string } | { kind: 'node'; poolId: string; nodeId: string },
  sink: LiveSink,
  language: Language,
  patience: Patience = defaultPatience,
): Promise<void> {
  // The client's own retries wait tens of seconds per 5xx and know no Retry-After of ours: ours replace them.
  const client = new batch.BatchServiceClient(new batch.BatchSharedKeyCredentials(account.name, account.key), account.endpoint, { noRetryPolicy: true });
  const requests = new Limiter(patience.concurrency);
  const ask = <T>(what: string, call: () => Promise<T>) => requests.run(() => withRetries(what, call, patience, account, language));

  if (command.kind === 'node') {
    const node = await ask(`node ${command.nodeId} of pool ${command.poolId}`, () =>
      client.computeNode.get(command.poolId, command.nodeId, { computeNodeGetOptions: { select: selects.node } }),
    );
    await sink.item('node', node);
    return;
  }
  if (command.kind === 'pool') {
    const poolId = command.poolId;
    await Promise.all([
      ask(`pool ${poolId}`, () => client.pool.get(poolId, { poolGetOptions: { select: selects.pool } })).then((pool) => sink.item('pool', pool)),
      pages(
        `the nodes of pool ${poolId}`,
        () => client.computeNode.list(poolId, { computeNodeListOptions: { select: selects.node } }),
        (link) => client.computeNode.listNext(link),
        ask,
        (node) => sink.item('node', node),
      ),
    ]);
    return;
  }
  const jobId = command.jobId;
  // The job first: its onTaskFailure decides what its tasks' failures do to it.
  const job = await ask(`job ${jobId}`, () => client.job.get(jobId, { jobGetOptions: { select: selects.job } }));
  await sink.item('job', job);
  await Promise.all([
    pages(
      `the preparation and release task status of job ${jobId}`,
      () => client.job.listPreparationAndReleaseTaskStatus(jobId),
      (link) => client.job.listPreparationAndReleaseTaskStatusNext(link),
      ask,
      (status) => sink.item('preparation-and-release-status', status),
    ),
    pages(
      `the failed tasks of job ${jobId}`,
      () => client.task.list(jobId, { taskListOptions: { filter: failedTasksFilter, select: selects.task } }),
      (link) => client.task.listNext(link),
      ask,
      (task) => sink.item('task', task),
    ),
  ]);
}

/** Every page of a list, following `odata.nextLink`, each entry handed over before the next page is asked for. */
async function pages<Entry>(
  what: string,
  first: () => Promise<Entry[] & { odatanextLink?: string }>,
  next: (link: string) => Promise<Entry[] & { odatanextLink?: string }>,
  ask: <T>(what: string, call: () => Promise<T>) => Promise<T>,
  each: (entry: Entry) => Promise<void> | void,
): Promise<void> {
  let page = await ask(what, first);
  for (let count = 1; ; count++) {
    for (const entry of page) await each(entry);
    const link = page.odatanextLink;
    if (link === undefined || link === '') return;
    page = await ask(`${what} (page ${count + 1})`, () => next(link));
  }
}

/** Runs a request, retrying a throttled, failed or dropped one after the service's `Retry-After` or a growing wait; a final failure is a `ServiceProblem`. */
async function withRetries<T>(what: string, call: () => Promise<T>, patience: Patience, account: Account, language: Language): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = statusOf(error);
      const retryable = status === undefined ? isDropped(error) : status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
      if (!retryable || attempt >= patience.retries) throw new ServiceProblem(describeFailure(what, error, status, account, language));
      const wait = retryAfterOf(error) ?? patience.firstWait * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(0, wait), patience.longestWait)));
    }
  }
}

/** The HTTP status of a thrown client error; undefined when no response came. */
function statusOf(error: unknown): number | undefined {
  const status = readField(error, 'statusCode') ?? readField(readField(error, 'response'), 'status');
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 ? status : undefined;
}

/** A connection that failed or was dropped before an answer: worth retrying, unlike an abort. */
function isDropped(error: unknown): boolean {
  const code = String(readField(error, 'code') ?? '');
  const message = firstLine(error);
  if (code === 'REQUEST_ABORTED_ERROR' || /abort/i.test(message)) return false;
  return code === 'REQUEST_SEND_ERROR' || /ECONNRESET|ETIMEDOUT|ECONNREFUSED|EAI_AGAIN|socket hang up/.test(message);
}

/** The wait a response asks for (`retry-after-ms`, `x-ms-retry-after-ms`, `Retry-After` in seconds or as a date), in milliseconds. */
function retryAfterOf(error: unknown): number | undefined {
  const header = (name: string): string | undefined => {
    const headers = readField(readField(error, 'response'), 'headers');
    try {
      const value = typeof (headers as { get?: unknown })?.get === 'function' ? (headers as { get(name: string): unknown }).get(name) : undefined;
      return typeof value === 'string' && value.length <= 64 ? value.trim() : undefined;
    } catch {
      return undefined;
    }
  };
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const value = header(name);
    if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  const retryAfter = header('retry-after');
  if (retryAfter === undefined) return undefined;
  if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const date = Date.parse(retryAfter);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** `expected job "j" from <endpoint>, found JobNotFound (404 Not Found): <message in the reader's language> (request id …)`. */
function describeFailure(what: string, error: unknown, status: number | undefined, account: Account, language: Language): string {
  const read = errorFromResponse(error);
  const requestId = read.requestId ?? headerOf(error, 'request-id') ?? headerOf(error, 'x-ms-request-id');
  const expected = `expected ${what} from ${account.endpoint}`;
  if (status === undefined) return `${expected}, found no answer (${firstLine(error)})`;
  const code = read.code;
  const message = (code === undefined ? undefined : language.message(code)) ?? read.message;
  const answer = `${code ?? 'an error'} (${status}${read.reasonPhrase ? ` ${read.reasonPhrase}` : ''})`;
  return `${expected}, found ${answer}${message === undefined ? '' : `: ${oneLine(message)}`}${requestId === undefined ? '' : ` (request id ${requestId})`}`;
}

function headerOf(error: unknown, name: string): string | undefined {
  try {
    const headers = readField(readField(error, 'response'), 'headers') as { get?: (name: string) => unknown } | undefined;
    const value = typeof headers?.get === 'function' ? headers.get(name) : undefined;
    return typeof value === 'string' && value !== '' ? value.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

function readField(value: unknown, name: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** At most `limit` calls running at once; the others wait their turn in order. */
class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(call: () => Promise<T>): Promise<T> {
    // A finished call hands its slot to the next waiting one, so no newcomer slips in between.
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await call();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
