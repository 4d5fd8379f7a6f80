/**
 * Pools and nodes as "Azure Batch pool and node errors" describes them:
 * each resize error by its code, the relayed provider errors of the page's
 * own samples, automatic scaling, slow deletions, start tasks, unusable
 * nodes, and a task kept from running by its node.
 */
import { readFileSync } from 'node:fs';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  type BatchNode,
  type BatchPool,
  type BatchTask,
  defaultDeletionThreshold,
  diagnoseNode,
  diagnosePool,
  diagnoseTask,
  formatDiagnosis,
  type NodeErrorCause,
} from '../src/index.js';
import { textsByLocale } from '../src/texts/index.js';
import { diagnoseFixture, fixture } from './fixture.js';

const english = textsByLocale['en-us'];
const poolWith = (code: string, values?: { name: string; value: string }[]): BatchPool => ({
  id: 'p',
  state: 'active',
  resizeErrors: [{ code, message: `${code} happened`, ...(values ? { values } : {}) }],
});

describe('resize errors', () => {
  it.each([
    ['AccountCoreQuotaReached', 'dedicated'],
    ['AccountLowPriorityCoreQuotaReached', 'lowPriority'],
    ['AccountSpotCoreQuotaReached', 'spot'],
    ['accountcorequotareached', 'dedicated'],
  ] as const)('%s names the %s core quota', (code, quota) => {
    const [finding] = diagnosePool(poolWith(code)).findings;
    expect(finding).toMatchObject({ kind: 'pool-resize-quota-reached', quota, poolId: 'p', error: { code, serviceMessage: `${code} happened` } });
    expect(finding?.summary).toContain(english.quotas[quota]);
    expect(finding?.lookNext.map((entry) => entry.text)).toEqual([english.advice.raiseQuota]);
  });

  it.each([
    ['AllocationTimedout', 'pool-resize-timed-out'],
    ['AllocationTimedOut', 'pool-resize-timed-out'],
    ['ResizeStopped', 'pool-resize-stopped'],
    ['RemoveNodesFailed', 'pool-remove-nodes-failed'],
    ['Unknown', 'pool-resize-error'],
    ['CommunicationEnabledPoolReachedMaxVMCount', 'pool-resize-error'],
  ])('%s is %s', (code, kind) => {
    expect(diagnosePool(poolWith(code)).findings.map((finding) => finding.kind)).toEqual([kind]);
  });

  it('names the resize timeout, as the REST API and az write it', () => {
    for (const resizeTimeout of ['PT30M', '0:30:00']) {
      const [finding] = diagnosePool({ ...poolWith('AllocationTimedout'), resizeTimeout }).findings;
      expect(finding?.summary).toBe(english.summaries['pool-resize-timed-out'].replace('{pool}', 'p').replace('{timeout}', 'PT30M'));
    }
  });

  it('adds the subnet and network quota checks for a pool in a virtual network only', () => {
    const advice = (pool: BatchPool) => diagnosePool(pool).findings[0]?.lookNext.map((entry) => entry.text);
    const inNetwork = { ...poolWith('AllocationTimedout'), networkConfiguration: { subnetId: '/subscriptions/s/…/subnets/nodes' } };
    expect(advice(inNetwork)).toEqual([
      english.advice.lengthenResizeTimeout,
      english.advice.customImages,
      english.advice.subnetAddresses,
      english.advice.networkQuotas,
    ]);
    expect(advice(poolWith('AllocationTimedout'))).toEqual([english.advice.lengthenResizeTimeout, english.advice.customImages]);
  });

  it('gives one finding per resize error, in order', () => {
    const pool: BatchPool = { id: 'p', resizeErrors: [{ code: 'ResizeStopped' }, { code: 'AccountCoreQuotaReached' }, {}, { message: 'no code' }] };
    expect(diagnosePool(pool).findings.map((finding) => finding.kind)).toEqual(['pool-resize-stopped', 'pool-resize-quota-reached', 'pool-resize-error']);
  });
});

/** The page's JSON samples, read from docs-source: the provider errors Batch relays in an AllocationFailed resize error. */
function pageSamples(): { json: string; paragraphAfter: string }[] {
  const page = readFileSync(new URL('../../../docs-source/en-us/batch-pool-node-error-checking.md', import.meta.url), 'utf8');
  const tree = unified().use(remarkParse).parse(page);
  return tree.children.flatMap((node, index) => {
    if (node.type !== 'code' || (node as Code).lang !== 'json') return [];
    const after = tree.children
      .slice(index + 1)
      .find((next) => next.type === 'paragraph' && !/^\*\*/.test(page.slice(next.position?.start.offset, next.position?.end.offset)));
    return [{ json: (node as Code).value, paragraphAfter: page.slice(after?.position?.start.offset, after?.position?.end.offset) }];
  });
}

describe('relayed provider errors', () => {
  const samples = pageSamples();

  it('reads the page’s two samples', () => {
    expect(samples).toHaveLength(2);
  });

  it.each(samples.map((sample, index) => [index + 1, sample] as const))('reads the provider error of the page’s example %i', (_number, sample) => {
    const relayed = JSON.parse(sample.json) as { error: { code: string; message: string } };
    const pool = poolWith('AllocationFailed', [
      { name: 'ProviderErrorJson', value: sample.json },
      { name: 'ProviderErrorJsonTruncated', value: 'False' },
    ]);
    const [finding] = diagnosePool(pool).findings;
    expect(finding).toMatchObject({
      kind: 'pool-resize-allocation-failed',
      providerError: { code: relayed.error.code, message: relayed.error.message, json: sample.json, truncated: false },
      docsUrl: 'https://learn.microsoft.com/en-us/azure/batch/batch-pool-node-error-checking#relay-provider-error-details',
    });
    // The page says what resolves each: removing a lock, or what the provider's message asks.
    const resolvedByRemovingTheLock = /remov\w* the lock/i.test(sample.paragraphAfter);
    expect(finding?.lookNext[0]?.text).toBe(resolvedByRemovingTheLock ? english.advice.removeLock : english.advice.relayedProviderError);
    expect(formatDiagnosis(diagnosePool(pool))).toContain(`${english.labels.providerError}: ${relayed.error.code}: ${relayed.error.message}\n`);
  });

  it.each([
    [
      'a truncated JSON, kept as sent',
      [
        { name: 'ProviderErrorJson', value: '{"error":{"code":"Bad' },
        { name: 'ProviderErrorJsonTruncated', value: 'True' },
      ],
      { json: '{"error":{"code":"Bad', truncated: true },
    ],
    [
      'names written as on the page',
      [
        { name: 'Provider Error Json', value: '{"error":{"code":"X","message":"y"}}' },
        { name: 'Provider Error Truncated', value: 'false' },
      ],
      { code: 'X', message: 'y', truncated: false },
    ],
    ['a provider error that is not wrapped in "error"', [{ name: 'providerErrorJson', value: '{"code":"X","message":"y"}' }], { code: 'X', message: 'y' }],
  ])('reads %s', (_name, values, expected) => {
    expect(diagnosePool(poolWith('AllocationFailed', values)).findings[0]?.providerError).toEqual(expect.objectContaining(expected));
  });

  it('without a relayed error, points to the common causes', () => {
    const [finding] = diagnosePool(poolWith('AllocationFailed')).findings;
    expect(finding?.providerError).toBeUndefined();
    expect(finding?.lookNext[0]?.text).toBe(english.advice.resizeCauses);
  });
});

describe('automatic scaling', () => {
  it('reports a failed evaluation with its error, and nothing for a successful one', () => {
    const [finding] = diagnoseFixture('pool-autoscale-failed').findings;
    expect(finding).toMatchObject({ kind: 'pool-autoscale-failed', error: { code: 'AutoScalingFormulaSyntaxError', details: [{ key: 'Message' }] } });
    expect(diagnoseFixture('pool-healthy').findings).toEqual([]);
    expect(diagnosePool({ id: 'p', autoScaleRun: { error: { message: 'no code' } } }).findings).toMatchObject([{ kind: 'pool-autoscale-failed' }]);
  });
});

describe('a slow deletion', () => {
  const since = '2026-11-20T10:00:00.000Z';
  const deleting: BatchPool = { id: 'p', state: 'deleting', stateTransitionTime: since };
  const minutesLater = (minutes: number) => new Date(Date.parse(since) + minutes * 60_000);

  it.each([
    ['29 minutes, default threshold', minutesLater(29), {}, false],
    ['30 minutes, default threshold', minutesLater(30), {}, true],
    ['10 minutes, a 5 minute threshold', minutesLater(10), { deletionThreshold: 5 * 60_000 }, true],
    ['3 hours, a 4 hour threshold', minutesLater(180), { deletionThreshold: 4 * 3_600_000 }, false],
    ['a negative threshold: the default', minutesLater(10), { deletionThreshold: -1 }, false],
    ['a threshold that is not a number: the default', minutesLater(10), { deletionThreshold: '5' as never }, false],
    ['before it started deleting', minutesLater(-60), {}, false],
  ])('%s', (_name, now, options, reported) => {
    expect(diagnosePool(deleting, { now, ...options }).findings.map((finding) => finding.kind)).toEqual(reported ? ['pool-deletion-slow'] : []);
  });

  it('takes now as a Date, an ISO string or milliseconds, and says since when and for how long', () => {
    const later = minutesLater(95);
    for (const now of [later, later.toISOString(), later.getTime()]) {
      expect(diagnosePool(deleting, { now }).findings[0]).toMatchObject({
        kind: 'pool-deletion-slow',
        deleting: { since, milliseconds: 95 * 60_000, thresholdMilliseconds: defaultDeletionThreshold },
        summary: expect.stringContaining('95'),
      });
    }
    expect(defaultDeletionThreshold).toBe(30 * 60_000);
  });

  it('needs the time the pool started deleting, and a deleting pool', () => {
    expect(diagnosePool({ id: 'p', state: 'deleting' }, { now: minutesLater(600) }).findings).toEqual([]);
    expect(diagnosePool({ ...deleting, state: 'active' }, { now: minutesLater(600) }).findings).toEqual([]);
  });

  it('measures against the current time by default', () => {
    expect(diagnosePool({ ...deleting, stateTransitionTime: new Date(Date.now() - 2 * defaultDeletionThreshold) }).findings).toHaveLength(1);
    expect(diagnosePool({ ...deleting, stateTransitionTime: new Date(Date.now() - defaultDeletionThreshold / 2) }).findings).toHaveLength(0);
  });
});

describe('start tasks', () => {
  it.each<[string, BatchNode, object]>([
    [
      'a starttaskfailed node with no start task information',
      { id: 'n', state: 'starttaskfailed' },
      { waitForSuccess: true, impact: english.impacts.startTaskWaits },
    ],
    [
      'a failed start task that does not wait for success',
      { id: 'n', state: 'idle', startTask: { waitForSuccess: false }, startTaskInfo: { state: 'completed', exitCode: 1, result: 'failure' } },
      { waitForSuccess: false, exitCode: 1, impact: english.impacts.startTaskDoesNotWait },
    ],
    [
      'a failed start task whose waitForSuccess is not known',
      { id: 'n', startTaskInfo: { result: 'failure', failureInfo: { category: 'usererror', code: 'BlobNotFound' } } },
      { impact: english.impacts.startTaskMayWait, error: { code: 'BlobNotFound', category: 'UserError' } },
    ],
  ])('%s', (_name, node, expected) => {
    const [finding] = diagnoseNode(node).findings;
    expect(finding).toMatchObject({ kind: 'node-start-task-failed', nodeId: 'n', ...expected });
  });

  it('points to the start task’s logs only when its command line ran', () => {
    const files = (node: BatchNode) => diagnoseNode(node).findings[0]?.lookNext.flatMap((entry) => (entry.file ? [entry.file] : []));
    expect(files({ state: 'starttaskfailed', startTaskInfo: { exitCode: 2 } })).toEqual(['stdout.txt', 'stderr.txt']);
    expect(files({ state: 'starttaskfailed' })).toEqual([]);
  });

  it('names the pool from the node’s URL', () => {
    expect(diagnoseFixture('node-start-task-failed').findings[0]?.poolId).toBe('render-pool');
  });
});

describe('unusable nodes', () => {
  it.each<[string, { code?: string; message?: string }, NodeErrorCause, string]>([
    ['an application package code', { code: 'ApplicationPackageError' }, 'application-package', 'application-package-download-failure'],
    [
      'an application package message',
      { code: 'NodeError', message: 'The app package could not be extracted' },
      'application-package',
      'application-package-download-failure',
    ],
    ['a container code', { code: 'ContainerImagePullFailed' }, 'container', 'container-download-failure'],
    ['a full disk', { code: 'DiskFull' }, 'disk-full', 'node-disk-full'],
    ['a full disk in the message', { code: 'NodeError', message: 'The OS disk is full.' }, 'disk-full', 'node-disk-full'],
    ['no space left', { message: 'No space left on device' }, 'disk-full', 'node-disk-full'],
    ['anything else', { code: 'UnsupportedVmImage', message: 'Not supported' }, 'other', 'node-in-unusable-state'],
  ])('%s', (_name, error, cause, section) => {
    const [finding] = diagnoseNode({ id: 'n', state: 'unusable', errors: [error] }).findings;
    expect(finding).toMatchObject({ kind: 'node-unusable', cause, impact: english.impacts.nodeRunsNoTasks });
    expect(finding?.docsUrl).toBe(`https://learn.microsoft.com/en-us/azure/batch/batch-pool-node-error-checking#${section}`);
    expect(finding?.summary).toBe(
      english.summaries['node-unusable'].replace('{node}', 'n').replace('{cause}', english.nodeErrorCauses[cause].replace('{code}', error.code ?? '?')),
    );
  });

  it('gives one finding per error, with its code, message and details', () => {
    const node: BatchNode = {
      id: 'n',
      state: 'unusable',
      errors: [
        { code: 'DiskFull', message: 'full' },
        { code: 'Custom', message: 'm', errorDetails: [{ name: 'k', value: 'v' }] },
      ],
    };
    expect(diagnoseNode(node).findings).toMatchObject([
      { cause: 'disk-full', error: { code: 'DiskFull', serviceMessage: 'full' } },
      { cause: 'other', error: { code: 'Custom', message: 'm', details: [{ key: 'k', value: 'v' }] } },
    ]);
  });

  it('tells an unusable node with no error from one with errors: Batch cannot reach it', () => {
    expect(diagnoseFixture('node-unreachable').findings).toMatchObject([{ kind: 'node-unreachable', nodeId: 'tvmps_f005_d', poolId: 'vnet-pool' }]);
  });

  it.each(['idle', 'running', 'creating', 'rebooting'])('finds nothing wrong with a healthy %s node, even with stale errors', (state) => {
    expect(diagnoseNode({ id: 'n', state, errors: [{ code: 'DiskFull' }] }).findings).toEqual([]);
  });
});

describe('a task and its node', () => {
  const waiting = fixture('task-waiting-for-node') as BatchTask;
  const kinds = (task: BatchTask, node: BatchNode) => diagnoseTask(task, { node }).findings.map((finding) => finding.kind);

  it('says a task has not run because its node is unusable, then why', () => {
    expect(kinds(waiting, fixture('node-unreachable') as BatchNode)).toEqual(['task-node-unusable', 'node-unreachable']);
    const [finding] = diagnoseTask(waiting, { node: fixture('node-unreachable') as BatchNode }).findings;
    expect(finding).toMatchObject({ taskId: 'render-frame-0100', nodeId: 'tvmps_f005_d', poolId: 'vnet-pool' });
    expect(finding?.docsUrl).toMatch(/#node-in-unusable-state$/);
    expect(kinds(waiting, fixture('node-disk-full') as BatchNode)).toEqual(['task-node-unusable', 'node-unusable']);
  });

  it('says nothing of the node for a task that ran, a healthy node, or another node than the task’s', () => {
    const failedNode = fixture('node-start-task-failed') as BatchNode;
    expect(kinds(fixture('task-success') as BatchTask, failedNode)).toEqual([]);
    expect(kinds(fixture('task-exit-code') as BatchTask, failedNode)).toEqual(['task-exit-code']);
    expect(kinds(waiting, fixture('node-idle') as BatchNode)).toEqual([]);
    expect(kinds({ ...waiting, nodeInfo: { nodeId: 'tvmps_other_d' } }, failedNode)).toEqual([]);
    expect(kinds(waiting, { state: 'idle', startTask: { waitForSuccess: false }, startTaskInfo: { exitCode: 1 } })).toEqual([]);
  });
});

describe('in every locale', () => {
  it.each(Object.keys(textsByLocale).filter((locale) => locale !== 'en-us'))('%s', async (locale) => {
    for (const name of ['pool-allocation-failed', 'node-start-task-failed', 'task-waiting-for-node']) {
      const diagnosis = diagnoseFixture(name, locale);
      expect(diagnosis.locale).toBe(locale);
      expect(diagnosis.findings[0]?.summary).not.toBe(diagnoseFixture(name).findings[0]?.summary);
      expect(diagnosis.findings[0]?.docsUrl).toMatch(new RegExp(`^https://learn\\.microsoft\\.com/${locale}/azure/batch/batch-pool-node-error-checking#`));
      await expect(formatDiagnosis(diagnosis)).toMatchFileSnapshot(`__snapshots__/${name}.${locale}.txt`);
    }
  });
});
