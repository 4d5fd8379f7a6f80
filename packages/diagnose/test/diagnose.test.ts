/**
 * Every failure mode of "Azure Batch job and task errors" and "Azure Batch
 * pool and node errors", as REST JSON written by us: its findings, and its
 * readable form pinned as a snapshot.
 */
import { getMessage } from '@batch-errors/messages';
import { describe, expect, it } from 'vitest';
import { type BatchJob, type BatchTask, type Diagnosis, diagnoseJob, diagnoseTask, type FindingKind, formatDiagnosis } from '../src/index.js';
import { textsByLocale } from '../src/texts/index.js';
import { diagnoseFixture, fixture as readFixture, fixtureNames as names } from './fixture.js';

const fixture = <T>(name: string): T => readFixture(name.replace(/\.json$/, '')) as T;
const diagnose = (name: string, locale?: string): Diagnosis => diagnoseFixture(name, locale);

const expectedKinds: Record<string, FindingKind[]> = {
  'task-exit-code': ['task-exit-code'],
  'task-resource-file': ['task-resource-file-download-failed'],
  'task-docs-sample': ['task-resource-file-download-failed'],
  'task-output-upload': ['task-output-file-upload-failed'],
  'task-wall-clock': ['task-max-wall-clock-time-exceeded'],
  'task-command-not-found': ['task-pre-processing-error'],
  'task-unknown-code': ['task-pre-processing-error'],
  'task-terminated': ['task-ended'],
  'task-retrying': ['task-exit-code'],
  'task-success': [],
  'job-wall-clock': ['job-max-wall-clock-time-expired'],
  'job-task-failed': ['job-terminated-by-task-failure'],
  'job-scheduling-error': ['job-scheduling-error'],
  'job-preparation-failed': ['job-preparation-task-failed'],
  'job-release-failed': ['job-release-task-failed'],
  'task-waiting-for-node': ['task-node-unusable', 'node-start-task-failed'],
  'pool-quota-reached': ['pool-resize-quota-reached', 'pool-resize-quota-reached'],
  'pool-allocation-failed': ['pool-resize-allocation-failed'],
  'pool-allocation-timed-out': ['pool-resize-timed-out'],
  'pool-resize-stopped': ['pool-resize-stopped'],
  'pool-remove-nodes-failed': ['pool-remove-nodes-failed'],
  'pool-resize-error': ['pool-resize-error'],
  'pool-autoscale-failed': ['pool-autoscale-failed'],
  'pool-deleting': ['pool-deletion-slow'],
  'pool-healthy': [],
  'node-start-task-failed': ['node-start-task-failed'],
  'node-application-package': ['node-unusable'],
  'node-container': ['node-unusable'],
  'node-disk-full': ['node-unusable'],
  'node-unusable-other': ['node-unusable'],
  'node-unreachable': ['node-unreachable'],
  'node-idle': [],
};

describe('each failure mode of the page', () => {
  it('has a fixture, and every kind has one', () => {
    expect(names).toEqual(Object.keys(expectedKinds).sort());
    const kinds = new Set(Object.values(expectedKinds).flat());
    expect([...kinds].sort()).toEqual(Object.keys(textsByLocale['en-us'].summaries).sort());
  });

  it.each(names)('%s', async (name) => {
    const diagnosis = diagnose(name);
    expect(diagnosis.findings.map((finding) => finding.kind)).toEqual(expectedKinds[name]);
    await expect(formatDiagnosis(diagnosis)).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
  });
});

describe('task findings', () => {
  it('tells a task ended by request before its limit from one stopped by its maximum wall clock time', () => {
    const [finding] = diagnose('task-terminated').findings;
    expect(finding).toMatchObject({
      kind: 'task-ended',
      summary: 'Task encode-batch-17 was terminated on request before it completed.',
      exitCode: -1073741510,
      effects: { dependentTasks: 'satisfy', jobAction: 'none' },
      lookNext: [{ file: 'stdout.txt' }, { file: 'stderr.txt' }, { text: expect.stringContaining('tvmps_9a41_d') }],
    });
    const withoutExitCode = diagnoseTask({
      id: 't',
      state: 'completed',
      executionInfo: { result: 'failure', failureInfo: { category: 'usererror', code: 'TaskEnded' } },
    });
    expect(withoutExitCode.findings[0]).toMatchObject({
      kind: 'task-ended',
      effects: { dependentTasks: 'block', jobAction: 'terminate' },
      lookNext: [{ text: expect.stringContaining('did not run') }],
    });
  });

  it('reads the failure of a task that is not completed as an earlier attempt, with its effects pending', () => {
    const [finding] = diagnose('task-retrying').findings;
    expect(finding?.retrying).toEqual({ retryCount: 1, maxTaskRetryCount: 3 });
    expect(finding?.effects?.descriptions[0]).toBe(
      'The task is running again: this failure is of an earlier attempt (1 retries so far), and the following applies only if its last attempt fails too.',
    );
    expect(diagnose('task-exit-code').findings[0]?.retrying).toBeUndefined();
  });

  it('reads a nonzero exit code with the exit conditions that match it, and points to stdout.txt and stderr.txt', () => {
    const [finding] = diagnose('task-exit-code').findings;
    expect(finding).toMatchObject({
      taskId: 'render-frame-0042',
      nodeId: 'tvmps_0f6c2f5c_d',
      exitCode: 1,
      effects: { dependentTasks: 'block', jobAction: 'terminate', jobActionApplies: undefined },
      error: { code: 'FailureExitCode', documented: false, category: 'UserError', message: 'The task exited with an exit code representing a failure' },
      docsUrl: 'https://learn.microsoft.com/en-us/azure/batch/batch-job-task-error-checking#task-command-lines',
    });
    expect(finding?.lookNext.map((entry) => entry.file)).toEqual(['stdout.txt', 'stderr.txt', undefined]);
  });

  it.each<[string, Partial<BatchJob> | undefined, number, object]>([
    ['an exit code in a range, job unknown', undefined, 1, { dependentTasks: 'block', jobAction: 'terminate', jobActionApplies: undefined }],
    [
      'an exit code listed exactly',
      { onTaskFailure: 'performExitOptionsJobAction' },
      3,
      { dependentTasks: 'satisfy', jobAction: 'none', jobActionApplies: true },
    ],
    [
      'an exit code listed nowhere: the defaults',
      { onTaskFailure: 'performExitOptionsJobAction' },
      9,
      { dependentTasks: 'block', jobAction: 'terminate', jobActionApplies: true },
    ],
    ['a job whose onTaskFailure is noaction', { onTaskFailure: 'noaction' }, 1, { dependentTasks: 'block', jobAction: 'terminate', jobActionApplies: false }],
    ['a job that does not say (noaction is the default)', {}, 1, { dependentTasks: 'block', jobAction: 'terminate', jobActionApplies: false }],
  ])('effects of %s', (_name, job, exitCode, effects) => {
    const task = fixture<BatchTask>('task-exit-code.json');
    task.executionInfo = { ...task.executionInfo, exitCode };
    const [finding] = diagnoseTask(task, job === undefined ? {} : { job }).findings;
    expect(finding?.effects).toMatchObject(effects);
  });

  it('reads the docs’ own sample: a resource file that was not found, with its file path', () => {
    const [finding] = diagnose('task-docs-sample').findings;
    expect(finding?.error).toEqual({
      code: 'BlobNotFound',
      documented: true,
      category: 'UserError',
      categoryDescription: 'Errors in the task specification provided by the user.',
      message: 'One of the specified Azure Blob(s) is not found.',
      serviceMessage: 'The specified blob does not exist.',
      details: [{ key: 'FilePath', value: 'myfile.txt' }],
    });
    expect(finding?.lookNext.map((entry) => entry.file)).toEqual([undefined]);
  });

  it('lets exit conditions for upload errors decide, and points to the upload logs', () => {
    const [finding] = diagnose('task-output-upload').findings;
    expect(finding?.effects).toMatchObject({ dependentTasks: 'satisfy', jobAction: 'none' });
    expect(finding?.lookNext.map((entry) => entry.file)).toEqual(['fileuploadout.txt', 'fileuploaderr.txt', 'stdout.txt', 'stderr.txt', undefined]);
  });

  it('tells the wall clock from a user stopping the task', () => {
    const stoppedEarly = fixture<BatchTask>('task-wall-clock.json');
    stoppedEarly.executionInfo = { ...stoppedEarly.executionInfo, endTime: '2026-11-20T08:10:00.000Z' };
    expect(diagnoseTask(stoppedEarly).findings.map((finding) => finding.kind)).toEqual(['task-ended']);
    const noTimes = fixture<BatchTask>('task-wall-clock.json');
    delete noTimes.executionInfo?.startTime;
    expect(diagnoseTask(noTimes).findings.map((finding) => finding.kind)).toEqual(['task-max-wall-clock-time-exceeded']);
  });

  it('handles a code the docs do not list with the service’s own message', () => {
    expect(diagnose('task-unknown-code').findings[0]?.error).toMatchObject({
      code: 'ContainerInvalidImage',
      documented: false,
      message: 'The specified container image is not valid.',
    });
  });

  it('uses the exit conditions for pre-processing errors', () => {
    expect(diagnose('task-command-not-found').findings[0]?.effects).toMatchObject({ dependentTasks: 'block', jobAction: 'disable' });
  });
});

describe('job findings', () => {
  it('names the node of a failed preparation task, and skips the nodes where it succeeded', () => {
    const findings = diagnose('job-preparation-failed').findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ nodeId: 'tvmps_1111_d', exitCode: 127, jobId: 'stuck-job' });
  });

  it('reads both shapes of the preparation and release status list', () => {
    const status = fixture<unknown[]>('job-release-failed.status.json');
    const job = fixture<BatchJob>('job-release-failed.json');
    expect(diagnoseJob(job, { value: status as never }).findings).toEqual(diagnoseJob(job, status as never).findings);
  });

  it('reads the scheduling error in the reader’s language', () => {
    const [finding] = diagnose('job-scheduling-error', 'fr').findings;
    expect(finding?.error?.message).toBe(getMessage('AutoPoolCreationFailedWithQuotaReached', { locale: 'fr-fr', table: 'jobScheduling' }));
  });
});

describe('in other languages', () => {
  it.each(['de-AT', 'ja', 'zh-Hans-CN', 'pt', 'es', 'fr-CA'])('renders a diagnosis in %s', async (locale) => {
    const diagnosis = diagnose('task-docs-sample', locale);
    expect(diagnosis.locale).not.toBe('en-us');
    expect(diagnosis.findings[0]?.error?.message).toBe(getMessage('BlobNotFound', { locale }));
    expect(diagnosis.findings[0]?.summary).not.toBe(diagnose('task-docs-sample').findings[0]?.summary);
    expect(diagnosis.findings[0]?.docsUrl).toBe(`https://learn.microsoft.com/${diagnosis.locale}/azure/batch/batch-job-task-error-checking#task-failures`);
    await expect(formatDiagnosis(diagnose('task-exit-code', locale))).toMatchFileSnapshot(`__snapshots__/task-exit-code.${diagnosis.locale}.txt`);
  });
});
