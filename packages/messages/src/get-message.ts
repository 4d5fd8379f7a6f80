/**
 * Looking up messages in a catalog.
 */
import type { BatchErrorCode, ErrorCategory, ErrorTable } from '@batch-errors/core';
import type { MessageCatalog, MessageEntry } from './catalog.js';
import { enUsCatalog } from './generated/en-us.js';

export interface GetMessageOptions {
  /** Which table's row to read, for a code listed in two tables (`JobBeingTerminated`, `Unknown`). Defaults to the first table listing the code. */
  table?: ErrorTable;
  /** Which status variant to read, for a code documented with several statuses (`ConditionNotMet`: 304 or 412). Defaults to the first documented row; a status the code does not have also gives the first row. */
  status?: number;
}

/**
 * The documented user message of an error code, in English; `undefined` for a
 * code the docs do not list (or not in the requested table).
 *
 * @example getMessage('PoolNotFound') // "The specified pool does not exist."
 * @example getMessage('ConditionNotMet', { status: 412 }) // "… was not met for a write operation."
 */
export function getMessage(code: BatchErrorCode, options?: Omit<GetMessageOptions, 'table'>): string;
export function getMessage(code: string, options?: GetMessageOptions): string | undefined;
export function getMessage(code: string, options: GetMessageOptions = {}): string | undefined {
  return messageIn(enUsCatalog, code, options);
}

/** The documented description of a scheduling error category, in English. */
export function getCategoryDescription(category: ErrorCategory): string;
export function getCategoryDescription(category: string): string | undefined;
export function getCategoryDescription(category: string): string | undefined {
  return Object.hasOwn(enUsCatalog.categories, category) ? enUsCatalog.categories[category as ErrorCategory] : undefined;
}

/** The message of `code` in one catalog, following the options' table and status. */
export function messageIn(catalog: MessageCatalog, code: string, options: GetMessageOptions = {}): string | undefined {
  for (const [table, messages] of Object.entries(catalog.tables)) {
    if (options.table !== undefined && options.table !== table) continue;
    if (messages && Object.hasOwn(messages, code)) return pickVariant(messages[code], options.status);
  }
  return undefined;
}

function pickVariant(entry: MessageEntry | undefined, status: number | undefined): string | undefined {
  if (entry === undefined || typeof entry === 'string') return entry;
  return (entry.find((variant) => variant.status === status) ?? entry[0])?.message;
}
