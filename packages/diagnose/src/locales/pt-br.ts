/**
 * `@batch-errors/diagnose/pt-br`: the diagnose functions in pt-br alone, without
 * the other locales or the locale matcher. Same calls as the root entry; the
 * `locale` option is ignored.
 */
import { getCategoryDescription, getMessage } from '@batch-errors/messages/pt-br';
import { createSummarizerIn, summarizeIn } from '../summary.js';
import { diagnoseJobIn } from '../diagnose-job.js';
import { diagnoseNodeIn } from '../diagnose-node.js';
import { diagnosePoolIn } from '../diagnose-pool.js';
import { diagnoseTaskIn } from '../diagnose-task.js';
import { formatDiagnosisIn } from '../format.js';
import { formatSummaryIn } from '../format-summary.js';
import { languageOf } from '../language.js';
import type * as root from '../index.js';
import { ptBrSummaryTexts, ptBrTexts } from '../texts/pt-br.js';

const language = /* @__PURE__ */ languageOf('pt-br', ptBrTexts, getMessage, getCategoryDescription);

/** `diagnoseTask` of the root entry, in pt-br. */
export const diagnoseTask: typeof root.diagnoseTask = (task, options) => diagnoseTaskIn(language, task, options);

/** `diagnoseJob` of the root entry, in pt-br. */
export const diagnoseJob: typeof root.diagnoseJob = (job, preparationAndReleaseStatus) => diagnoseJobIn(language, job, preparationAndReleaseStatus);

/** `diagnosePool` of the root entry, in pt-br. */
export const diagnosePool: typeof root.diagnosePool = (pool, options) => diagnosePoolIn(language, pool, options);

/** `diagnoseNode` of the root entry, in pt-br. */
export const diagnoseNode: typeof root.diagnoseNode = (node, options) => diagnoseNodeIn(language, node, options);

/** `formatDiagnosis` of the root entry, in pt-br. */
export const formatDiagnosis: typeof root.formatDiagnosis = (diagnosis) => formatDiagnosisIn(ptBrTexts, diagnosis);

/** `summarize` of the root entry, in pt-br. */
export const summarize: typeof root.summarize = ((items: Iterable<unknown>, options?: root.SummarizeOptions) =>
  summarizeIn(language, items, options)) as typeof root.summarize;

/** `createSummarizer` of the root entry, in pt-br. */
export const createSummarizer: typeof root.createSummarizer = (options) => createSummarizerIn(language, options);

/** `formatSummary` of the root entry, in pt-br. */
export const formatSummary: typeof root.formatSummary = (summary) => formatSummaryIn(ptBrTexts, ptBrSummaryTexts, summary);
