/**
 * `batch-errors-diagnose job|pool|node` against a loopback Batch service,
 * through the real `@azure/batch` client: only failed tasks asked for, with
 * only the fields the diagnosis reads; pages followed; a throttle honoured
 * for its `Retry-After`; a 500 retried; errors of the service, of the
 * network and of the setup each one line, exit 2.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getMessage } from '@batch-errors/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedTasksFilter, selects } from '../src/cli/live.js';
import { type CommandIo, runCommand } from '../src/cli/main.js';
import { type RecordingIo, recordingIo } from './recording-io.js';
import { type BatchJob, diagnoseNode, formatDiagnosis, type Summary, summarize } from '../src/index.js';
import { type FakeBatchData, type FakeBatchService, startFakeBatchService } from './fake-batch-service.js';
import { fixture } from './fixture.js';
import { expectOneLine, expectOneLineProblem, packageFolder, run } from './run.js';

/** A render job: three in four tasks failed (three pages of failures at 3,000 tasks); a pool with a node of three unusable, one whose start task failed. */
function renderJob(tasks: number): FakeBatchData {
  const job = {
    id: 'render',
    url: 'https://a.b.batch.azure.com/jobs/render',
    state: 'active',
    onTaskFailure: 'performExitOptionsJobAction',
    poolInfo: { poolId: 'render-pool' },
  };
  const allTasks = Array.from({ length: tasks }, (_unused, index) => {
    const id = `frame-${index}`;
    const failed = index % 4 !== 0;
    return {
      id,
      url: `https://a.b.batch.azure.com/jobs/render/tasks/${id}`,
      state: 'completed',
      commandLine: `render ${index}`,
      environmentSettings: [{ name: 'FRAME', value: String(index) }],
      executionInfo: {
        startTime: '2026-11-20T08:00:00Z',
        endTime: `2026-11-20T09:${String(index % 60).padStart(2, '0')}:00Z`,
        exitCode: failed ? (index % 7 === 0 ? 137 : 1) : 0,
        result: failed ? 'failure' : 'success',
        ...(failed
          ? { failureInfo: { category: 'usererror', code: 'FailureExitCode', message: 'The task exited with an exit code representing a failure' } }
          : {}),
      },
      nodeInfo: { nodeId: `tvm-${index % 3}`, poolId: 'render-pool' },
    };
  });
  const nodes = [fixture('node-disk-full'), fixture('node-start-task-failed'), fixture('node-idle')] as Record<string, unknown>[];
  return {
    jobs: { render: job },
    tasks: { render: allTasks },
    statuses: { render: (fixture('job-preparation-failed.status') as { value: unknown[] }).value },
    pools: { 'render-pool': { ...(fixture('pool-quota-reached') as object), id: 'render-pool' } },
    nodes: { 'render-pool': nodes },
  };
}

const data = renderJob(3000);
const failedTasks = (data.tasks['render'] ?? []).filter((task) => (task['executionInfo'] as { result: string }).result === 'failure');

/** The command in this process, with the service's account and short waits. */
function io(service: FakeBatchService, overrides: Partial<CommandIo> = {}): RecordingIo {
  return recordingIo({
    env: { AZURE_BATCH_ACCOUNT: 'loopbackaccount', AZURE_BATCH_ACCESS_KEY: Buffer.from('loopback key').toString('base64'), AZURE_BATCH_ENDPOINT: service.url },
    importBatchClient: () => import('@azure/batch'),
    patience: { concurrency: 4, retries: 3, firstWait: 20, longestWait: 5000 },
    ...overrides,
  });
}

/** Groups in a fixed order: the service's pages may interleave with the status list. */
const sortedGroups = (summary: Summary) =>
  [...summary.groups].sort((left, right) => `${left.kind}${left.code}${left.exitCode}`.localeCompare(`${right.kind}${right.code}${right.exitCode}`, 'en'));

describe('job <job-id>', () => {
  let service: FakeBatchService;
  beforeAll(async () => {
    service = await startFakeBatchService(data);
  });
  afterAll(() => service.close());

  it('diagnoses the job, its preparation and release statuses and its failed tasks, as the REST JSON of them', async () => {
    const stand = io(service);
    expect(await runCommand(['job', 'render', '--json'], stand)).toBe(1);
    const summary = JSON.parse(stand.out.join('')) as Summary;
    const expected = JSON.parse(
      JSON.stringify(
        summarize([data.jobs['render'], ...(data.statuses['render'] ?? []), ...failedTasks], { jobId: 'render', job: data.jobs['render'] as BatchJob }),
      ),
    ) as Summary;
    expect(summary.counts).toEqual(expected.counts);
    expect(sortedGroups(summary)).toEqual(sortedGroups(expected));
    // The job's onTaskFailure reached the tasks' effects.
    expect(summary.groups.find((group) => group.kind === 'task-exit-code')?.finding.effects?.jobActionApplies).toBe(true);
  });

  it('asks for failed tasks only, with only the fields the diagnosis reads, and follows every page', async () => {
    const before = service.requests.length;
    await runCommand(['job', 'render', '--json'], io(service));
    const seen = service.requests.slice(before);
    const taskRequests = seen.filter((request) => request.path === '/jobs/render/tasks');
    expect(taskRequests).toHaveLength(Math.ceil(failedTasks.length / 1000));
    for (const request of taskRequests) {
      expect(request.query.get('$filter')).toBe(failedTasksFilter);
      expect(request.query.get('$select')).toBe(selects.task);
    }
    expect(taskRequests.map((request) => request.query.get('$skiptoken'))).toEqual([null, '1000', '2000']);
    expect(seen.find((request) => request.path === '/jobs/render')?.query.get('$select')).toBe(selects.job);
  });

  it('keeps at most the requests it may in flight', async () => {
    const slow = await startFakeBatchService(data, { delay: 30 });
    try {
      await runCommand(['job', 'render'], io(slow, { patience: { concurrency: 1, retries: 1, firstWait: 10, longestWait: 100 } }));
      expect(slow.maxInFlight).toBe(1);
      await runCommand(['job', 'render'], io(slow));
      expect(slow.maxInFlight).toBeGreaterThan(1);
      expect(slow.maxInFlight).toBeLessThanOrEqual(4);
    } finally {
      await slow.close();
    }
  });
});

describe('a service that throttles and fails', () => {
  it('waits the Retry-After of a 429 and retries a 500, then answers as if nothing happened', async () => {
    const calm = await startFakeBatchService(data);
    const calmStand = io(calm);
    await runCommand(['job', 'render', '--json'], calmStand);
    await calm.close();
    let throttled = false;
    let failed = false;
    const bumpy = await startFakeBatchService(data, {
      interfere: ({ path, query }) => {
        if (path === '/jobs/render/tasks' && query.get('$skiptoken') === '1000' && !throttled) {
          throttled = true;
          return { status: 429, headers: { 'retry-after': '1' }, body: { code: 'TooManyRequests', message: { lang: 'en-US', value: 'Slow down.' } } };
        }
        if (path === '/jobs/render/tasks' && query.get('$skiptoken') === '2000' && !failed) {
          failed = true;
          return { status: 500, body: { code: 'InternalError', message: { lang: 'en-US', value: 'Try again.' } } };
        }
        return undefined;
      },
    });
    try {
      const stand = io(bumpy);
      expect(await runCommand(['job', 'render', '--json'], stand)).toBe(1);
      expect(stand.err).toEqual([]);
      expect(JSON.parse(stand.out.join(''))).toEqual(JSON.parse(calmStand.out.join('')));
      const second = bumpy.requests.filter((request) => request.path === '/jobs/render/tasks' && request.query.get('$skiptoken') === '1000');
      expect(second.map((request) => request.status)).toEqual([429, 200]);
      // Retry-After: 1 is honoured, though the first wait of the test's patience is 20 ms.
      expect((second[1]?.at ?? 0) - (second[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
      const third = bumpy.requests.filter((request) => request.path === '/jobs/render/tasks' && request.query.get('$skiptoken') === '2000');
      expect(third.map((request) => request.status)).toEqual([500, 200]);
    } finally {
      await bumpy.close();
    }
  });
});

describe('errors: one line with the localized message and the request id, exit 2', () => {
  let service: FakeBatchService;
  beforeAll(async () => {
    service = await startFakeBatchService(data, {
      requestId: '5b1c0ffe-1234-4abc-8def-000000000042',
      interfere: ({ path }) => {
        if (path === '/jobs/locked')
          return {
            status: 403,
            body: {
              code: 'AuthenticationFailed',
              message: {
                lang: 'en-US',
                value: 'Server failed to authenticate the request.\nRequestId:5b1c0ffe-1234-4abc-8def-000000000042\nTime:2026-12-01T07:00:00Z',
              },
            },
          };
        if (path === '/jobs/busy') return { status: 503, body: { code: 'ServerBusy', message: { lang: 'en-US', value: 'Server is busy.' } } };
        return undefined;
      },
    });
  });
  afterAll(() => service.close());

  it.each<[string, string[], RegExp]>([
    [
      'a job that does not exist (404), in German',
      ['job', 'missing', '--locale', 'de-DE'],
      new RegExp(
        `found JobNotFound \\(404 Not Found\\): ${escapeRegExp(getMessage('JobNotFound', { locale: 'de-de' }) ?? '')} \\(request id 5b1c0ffe-1234-4abc-8def-000000000042\\)$`,
      ),
    ],
    [
      'a key the service refuses (403)',
      ['job', 'locked'],
      /found AuthenticationFailed \(403 Forbidden\): .+ \(request id 5b1c0ffe-1234-4abc-8def-000000000042\)$/,
    ],
    [
      'a service busy past every retry (503)',
      ['job', 'busy'],
      /found ServerBusy \(503 Service Unavailable\): .+ \(request id 5b1c0ffe-1234-4abc-8def-000000000042\)$/,
    ],
    [
      'a pool that does not exist',
      ['pool', 'nope'],
      /^batch-errors-diagnose: expected pool nope from http:\/\/127\.0\.0\.1:\d+, found PoolNotFound \(404 Not Found\): /,
    ],
  ])('%s', async (_name, args, found) => {
    const stand = io(service);
    expect(await runCommand(args, stand)).toBe(2);
    expect(stand.out).toEqual([]);
    expectOneLine(stand.err.join(''), found);
  });

  it('retries a busy service the number of times it may, then stops', async () => {
    const before = service.requests.length;
    await runCommand(['job', 'busy'], io(service));
    expect(service.requests.slice(before).filter((request) => request.path === '/jobs/busy')).toHaveLength(4);
  });

  it('says when nothing answers at all', async () => {
    const closed = await startFakeBatchService(data);
    const url = closed.url;
    await closed.close();
    const stand = io(closed, { env: { AZURE_BATCH_ACCOUNT: 'a', AZURE_BATCH_ACCESS_KEY: 'a2V5', AZURE_BATCH_ENDPOINT: url } });
    expect(await runCommand(['job', 'render'], stand)).toBe(2);
    expectOneLine(stand.err.join(''), /expected job render from http:\/\/127\.0\.0\.1:\d+, found no answer \(.*ECONNREFUSED.*\)$/);
  });

  it('names the settings that are missing', async () => {
    const stand = io(service, { env: { AZURE_BATCH_ACCOUNT: 'a' } });
    expect(await runCommand(['job', 'render'], stand)).toBe(2);
    expect(stand.err.join('')).toBe(
      "batch-errors-diagnose: expected the Batch account's name, key and endpoint to ask the service, found no AZURE_BATCH_ACCESS_KEY (or --account-key), no AZURE_BATCH_ENDPOINT (or --account-endpoint)\n",
    );
  });

  it('says when the official client is not installed', async () => {
    const stand = io(service, {
      importBatchClient: () => Promise.reject(Object.assign(new Error("Cannot find package '@azure/batch'"), { code: 'ERR_MODULE_NOT_FOUND' })),
    });
    expect(await runCommand(['job', 'render'], stand)).toBe(2);
    expect(stand.err.join('')).toBe(
      'batch-errors-diagnose: expected the official client @azure/batch to ask the service (an optional peer dependency: npm install @azure/batch@10), found it is not installed\n',
    );
  });
});

describe('pool and node', () => {
  let service: FakeBatchService;
  beforeAll(async () => {
    service = await startFakeBatchService(data);
  });
  afterAll(() => service.close());

  it('diagnoses a pool and its nodes', async () => {
    const stand = io(service);
    expect(await runCommand(['pool', 'render-pool', '--json'], stand)).toBe(1);
    const summary = JSON.parse(stand.out.join('')) as Summary;
    expect(summary.poolId).toBe('render-pool');
    expect(summary.counts).toEqual([
      { kind: 'pool', read: 1, failed: 1 },
      { kind: 'node', read: 3, failed: 2 },
    ]);
    expect(service.requests.find((request) => request.path === '/pools/render-pool/nodes')?.query.get('$select')).toBe(selects.node);
  });

  it('diagnoses one node as its REST JSON', async () => {
    const stand = io(service);
    const node = data.nodes['render-pool']?.[1] as Record<string, unknown>;
    expect(await runCommand(['node', 'render-pool', String(node['id'])], stand)).toBe(1);
    expect(stand.out.join('')).toBe(formatDiagnosis(diagnoseNode(node as never)));
  });

  it('wants its ids', async () => {
    const stand = io(service);
    expect(await runCommand(['node', 'render-pool'], stand)).toBe(2);
    expect(stand.err.join('')).toBe('batch-errors-diagnose: expected node <pool-id> <node-id>, found "render-pool"\n');
  });
});

describe('the built command', () => {
  let service: FakeBatchService;
  let scratch = '';
  beforeAll(async () => {
    service = await startFakeBatchService(data);
    scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-diagnose-live-'));
  });
  afterAll(async () => {
    await service.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const env = () => ({
    AZURE_BATCH_ACCOUNT: 'loopbackaccount',
    AZURE_BATCH_ACCESS_KEY: Buffer.from('key').toString('base64'),
    AZURE_BATCH_ENDPOINT: service.url,
  });

  it('reads the account from the variables az batch reads, or from flags', async () => {
    const fromVariables = await run(['job', 'render', '--json'], { env: env() });
    expect(fromVariables.code).toBe(1);
    expect((JSON.parse(fromVariables.stdout) as Summary).counts.find((count) => count.kind === 'task')?.read).toBe(failedTasks.length);
    const { AZURE_BATCH_ENDPOINT: endpoint, ...rest } = env();
    const fromFlags = await run(['job', 'render', '--json', '--account-endpoint', endpoint], { env: rest });
    expect(fromFlags.stdout).toBe(fromVariables.stdout);
  });

  it('says so in one line when @azure/batch is not installed beside it', async () => {
    // The package as npm installs it without its optional peer: its own dependencies only.
    const modules = path.join(scratch, 'node_modules');
    const installed = path.join(modules, '@batch-errors', 'diagnose');
    mkdirSync(installed, { recursive: true });
    cpSync(path.join(packageFolder, 'dist'), path.join(installed, 'dist'), { recursive: true });
    cpSync(path.join(packageFolder, 'package.json'), path.join(installed, 'package.json'));
    mkdirSync(path.join(modules, '@streamparser'), { recursive: true });
    for (const name of ['@batch-errors/core', '@batch-errors/messages', '@batch-errors/http', '@streamparser/json'])
      symlinkSync(path.join(packageFolder, 'node_modules', name), path.join(modules, name), 'dir');
    const result = await run(['job', 'render'], { env: env(), build: path.relative(packageFolder, path.join(installed, 'dist', 'cli.js')) });
    expectOneLineProblem(
      result,
      /expected the official client @azure\/batch to ask the service \(an optional peer dependency: npm install @azure\/batch@10\), found it is not installed$/,
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
