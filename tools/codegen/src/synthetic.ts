/**
 * Synthetic docs of any size, for benchmarks and large-input tests: a model
 * with `codeCount` distinct codes spread over the four tables like the real
 * page (about 27% common, 57% Batch service, 6% job, 10% task scheduling),
 * rendered as a real page would be. Deterministic: the same count gives the
 * same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sourceLocale, statusCodesDocument } from './documents.js';
import { type BatchErrorModel, type ErrorCategory, modelVersion, type SourceLocation } from './model.js';
import { renderStatusCodesPage } from './render.js';

const statuses: readonly [number, string][] = [
  [400, 'Bad Request'],
  [404, 'Not Found'],
  [409, 'Conflict'],
  [403, 'Forbidden'],
  [500, 'Internal Server Error'],
  [503, 'Service Unavailable'],
];
const subjects = ['pool', 'node', 'job', 'task', 'job schedule', 'certificate', 'application package', 'file'];
const states = ['does not exist', 'is being deleted', 'already exists', 'is not in a valid state', 'has reached its quota', 'is disabled'];

export function syntheticModel(codeCount: number): BatchErrorModel {
  const source: SourceLocation = { file: 'synthetic', line: 1, column: 1 };
  const counts = {
    common: Math.round(codeCount * 0.27),
    batchService: Math.round(codeCount * 0.57),
    jobScheduling: Math.round(codeCount * 0.06),
  };
  const taskCount = Math.max(1, codeCount - counts.common - counts.batchService - counts.jobScheduling);
  let next = 0;
  const message = (index: number) =>
    `The specified ${subjects[index % subjects.length]} number ${index} ${states[index % states.length]}; check the request and try again.`;
  const restEntries = (count: number) =>
    Array.from({ length: Math.max(1, count) }, () => {
      const index = next++;
      const [status, statusText] = statuses[index % statuses.length] ?? [400, 'Bad Request'];
      return { code: `SyntheticError${index}`, variants: [{ status, statusText, message: message(index), source, duplicates: [] }] };
    });
  const schedulingEntries = (count: number) =>
    Array.from({ length: Math.max(1, count) }, () => {
      const index = next++;
      const category: ErrorCategory = index % 3 === 0 ? 'ServerError' : 'UserError';
      return { code: `SyntheticError${index}`, category, message: message(index), source, duplicates: [] };
    });
  return {
    version: modelVersion,
    document: { file: 'synthetic', locale: sourceLocale, title: 'Batch Status and Error Codes', msDate: '02/01/2017', url: 'https://example.invalid/' },
    tables: [
      { id: 'common', kind: 'rest', title: 'Common REST API Error Codes', source, rowCount: 0, entries: restEntries(counts.common) },
      { id: 'batchService', kind: 'rest', title: 'Batch Service Error Codes', source, rowCount: 0, entries: restEntries(counts.batchService) },
      {
        id: 'jobScheduling',
        kind: 'scheduling',
        title: 'Job/Task Scheduling Error Codes',
        source,
        rowCount: 0,
        entries: schedulingEntries(counts.jobScheduling),
      },
      { id: 'taskScheduling', kind: 'scheduling', title: 'Job/Task Scheduling Error Codes', source, rowCount: 0, entries: schedulingEntries(taskCount) },
    ],
    categories: [
      { category: 'UserError', description: 'Errors in the task specification provided by the user.', source },
      { category: 'ServerError', description: 'Errors encountered by the Batch service that prevent it from scheduling the task.', source },
    ],
    samples: [],
    translations: [],
    knownCodes: { file: 'docs-source/known-codes.json', lists: [] },
  };
}

/** Writes `<docsDir>/<locale>/batch-status-and-error-codes.md` for each locale; returns the page's size in bytes. */
export async function writeSyntheticDocs(docsDir: string, codeCount: number, locales: readonly string[] = [sourceLocale]): Promise<number> {
  const page = renderStatusCodesPage(syntheticModel(codeCount));
  for (const locale of locales) {
    await mkdir(path.join(docsDir, locale), { recursive: true });
    await writeFile(path.join(docsDir, locale, statusCodesDocument.fileName), page);
  }
  return Buffer.byteLength(page);
}
