/**
 * `summarize`: many items at once, grouped by finding kind, code and exit
 * code (and node, for tasks), each group with its counts, share, first ids,
 * time range and first finding; the same from an iterable and an async one,
 * in bounded memory, and never thrown off by what an item holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BatchTask,
  createSummarizer,
  diagnoseJob,
  diagnoseNode,
  diagnosePool,
  diagnoseTask,
  formatSummary,
  type Summary,
  summarize,
  summarySchemaVersion,
} from '../src/index.js';
import { fixture } from './fixture.js';

/** A failed task: `exitCode` (with FailureExitCode) or a failure code, on a node, ended at a minute past 10:00. */
function failed(id: string, options: { exitCode?: number; code?: string; node?: string; minute?: number; job?: string } = {}): BatchTask {
  const { exitCode, code = 'FailureExitCode', node = 'node-a', minute = 0, job } = options;
  return {
    id,
    state: 'completed',
    ...(job === undefined ? {} : { url: `https://a.b.batch.azure.com/jobs/${job}/tasks/${id}` }),
    executionInfo: {
      result: 'failure',
      endTime: `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`,
      ...(exitCode === undefined ? {} : { exitCode }),
      failureInfo: { category: 'usererror', code },
    },
    nodeInfo: { nodeId: node },
  };
}

const succeeded = (id: string): BatchTask => ({ id, state: 'completed', executionInfo: { result: 'success', exitCode: 0 } });

describe('the groups', () => {
  const tasks = [
    failed('t1', { exitCode: 1, node: 'node-a', minute: 5 }),
    succeeded('ok1'),
    failed('t2', { exitCode: 1, node: 'node-b', minute: 1 }),
    failed('t3', { exitCode: 137, node: 'node-a', minute: 9 }),
    failed('t4', { exitCode: 1, node: 'node-a', minute: 7 }),
    failed('t5', { code: 'BlobNotFound', node: 'node-c', minute: 3 }),
    succeeded('ok2'),
    failed('t6', { exitCode: 1, node: 'node-a', minute: 2 }),
  ];
  const summary = summarize(tasks, { examples: 3, jobId: 'render' });

  it('counts the items read and failed, per kind', () => {
    expect(summary).toMatchObject({
      schemaVersion: summarySchemaVersion,
      locale: 'en-us',
      jobId: 'render',
      partial: false,
      counts: [{ kind: 'task', read: 8, failed: 6 }],
      skipped: 0,
      findings: 6,
    });
  });

  it('groups by kind, code and exit code, the biggest first', () => {
    expect(summary.groups.map((group) => [group.kind, group.code, group.exitCode, group.items])).toEqual([
      ['task-exit-code', 'FailureExitCode', 1, 4],
      ['task-exit-code', 'FailureExitCode', 137, 1],
      ['task-resource-file-download-failed', 'BlobNotFound', undefined, 1],
    ]);
  });

  it('gives each group its share, first ids, time range and nodes', () => {
    expect(summary.groups[0]).toMatchObject({
      subject: 'task',
      findings: 4,
      share: 4 / 8,
      examples: ['t1', 't2', 't4'],
      from: '2026-11-20T10:01:00Z',
      to: '2026-11-20T10:07:00Z',
      nodes: [
        { nodeId: 'node-a', findings: 3 },
        { nodeId: 'node-b', findings: 1 },
      ],
      otherNodes: 0,
      effectsVary: false,
    });
  });

  it('keeps the first finding of each group as the diagnose functions give it, with the job', () => {
    const first = diagnoseTask(tasks[0] as BatchTask, { jobId: 'render' }).findings[0];
    expect(summary.groups[0]?.finding).toEqual(first);
    expect(first?.jobId).toBe('render');
  });

  it('is the same from an async iterable', async () => {
    async function* slowly() {
      for (const task of tasks) {
        await new Promise((resolve) => setImmediate(resolve));
        yield task;
      }
    }
    expect(await summarize(slowly(), { examples: 3, jobId: 'render' })).toEqual(summary);
  });

  it('names the job every failed task names, and none when they differ', () => {
    expect(summarize([failed('a', { exitCode: 1, job: 'j1' }), failed('b', { exitCode: 1, job: 'j1' })]).jobId).toBe('j1');
    expect(summarize([failed('a', { exitCode: 1, job: 'j1' }), failed('b', { exitCode: 1, job: 'j2' })]).jobId).toBeUndefined();
  });

  it('says when the effects differ inside a group', () => {
    const blocking = failed('a', { exitCode: 1 });
    const satisfying = { ...failed('b', { exitCode: 1 }), exitConditions: { exitCodes: [{ code: 1, exitOptions: { dependencyAction: 'satisfy' } }] } };
    expect(summarize([blocking, blocking]).groups[0]?.effectsVary).toBe(false);
    expect(summarize([blocking, satisfying]).groups[0]?.effectsVary).toBe(true);
  });
});

describe('lists of every kind', () => {
  it('reads a list that mixes kinds, per kind, as each diagnose function does', () => {
    const pool = fixture('pool-quota-reached');
    const node = fixture('node-disk-full');
    const job = fixture('job-wall-clock');
    const status = (fixture('job-preparation-failed.status') as { value: unknown[] }).value[0];
    const summary = summarize([job, pool, node, status, failed('t', { exitCode: 2 })], { jobId: 'stuck-job', now: '2026-11-20T12:00:00Z' });
    expect(summary.counts).toEqual([
      { kind: 'job', read: 1, failed: 1 },
      { kind: 'pool', read: 1, failed: 1 },
      { kind: 'node', read: 1, failed: 1 },
      { kind: 'preparation-and-release-status', read: 1, failed: 1 },
      { kind: 'task', read: 1, failed: 1 },
    ]);
    const firstOf = (kind: string) => summary.groups.find((group) => group.kind === kind)?.finding;
    expect(firstOf('job-max-wall-clock-time-expired')).toEqual(diagnoseJob(job as never).findings[0]);
    expect(firstOf('pool-resize-quota-reached')).toEqual(diagnosePool(pool as never).findings[0]);
    expect(firstOf('node-unusable')).toEqual(diagnoseNode(node as never).findings[0]);
    expect(firstOf('job-preparation-task-failed')).toEqual(diagnoseJob({ id: 'stuck-job' }, [status] as never).findings[0]);
    // A status entry is named by its node.
    expect(summary.groups.find((group) => group.subject === 'preparation-and-release-status')?.examples).toEqual([(status as { nodeId: string }).nodeId]);
  });

  it('reads a list, and a REST list body, as their entries', () => {
    const page = { 'odata.metadata': 'm', value: [failed('a', { exitCode: 1 }), failed('b', { exitCode: 1 })], 'odata.nextLink': 'n' };
    expect(summarize([page, [failed('c', { exitCode: 1 })]]).counts).toEqual([{ kind: 'task', read: 3, failed: 3 }]);
  });

  it('counts what is no Batch item apart, naming the first', () => {
    const summary = summarize([{ code: 'JobNotFound', message: { value: 'The specified job does not exist.' } }, 'x', failed('a', { exitCode: 1 })]);
    expect(summary).toMatchObject({ skipped: 2, firstSkipped: '#1: an error response (JobNotFound: The specified job does not exist.)' });
    expect(summary.counts).toEqual([{ kind: 'task', read: 1, failed: 1 }]);
  });

  it('says "no tasks" for an empty list, and "no failure" for a list without one', () => {
    expect(formatSummary(summarize([]))).toBe('No tasks, jobs, pools or nodes in the input.\n');
    expect(formatSummary(summarize([succeeded('a')], { locale: 'de' }))).toBe('Tasks: 1 gelesen, 0 mit einem Fehler (0\u00a0%)\nKein Fehler gefunden.\n');
  });

  it('takes a kind when it is known', () => {
    const summarizer = createSummarizer();
    // An object whose fields say nothing, read as a task because the caller says so.
    expect(summarizer.add({ id: 'bare', executionInfo: { result: 'failure' } }, 'task')).toMatchObject({ kind: 'task' });
    expect(summarizer.add({ id: 'bare' })).toEqual({ skipped: 'an object with keys "id"' });
  });
});

describe('bounded memory', () => {
  it('keeps at most 1,000 groups of a kind, and counts the rest in one group of other codes', () => {
    const summary = summarize(Array.from({ length: 1500 }, (_unused, index) => failed(`t${index}`, { exitCode: index + 1 })));
    expect(summary.groups).toHaveLength(1001);
    const other = summary.groups.find((group) => group.other);
    expect(other).toMatchObject({ kind: 'task-exit-code', findings: 500, items: 500 });
    expect(other?.exitCode).toBeUndefined();
    expect(summary.findings).toBe(1500);
  });

  it('lists at most 1,000 nodes of a group, and counts the findings on the rest', () => {
    const group = summarize(Array.from({ length: 1200 }, (_unused, index) => failed(`t${index}`, { exitCode: 1, node: `n${index}` }))).groups[0];
    expect(group?.nodes).toHaveLength(1000);
    expect(group?.otherNodes).toBe(200);
  });

  it('cuts the strings of a group’s first finding short, so one item cannot make a group large', () => {
    const huge = 'x'.repeat(100_000);
    const summary = summarize([{ ...failed('t', { exitCode: 1 }), id: huge }]);
    expect(summary.groups[0]?.finding.taskId?.length).toBeLessThan(5000);
    expect(JSON.stringify(summary).length).toBeLessThan(30_000);
  });
});

describe('hostile items', () => {
  it('never throws, whatever the items and options', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ withObjectString: true, withNullPrototype: true })), fc.anything(), (items, options) => {
        const summary: Summary = summarize(items, options as never);
        expect(summary.findings).toBeGreaterThanOrEqual(0);
        expect(typeof formatSummary(summary)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('reads items whose every trap throws as nothing', () => {
    const trapped = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        ownKeys: () => {
          throw new Error('ownKeys');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(summarize([trapped, proxy, failed('t', { exitCode: 1 })]).counts).toEqual([{ kind: 'task', read: 1, failed: 1 }]);
  });
});
