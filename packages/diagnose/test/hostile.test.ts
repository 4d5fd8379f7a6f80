import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BatchJob,
  type BatchNode,
  type BatchPool,
  type BatchTask,
  diagnoseJob,
  diagnoseNode,
  diagnosePool,
  diagnoseTask,
  formatDiagnosis,
} from '../src/index.js';

/** Every way to diagnose one input, with any options. */
const diagnoseAll = (input: unknown, options?: unknown) => [
  diagnoseTask(input as BatchTask, options as never),
  diagnoseJob(input as BatchJob, input as never, options as never),
  diagnosePool(input as BatchPool, options as never),
  diagnoseNode(input as BatchNode, options as never),
];

/** A proxy whose every trap throws. */
const trapped = (target: object = {}) =>
  new Proxy(target, {
    get: () => {
      throw new Error('get');
    },
    getPrototypeOf: () => {
      throw new Error('getPrototypeOf');
    },
    has: () => {
      throw new Error('has');
    },
    ownKeys: () => {
      throw new Error('ownKeys');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('getOwnPropertyDescriptor');
    },
  });

/** A revoked proxy: every operation on it throws, even Array.isArray. */
const revoked = (target: object = {}) => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

describe('partial, older and hostile input', () => {
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'task'],
    ['an array', []],
    ['numbers where strings belong', { id: 7, executionInfo: { exitCode: '1', result: 2, failureInfo: { code: 5 } } }],
    ['an exit code that is not an integer', { executionInfo: { exitCode: 1.5 } }],
    ['a proxy whose traps throw', trapped()],
    ['a revoked proxy', revoked()],
    ['a revoked proxy of an array', revoked([])],
    ['a symbol', Symbol('task')],
    ['a function', () => 'task'],
  ])('%s gives no finding and no exception', (_name, input) => {
    for (const diagnosis of diagnoseAll(input)) expect(diagnosis.findings).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['executionInfo', { id: 't', executionInfo: revoked() }],
    ['failureInfo', { id: 't', executionInfo: { result: 'failure', failureInfo: trapped() } }],
    ['a timestamp', { id: 't', executionInfo: { result: 'failure', startTime: revoked(), endTime: trapped() } }],
    ['a fake Date', { id: 't', executionInfo: { startTime: { getTime: () => 1 }, endTime: Object.create(Date.prototype) } }],
    ['a list', { id: 'p', resizeErrors: revoked([]), errors: trapped([]), exitConditions: { exitCodes: revoked([]) } }],
    ['a list entry', { id: 'p', resizeErrors: [revoked(), trapped(), { code: 'ResizeStopped' }], errors: [revoked()] }],
    [
      'a list with a throwing length',
      {
        id: 'p',
        resizeErrors: new Proxy([], {
          get: (target, key) => {
            if (key === 'length') throw new Error('length');
            return Reflect.get(target, key);
          },
        }),
      },
    ],
    ['the status list', { id: 'j', value: revoked([]) }],
  ])('a hostile %s deep inside reads as nothing there', (_name, input) => {
    for (const diagnosis of diagnoseAll(input)) expect(typeof formatDiagnosis(diagnosis)).toBe('string');
    expect(diagnosePool(input as BatchPool).findings.map((finding) => finding.kind)).toEqual(_name === 'a list entry' ? ['pool-resize-stopped'] : []);
  });

  it('reads a cycle once', () => {
    const task: Record<string, unknown> = { id: 't', state: 'completed' };
    task['executionInfo'] = task;
    task['constraints'] = task;
    task['result'] = 'failure';
    expect(diagnoseTask(task as BatchTask).findings.map((finding) => finding.kind)).toEqual(['task-pre-processing-error']);
    const pool: Record<string, unknown> = { id: 'p' };
    pool['resizeErrors'] = [pool];
    pool['code'] = 'ResizeStopped';
    expect(diagnosePool(pool as BatchPool).findings.map((finding) => finding.kind)).toEqual(['pool-resize-stopped']);
  });

  it('reads huge strings and huge lists without failing', () => {
    const huge = 'x'.repeat(5_000_000);
    const [finding] = diagnosePool({
      id: huge,
      resizeErrors: [{ code: 'AllocationFailed', values: [{ name: 'ProviderErrorJson', value: `{"error":{"code":"${huge}"}}` }] }],
    }).findings;
    expect(finding?.providerError?.json.length).toBeGreaterThan(5_000_000);
    expect(
      diagnoseTask({ id: 't', constraints: { maxWallClockTime: huge }, executionInfo: { result: 'failure', failureInfo: { code: huge } } }).findings,
    ).toHaveLength(1);
    const many = Array.from({ length: 100_000 }, () => ({ code: 'ResizeStopped' }));
    expect(diagnosePool({ id: 'p', resizeErrors: many }).findings.length).toBeLessThanOrEqual(1000);
  });

  it('reads a task of an API version that called failureInfo schedulingError', () => {
    const task = { id: 'old', executionInfo: { result: 'failure', schedulingError: { category: 'UserError', code: 'BlobNotFound', message: 'x' } } };
    expect(diagnoseTask(task as BatchTask).findings.map((finding) => finding.kind)).toEqual(['task-resource-file-download-failed']);
  });

  it('survives getters that throw', () => {
    const task = Object.defineProperty({ id: 'trap' }, 'executionInfo', {
      get() {
        throw new Error('boom');
      },
    });
    expect(diagnoseTask(task as BatchTask)).toMatchObject({ id: 'trap', findings: [] });
  });

  it('reads options it cannot read as no options: English, no job', () => {
    const throwing = (name: string) =>
      Object.defineProperty({}, name, {
        get() {
          throw new Error('boom');
        },
      });
    const failed = { id: 't', state: 'completed', executionInfo: { exitCode: 1, result: 'failure' } };
    const deleting = { id: 'p', state: 'deleting', stateTransitionTime: new Date(Date.now() - 3_600_000) };
    for (const options of [
      throwing('locale'),
      throwing('job'),
      throwing('node'),
      throwing('now'),
      throwing('deletionThreshold'),
      { locale: [Symbol('de')] },
      { locale: [Object.create(null)] },
      { job: revoked(), node: revoked(), now: revoked(), deletionThreshold: revoked() },
      { job: trapped(), node: trapped(), now: Symbol('now'), deletionThreshold: Number.NaN },
      trapped(),
      revoked(),
      null,
    ]) {
      const diagnosis = diagnoseTask(failed as BatchTask, options as never);
      expect(diagnosis).toMatchObject({ locale: 'en-us', findings: [{ kind: 'task-exit-code' }] });
      expect(diagnoseJob({ id: 'j' } as BatchJob, undefined, options as never).locale).toBe('en-us');
      expect(diagnosePool(deleting, options as never)).toMatchObject({ locale: 'en-us', findings: [{ kind: 'pool-deletion-slow' }] });
      expect(diagnoseNode({ id: 'n', state: 'unusable' }, options as never)).toMatchObject({ locale: 'en-us', findings: [{ kind: 'node-unreachable' }] });
    }
  });

  it('formats a hand-built diagnosis with an unknown locale or no findings in English', () => {
    expect(formatDiagnosis({} as never)).toBe('Job ?\nNo failure found.\n');
    expect(formatDiagnosis({ subject: 'task', id: 't', locale: 'xx-yy', findings: [] } as never)).toBe('Task t\nNo failure found.\n');
  });

  it('never throws, whatever it is given, and formats what it finds', () => {
    const execution = fc.record(
      { exitCode: fc.oneof(fc.integer(), fc.anything()), result: fc.constantFrom('failure', 'success', 5), failureInfo: fc.anything() },
      { requiredKeys: [] },
    );
    const task = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.record({ id: fc.anything(), executionInfo: execution, exitConditions: fc.anything(), constraints: fc.anything() }, { requiredKeys: [] }),
    );
    const error = fc.record(
      {
        code: fc.oneof(fc.constantFrom('AllocationFailed', 'AccountCoreQuotaReached', 'DiskFull'), fc.anything()),
        message: fc.anything(),
        values: fc.anything(),
        errorDetails: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const pool = fc.record(
      {
        id: fc.anything(),
        state: fc.constantFrom('deleting', 'active', 7),
        stateTransitionTime: fc.oneof(fc.date({ noInvalidDate: false }), fc.string(), fc.anything()),
        resizeErrors: fc.oneof(fc.array(error), fc.anything()),
        autoScaleRun: fc.record({ error, timestamp: fc.anything() }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    const node = fc.record(
      {
        id: fc.anything(),
        url: fc.oneof(fc.string(), fc.constant('https://a/pools/p/nodes/n')),
        state: fc.constantFrom('unusable', 'starttaskfailed', 'idle', null),
        errors: fc.oneof(fc.array(error), fc.anything()),
        startTask: fc.anything(),
        startTaskInfo: execution,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(task, pool, node), fc.anything(), fc.oneof(fc.string(), fc.constant(undefined)), (input, other, locale) => {
        const options = locale === undefined ? {} : { locale };
        expect(typeof formatDiagnosis(diagnoseTask(input as BatchTask, { ...options, node: other as BatchNode, job: other as BatchJob }))).toBe('string');
        expect(typeof formatDiagnosis(diagnoseJob(input as BatchJob, other as never, options))).toBe('string');
        expect(typeof formatDiagnosis(diagnosePool(input as BatchPool, { ...options, now: other as never, deletionThreshold: other as never }))).toBe('string');
        expect(typeof formatDiagnosis(diagnoseNode(input as BatchNode, options))).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
