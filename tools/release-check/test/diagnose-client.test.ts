/**
 * @batch-errors/diagnose with the official client: a loopback service answers
 * with the REST fixtures of the package (tasks, jobs, preparation and release
 * task status, pools, nodes), the real @azure/batch client fetches them, and
 * the diagnosis of the client's objects equals the diagnosis of the REST JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CloudJob, CloudPool, CloudTask, ComputeNode, JobPreparationAndReleaseTaskExecutionInformation } from '@azure/batch';
import {
  type BatchJob,
  type BatchNode,
  type BatchPool,
  type BatchTask,
  type Diagnosis,
  diagnoseJob,
  diagnoseNode,
  diagnosePool,
  diagnoseTask,
  type PreparationAndReleaseTaskStatusList,
} from '@batch-errors/diagnose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchClientFor, type RunningBatchService, startBatchService } from './batch-service.js';

const fixtureFolder = new URL('../../../packages/diagnose/test/fixtures/', import.meta.url);
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`${name}.json`, fixtureFolder), 'utf8')) as Record<string, unknown>;
const names = readdirSync(fixtureFolder)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.status.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();
const hasStatus = (name: string) => readdirSync(fixtureFolder).includes(`${name}.status.json`);
/** The node a task fixture waits for (as packages/diagnose/test/fixture.ts pairs them). */
const nodeOfTask: Record<string, string> = { 'task-waiting-for-node': 'node-start-task-failed' };
const now = '2026-11-20T12:00:00.000Z';

/** Every fixture under the address the client asks for. */
const answers = new Map<string, unknown>();
for (const name of names) {
  const document = fixture(name);
  const id = String(document['id']);
  if (name.startsWith('task-')) answers.set(`/jobs/fixture-job/tasks/${id}`, document);
  if (name.startsWith('job-')) {
    answers.set(`/jobs/${id}`, document);
    if (hasStatus(name)) {
      const status = fixture(`${name}.status`);
      answers.set(`/jobs/${id}/jobpreparationandreleasetaskstatus`, Array.isArray(status) ? { value: status } : status);
    }
  }
  if (name.startsWith('pool-')) answers.set(`/pools/${id}`, document);
  if (name.startsWith('node-')) answers.set(`/pools/fixture-pool/nodes/${id}`, document);
}

let service: RunningBatchService;
beforeAll(async () => {
  service = await startBatchService(({ method, path }) => {
    const body = method === 'GET' ? answers.get(path) : undefined;
    return body === undefined ? undefined : { status: 200, body };
  });
});
afterAll(() => service.close());

/** The fixture's diagnosis from the REST JSON (read from disk, so typed by a cast), and from what the client returns for it (no cast). */
async function bothWays(name: string): Promise<{ rest: Diagnosis; client: Diagnosis; fetched: unknown }> {
  const client = batchClientFor(service);
  const document = fixture(name);
  const id = String(document['id']);
  if (name.startsWith('task-')) {
    const task: CloudTask = await client.task.get('fixture-job', id);
    const nodeName = nodeOfTask[name];
    if (nodeName === undefined) return { rest: diagnoseTask(document as BatchTask), client: diagnoseTask(task), fetched: task };
    const node: ComputeNode = await client.computeNode.get('fixture-pool', String(fixture(nodeName)['id']));
    return { rest: diagnoseTask(document as BatchTask, { node: fixture(nodeName) as BatchNode }), client: diagnoseTask(task, { node }), fetched: task };
  }
  if (name.startsWith('job-')) {
    const job: CloudJob = await client.job.get(id);
    if (!hasStatus(name)) return { rest: diagnoseJob(document as BatchJob), client: diagnoseJob(job), fetched: job };
    const status: JobPreparationAndReleaseTaskExecutionInformation[] = await client.job.listPreparationAndReleaseTaskStatus(id);
    const restStatus = fixture(`${name}.status`) as PreparationAndReleaseTaskStatusList;
    return { rest: diagnoseJob(document as BatchJob, restStatus), client: diagnoseJob(job, status), fetched: job };
  }
  if (name.startsWith('pool-')) {
    const pool: CloudPool = await client.pool.get(id);
    return { rest: diagnosePool(document as BatchPool, { now }), client: diagnosePool(pool, { now }), fetched: pool };
  }
  const node: ComputeNode = await client.computeNode.get('fixture-pool', id);
  return { rest: diagnoseNode(document as BatchNode), client: diagnoseNode(node), fetched: node };
}

describe('the diagnosis of what @azure/batch returns', () => {
  it('covers tasks, jobs with their preparation and release status, pools and nodes', () => {
    const prefixes = new Set(names.map((name) => name.split('-')[0]));
    expect([...prefixes].sort()).toEqual(['job', 'node', 'pool', 'task']);
    expect([...answers.keys()].some((path) => path.endsWith('/jobpreparationandreleasetaskstatus'))).toBe(true);
  });

  it.each(names)('%s equals the diagnosis of the REST JSON', async (name) => {
    const { rest, client } = await bothWays(name);
    expect(client).toEqual(rest);
  });

  it('gets Date timestamps from the client, which the diagnosis reads as the REST strings', async () => {
    const { fetched, client } = await bothWays('task-wall-clock');
    expect((fetched as CloudTask).executionInfo?.startTime).toBeInstanceOf(Date);
    expect(client.findings.map((finding) => finding.kind)).toEqual(['task-max-wall-clock-time-exceeded']);
    const pool = await bothWays('pool-deleting');
    expect((pool.fetched as CloudPool).stateTransitionTime).toBeInstanceOf(Date);
    expect(pool.client.findings.map((finding) => finding.kind)).toEqual(['pool-deletion-slow']);
  });
});
