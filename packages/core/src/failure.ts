/**
 * Why a task or job failed after submission: the `failureInfo` of a task (or
 * of a job preparation or release task) and the `schedulingError` of a job
 * share one shape (`category`, `code`, `message`, `details`).
 */
import { type ErrorCategory, errorCategories } from './generated/categories.js';
import { type BatchErrorDetail, isRecord, type OpenBatchErrorCode, readDetails } from './response.js';

/** Categories as the REST API sends them (`usererror`), besides the documented spelling. */
export type WireErrorCategory = ErrorCategory | 'usererror' | 'servererror';

/** A `failureInfo` or `schedulingError`, normalized. */
export interface BatchFailureInfo {
  /** `UserError` or `ServerError`, whatever casing the service used; absent when unrecognised. */
  category?: ErrorCategory;
  code?: OpenBatchErrorCode;
  message?: string;
  /** Name-value details (the REST API's `details`, or the docs sample's `values`), as `{ key, value }`; the first 1,000 entries are read. */
  details: BatchErrorDetail[];
}

/** The documented category for any casing of it (`usererror`, `USERERROR`); undefined otherwise. */
export function parseErrorCategory(value: unknown): ErrorCategory | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return errorCategories.find((category) => category.toLowerCase() === lower);
}

/**
 * Reads a `failureInfo` / `schedulingError` / `preProcessingError` object, a
 * JSON string of one, or an object wrapping one under those names. Undefined
 * when it has neither a category nor a code; never throws.
 */
export function parseFailureInfo(value: unknown): BatchFailureInfo | undefined {
  try {
    return readFailure(typeof value === 'string' ? JSON.parse(value) : value, 0);
  } catch {
    return undefined;
  }
}

const wrapperKeys = ['failureInfo', 'schedulingError', 'preProcessingError'] as const;

function readFailure(value: unknown, depth: number): BatchFailureInfo | undefined {
  if (!isRecord(value)) return undefined;
  if (depth === 0) {
    const wrapped = wrapperKeys.map((key) => value[key]).find(isRecord);
    if (wrapped && value['code'] === undefined && value['category'] === undefined) return readFailure(wrapped, depth + 1);
  }
  const category = parseErrorCategory(value['category']);
  const code = typeof value['code'] === 'string' && value['code'] !== '' ? value['code'] : undefined;
  if (category === undefined && code === undefined) return undefined;
  const failure: BatchFailureInfo = { details: readDetails(value['details'] ?? value['values']) };
  if (category !== undefined) failure.category = category;
  if (code !== undefined) failure.code = code;
  if (typeof value['message'] === 'string') failure.message = value['message'];
  return failure;
}
