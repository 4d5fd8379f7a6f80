/**
 * `@batch-errors/diagnose/es-es`: the diagnose functions in es-es alone, without
 * the other locales or the locale matcher. Same calls as the root entry; the
 * `locale` option is ignored.
 */
import { getCategoryDescription, getMessage } from '@batch-errors/messages/es-es';
import { createSummarizerIn, summarizeIn } from '../summary.js';
import { diagnoseJobIn } from '../diagnose-job.js';
import { diagnoseNodeIn } from '../diagnose-node.js';
import { diagnosePoolIn } from '../diagnose-pool.js';
import { diagnoseTaskIn } from '../diagnose-task.js';
import { formatDiagnosisIn } from '../format.js';
import { formatSummaryIn } from '../format-summary.js';
import { languageOf } from '../language.js';
import type * as root from '../index.js';
import { esEsSummaryTexts, esEsTexts } from '../texts/es-es.js';

const language = /* @__PURE__ */ languageOf('es-es', esEsTexts, getMessage, getCategoryDescription);

/** `diagnoseTask` of the root entry, in es-es. */
export const diagnoseTask: typeof root.diagnoseTask = (task, options) => diagnoseTaskIn(language, task, options);

/** `diagnoseJob` of the root entry, in es-es. */
export const diagnoseJob: typeof root.diagnoseJob = (job, preparationAndReleaseStatus) => diagnoseJobIn(language, job, preparationAndReleaseStatus);

/** `diagnosePool` of the root entry, in es-es. */
export const diagnosePool: typeof root.diagnosePool = (pool, options) => diagnosePoolIn(language, pool, options);

/** `diagnoseNode` of the root entry, in es-es. */
export const diagnoseNode: typeof root.diagnoseNode = (node, options) => diagnoseNodeIn(language, node, options);

/** `formatDiagnosis` of the root entry, in es-es. */
export const formatDiagnosis: typeof root.formatDiagnosis = (diagnosis) => formatDiagnosisIn(esEsTexts, diagnosis);

/** `summarize` of the root entry, in es-es. */
export const summarize: typeof root.summarize = ((items: Iterable<unknown>, options?: root.SummarizeOptions) =>
  summarizeIn(language, items, options)) as typeof root.summarize;

/** `createSummarizer` of the root entry, in es-es. */
export const createSummarizer: typeof root.createSummarizer = (options) => createSummarizerIn(language, options);

/** `formatSummary` of the root entry, in es-es. */
export const formatSummary: typeof root.formatSummary = (summary) => formatSummaryIn(esEsTexts, esEsSummaryTexts, summary);
