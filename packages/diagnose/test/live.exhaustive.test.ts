/**
 * `batch-errors-diagnose job` at the size users meet: the built command, in
 * its own process, asks a loopback Batch service, through the real
 * `@azure/batch` client, for the failed tasks of a job of 120,000 tasks
 * (100,000 failed, served in 100 pages of 1,000), which throttles once with
 * `Retry-After` and fails one page with a 500 that succeeds when retried.
 * Long (tens of seconds): an exhaustive test.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Summary } from '../src/index.js';
import { type FakeBatchService, startFakeBatchService } from './fake-batch-service.js';
import { run } from './run.js';

const total = 120_000;
const failedCount = 100_000;
let service: FakeBatchService;
let scratch = '';
let throttledAt = -1;
let failedAt = -1;
/** Failed tasks by exit code, as the tasks were made. */
const byExitCode = new Map<number, number>();

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-diagnose-live-big-'));
  const tasks = Array.from({ length: total }, (_unused, index) => {
    const failed = index % 6 !== 0;
    if (failed) byExitCode.set(1 + (index % 3), (byExitCode.get(1 + (index % 3)) ?? 0) + 1);
    return {
      id: `t-${index}`,
      url: `https://a.b.batch.azure.com/jobs/big/tasks/t-${index}`,
      state: 'completed',
      executionInfo: {
        endTime: '2026-11-20T09:00:00Z',
        exitCode: failed ? 1 + (index % 3) : 0,
        result: failed ? 'failure' : 'success',
        ...(failed ? { failureInfo: { category: 'usererror', code: 'FailureExitCode' } } : {}),
      },
      nodeInfo: { nodeId: `tvm-${index % 50}` },
    };
  });
  let taskPages = 0;
  service = await startFakeBatchService(
    { jobs: { big: { id: 'big', state: 'active' } }, tasks: { big: tasks }, statuses: {}, pools: {}, nodes: {} },
    {
      interfere: ({ path: requested }) => {
        if (requested !== '/jobs/big/tasks') return undefined;
        taskPages += 1;
        if (taskPages === 30) {
          throttledAt = taskPages;
          return { status: 429, headers: { 'retry-after': '1' }, body: { code: 'TooManyRequests', message: { lang: 'en-US', value: 'Slow down.' } } };
        }
        if (taskPages === 70) {
          failedAt = taskPages;
          return { status: 500, body: { code: 'InternalError', message: { lang: 'en-US', value: 'Try again.' } } };
        }
        return undefined;
      },
    },
  );
}, 60_000);

afterAll(async () => {
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

it('diagnoses 100,000 failed tasks over 100 pages, through a throttle and a 500, in bounded memory', { timeout: 300_000 }, async () => {
  // The command's own peak memory, reported as it exits.
  const preload = path.join(scratch, 'peak.cjs');
  writeFileSync(preload, "process.on('exit', () => process.stderr.write('peak ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const result = await run(['job', 'big', '--json'], {
    env: { AZURE_BATCH_ACCOUNT: 'loopbackaccount', AZURE_BATCH_ACCESS_KEY: Buffer.from('key').toString('base64'), AZURE_BATCH_ENDPOINT: service.url },
    nodeOptions: ['--require', preload],
    timeout: 280_000,
  });
  expect(result.killed).toBe(false);
  expect(result.code).toBe(1);
  const summary = JSON.parse(result.stdout) as Summary;
  expect(summary.counts).toEqual([
    { kind: 'job', read: 1, failed: 0 },
    { kind: 'task', read: failedCount, failed: failedCount },
  ]);
  expect(new Map(summary.groups.map((group) => [group.exitCode, group.items]))).toEqual(byExitCode);
  const pages = service.requests.filter((request) => request.path === '/jobs/big/tasks');
  expect(pages.map((request) => request.status).filter((status) => status !== 200)).toEqual([429, 500]);
  expect(pages.filter((request) => request.status === 200)).toHaveLength(failedCount / 1000);
  expect(throttledAt).toBe(30);
  expect(failedAt).toBe(70);
  // The page after the throttle came no sooner than its Retry-After.
  const throttle = pages[throttledAt - 1];
  expect((pages[throttledAt]?.at ?? 0) - (throttle?.at ?? 0)).toBeGreaterThanOrEqual(950);
  const peak = Number(/peak (\d+)/.exec(result.stderr)?.[1]);
  expect(peak / 1024).toBeLessThan(256);
});
