/**
 * Type guards and lookups over the generated code tables.
 */
import {
  type BatchErrorCode,
  type BatchServiceErrorCode,
  batchServiceErrorCodes,
  type CommonErrorCode,
  commonErrorCodes,
  errorCodes,
  type JobSchedulingErrorCode,
  jobSchedulingErrorCodes,
  type TaskSchedulingErrorCode,
  taskSchedulingErrorCodes,
} from './generated/codes.js';
import { type ErrorCategory, errorCategories, jobSchedulingCategories, taskSchedulingCategories } from './generated/categories.js';

const knownCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set(errorCodes);
const commonCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set(commonErrorCodes);
const batchServiceCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set(batchServiceErrorCodes);
const jobSchedulingCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set(jobSchedulingErrorCodes);
const taskSchedulingCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set(taskSchedulingErrorCodes);

/** True when `value` is an error code the docs list (in any table). Case-sensitive, as the service is. */
export function isBatchErrorCode(value: unknown): value is BatchErrorCode {
  return knownCodes.has(value);
}

/** True when `value` is a code of the table "Common REST API error codes". */
export function isCommonErrorCode(value: unknown): value is CommonErrorCode {
  return commonCodes.has(value);
}

/** True when `value` is a code of the table "Batch service error codes". */
export function isBatchServiceErrorCode(value: unknown): value is BatchServiceErrorCode {
  return batchServiceCodes.has(value);
}

/** True when `value` is a code of the table "Job scheduling error codes". */
export function isJobSchedulingErrorCode(value: unknown): value is JobSchedulingErrorCode {
  return jobSchedulingCodes.has(value);
}

/** True when `value` is a code of the table "Task scheduling error codes". */
export function isTaskSchedulingErrorCode(value: unknown): value is TaskSchedulingErrorCode {
  return taskSchedulingCodes.has(value);
}

/** True when `value` is `UserError` or `ServerError`, exactly as documented. */
export function isErrorCategory(value: unknown): value is ErrorCategory {
  return (errorCategories as readonly unknown[]).includes(value);
}

export interface CategoryOfOptions {
  /** Which scheduling table to read, for a code listed in both; defaults to job scheduling, then task scheduling. */
  table?: 'jobScheduling' | 'taskScheduling';
}

/**
 * The category (`UserError` or `ServerError`) of a job or task scheduling code;
 * undefined for codes that are not scheduling codes.
 */
export function categoryOf(code: JobSchedulingErrorCode | TaskSchedulingErrorCode, options?: CategoryOfOptions): ErrorCategory;
export function categoryOf(code: string, options?: CategoryOfOptions): ErrorCategory | undefined;
export function categoryOf(code: string, options?: CategoryOfOptions): ErrorCategory | undefined {
  const { table } = readCategoryOfOptions(options);
  const fromJob = table !== 'taskScheduling' && isJobSchedulingErrorCode(code) ? jobSchedulingCategories[code] : undefined;
  if (fromJob !== undefined) return fromJob;
  return table !== 'jobScheduling' && isTaskSchedulingErrorCode(code) ? taskSchedulingCategories[code] : undefined;
}

/**
 * The options as a plain object, each field read once: a field that cannot be
 * read (a getter or proxy trap that throws, a revoked proxy) or holds no known
 * table counts as not given, so `categoryOf` answers for any options value.
 */
function readCategoryOfOptions(options: unknown): CategoryOfOptions {
  let table: unknown;
  try {
    table = (options as CategoryOfOptions | undefined)?.table;
  } catch {
    return {};
  }
  return table === 'jobScheduling' || table === 'taskScheduling' ? { table } : {};
}
