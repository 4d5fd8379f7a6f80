/**
 * Why a job failed, following "Azure Batch job and task errors": its
 * terminate reason, its scheduling error, and its preparation and release
 * tasks on each node.
 */
import {
  type DiagnoseJobOptions,
  type Diagnosis,
  type Finding,
  findingError,
  type JobEndedFinding,
  type JobNodeTaskFinding,
  type JobSchedulingErrorFinding,
  readOptions,
  withDefined,
} from './finding.js';
import { failed, type JobFacts, readJob, readPreparationAndRelease } from './input.js';
import type { BatchJob, PreparationAndReleaseTaskStatusList } from './input-types.js';
import { type DocsLink, docsUrl, type JobFindingKind, jobTaskSection } from './kinds.js';
import type { Language } from './language.js';
import { negotiateLanguage } from './languages.js';
import { sameValue } from './read.js';
import { fill } from './texts/texts.js';

/** A way a job can end badly, read from the job alone. */
interface JobRule {
  kind: Extract<JobFindingKind, 'job-max-wall-clock-time-expired' | 'job-terminated-by-task-failure' | 'job-scheduling-error'>;
  matches(job: JobFacts): boolean;
  docs: DocsLink;
}

const jobRules: readonly JobRule[] = [
  {
    kind: 'job-max-wall-clock-time-expired',
    matches: (job) => sameValue(job.terminateReason, 'MaxWallClockTimeExpiry'),
    docs: /* @__PURE__ */ jobTaskSection('jobProperties'),
  },
  {
    kind: 'job-terminated-by-task-failure',
    matches: (job) => sameValue(job.terminateReason, 'TaskFailed'),
    docs: /* @__PURE__ */ jobTaskSection('jobProperties'),
  },
  { kind: 'job-scheduling-error', matches: (job) => job.schedulingError !== undefined, docs: /* @__PURE__ */ jobTaskSection('jobProperties') },
];

/** The preparation and release task of a job on a node: which execution to read, and its finding. */
const nodeTaskRules = [
  { execution: 'preparation', kind: 'job-preparation-task-failed', docs: /* @__PURE__ */ jobTaskSection('jobPreparationTasks') },
  { execution: 'release', kind: 'job-release-task-failed', docs: /* @__PURE__ */ jobTaskSection('jobReleaseTasks') },
] as const satisfies readonly { execution: 'preparation' | 'release'; kind: JobFindingKind; docs: DocsLink }[];

/**
 * The findings of a job (`Job - Get`, or the `CloudJob` of `@azure/batch`)
 * and, when given, of its preparation and release tasks on each node
 * (`Job - List Preparation and Release Task Status`): terminated by its
 * maximum wall clock time or by a task failure, a scheduling error, a
 * preparation task that failed on a node (the job is stuck there), a release
 * task that failed (the job still completed). Never throws.
 */
export function diagnoseJob(
  job: BatchJob,
  preparationAndReleaseStatus?: PreparationAndReleaseTaskStatusList | undefined,
  options: DiagnoseJobOptions = {},
): Diagnosis {
  return diagnoseJobIn(negotiateLanguage(readOptions(options).locale), job, preparationAndReleaseStatus);
}

/** `diagnoseJob` in a given language (the per-locale entries bind one). */
export function diagnoseJobIn(language: Language, job: BatchJob, preparationAndReleaseStatus?: PreparationAndReleaseTaskStatusList | undefined): Diagnosis {
  const facts = readJob(job);
  return withDefined<Diagnosis>(
    {
      subject: 'job',
      locale: language.locale,
      findings: [...jobFindings(facts, language), ...preparationAndReleaseFindings(preparationAndReleaseStatus, facts.id, language)],
    },
    { id: facts.id, state: facts.state },
  );
}

function jobFindings(job: JobFacts, language: Language): Finding[] {
  const { texts, locale } = language;
  const values = { job: job.id ?? '?', limit: job.maxWallClockTime?.text ?? '?' };
  return jobRules
    .filter((rule) => rule.matches(job))
    .map((rule) => {
      const base = { summary: fill(texts.summaries[rule.kind], values), lookNext: [], docsUrl: docsUrl(locale, rule.docs) };
      if (rule.kind !== 'job-scheduling-error') return withDefined<JobEndedFinding>({ kind: rule.kind, ...base }, { jobId: job.id });
      const error = job.schedulingError;
      return withDefined<JobSchedulingErrorFinding>(
        { kind: rule.kind, ...base },
        { jobId: job.id, error: error?.code === undefined ? undefined : findingError({ ...error, code: error.code }, language, 'jobScheduling') },
      );
    });
}

function preparationAndReleaseFindings(status: unknown, jobId: string | undefined, language: Language): Finding[] {
  const { texts, locale } = language;
  const entries = readPreparationAndRelease(status);
  return nodeTaskRules.flatMap((rule) =>
    entries.flatMap((entry) => {
      const execution = entry[rule.execution];
      if (!execution || !failed(execution)) return [];
      const { exitCode } = execution;
      const finding: JobNodeTaskFinding = {
        kind: rule.kind,
        summary: fill(texts.summaries[rule.kind], { job: jobId ?? '?', node: entry.nodeId ?? '?' }),
        lookNext:
          exitCode === undefined
            ? [{ text: texts.logs.noOutputLogs }]
            : [
                { file: 'stdout.txt', text: texts.logs.stdout },
                { file: 'stderr.txt', text: texts.logs.stderr },
                ...(entry.nodeId === undefined ? [] : [{ text: fill(texts.logs.onNode, { node: entry.nodeId }) }]),
              ],
        docsUrl: docsUrl(locale, rule.docs),
      };
      const failure = execution.failure;
      return [
        withDefined(finding, {
          jobId,
          nodeId: entry.nodeId,
          exitCode,
          error: failure?.code === undefined ? undefined : findingError({ ...failure, code: failure.code }, language, 'taskScheduling'),
        }),
      ];
    }),
  );
}
