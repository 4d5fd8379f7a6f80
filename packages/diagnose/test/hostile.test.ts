import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchJob, type BatchTask, diagnoseJob, diagnoseTask, formatDiagnosis } from '../src/index.js';

describe('partial, older and hostile input', () => {
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'task'],
    ['an array', []],
    ['numbers where strings belong', { id: 7, executionInfo: { exitCode: '1', result: 2, failureInfo: { code: 5 } } }],
    ['an exit code that is not an integer', { executionInfo: { exitCode: 1.5 } }],
  ])('%s gives no finding and no exception', (_name, input) => {
    expect(diagnoseTask(input as BatchTask).findings).toEqual([]);
    expect(diagnoseJob(input as BatchJob, input as never).findings).toEqual([]);
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
    for (const options of [throwing('locale'), throwing('job'), { locale: [Symbol('de')] }, { locale: [Object.create(null)] }, null]) {
      const diagnosis = diagnoseTask(failed as BatchTask, options as never);
      expect(diagnosis).toMatchObject({ locale: 'en-us', findings: [{ kind: 'task-exit-code' }] });
      expect(diagnoseJob({ id: 'j' } as BatchJob, undefined, options as never).locale).toBe('en-us');
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
    fc.assert(
      fc.property(task, fc.anything(), fc.oneof(fc.string(), fc.constant(undefined)), (input, status, locale) => {
        const options = locale === undefined ? {} : { locale };
        expect(typeof formatDiagnosis(diagnoseTask(input as BatchTask, options))).toBe('string');
        expect(typeof formatDiagnosis(diagnoseJob(input as BatchJob, status as never, options))).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
