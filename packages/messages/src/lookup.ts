/**
 * Lookups over catalogs you pass: `@batch-errors/messages/lookup` with
 * `@batch-errors/messages/de-de` bundles German and nothing else.
 */
import type { ErrorCategory, ErrorTable } from '@batch-errors/core';
import type { MessageCatalog, MessageEntry } from './catalog.js';
import { readOptions } from './options.js';

/** Which row of a code to read: by table, and by status for a code documented with several. */
export interface LookupOptions {
  /** Which table's row to read, for a code listed in two tables (`JobBeingTerminated`, `Unknown`). Defaults to the first table listing the code. */
  table?: ErrorTable;
  /** Which status variant to read, for a code documented with several statuses (`ConditionNotMet`: 304 or 412). Defaults to the first documented row; a status the code does not have also gives the first row. */
  status?: number;
}

/** One catalog, or several tried in order (a locale, then its fallback). */
export type Catalogs = MessageCatalog | readonly MessageCatalog[];

const lookupOptionKeys = ['table', 'status'] as const;

/**
 * The message of `code` in the first catalog that has it; undefined when none
 * does, or when a catalog cannot be read. Never throws, whatever `options` is.
 *
 * @example messageIn([deDeCatalog, enUsCatalog], 'PoolNotFound') // "Der angegebene Pool ist nicht vorhanden."
 */
export function messageIn(catalogs: Catalogs, code: string, options?: LookupOptions): string | undefined {
  if (typeof code !== 'string') return undefined;
  const { table: wantedTable, status } = readOptions(options, lookupOptionKeys);
  try {
    for (const catalog of asList(catalogs)) {
      for (const [table, messages] of Object.entries(catalog.tables)) {
        if (wantedTable !== undefined && wantedTable !== table) continue;
        if (messages && Object.hasOwn(messages, code)) return pickVariant(messages[code], status);
      }
    }
  } catch {
    // A catalog that cannot be read (a proxy whose traps throw) has no message.
  }
  return undefined;
}

/** The description of a scheduling error category in the first catalog that has it; undefined when none does. Never throws. */
export function categoryDescriptionIn(catalogs: Catalogs, category: string): string | undefined {
  if (typeof category !== 'string') return undefined;
  try {
    for (const catalog of asList(catalogs)) {
      if (Object.hasOwn(catalog.categories, category)) return catalog.categories[category as ErrorCategory];
    }
  } catch {
    // A catalog that cannot be read has no description.
  }
  return undefined;
}

function asList(catalogs: Catalogs): readonly MessageCatalog[] {
  return Array.isArray(catalogs) ? catalogs : [catalogs as MessageCatalog];
}

function pickVariant(entry: MessageEntry | undefined, status: number | undefined): string | undefined {
  if (entry === undefined || typeof entry === 'string') return entry;
  return (entry.find((variant) => variant.status === status) ?? entry[0])?.message;
}
