/**
 * Messages in any shipped locale, from the package root (which carries every
 * catalog; see `./lookup` and the per-locale modules to carry only one).
 */
import type { BatchErrorCode, ErrorCategory } from '@batch-errors/core';
import { catalogsByLocale } from './generated/catalogs.js';
import { enUsCatalog } from './generated/en-us.js';
import { categoryDescriptionIn, type LookupOptions, messageIn } from './lookup.js';
import { type LocalePreference, negotiateLocale } from './negotiate.js';
import { readOptions } from './options.js';

const getMessageOptionKeys = ['locale', 'table', 'status'] as const;
const localeOptionKeys = ['locale'] as const;

/** Options of `getMessage`: the reader's language, and which row of a code to read. */
export interface GetMessageOptions extends LookupOptions {
  /** The reader's language: a BCP 47 tag, a list, or an Accept-Language value. Rows a translation lacks fall back to English. Default English. */
  locale?: LocalePreference;
}

/**
 * The documented user message of an error code; `undefined` for a code the
 * docs do not list (or not in the requested table). Never throws, whatever
 * `options` is: a field it cannot read counts as not given.
 *
 * @example getMessage('PoolNotFound') // "The specified pool does not exist."
 * @example getMessage('PoolNotFound', { locale: 'de-AT' }) // "Der angegebene Pool ist nicht vorhanden."
 */
export function getMessage(code: BatchErrorCode, options?: Omit<GetMessageOptions, 'table'>): string;
export function getMessage(code: string, options?: GetMessageOptions): string | undefined;
export function getMessage(code: string, options?: GetMessageOptions): string | undefined {
  const { locale, ...lookup } = readOptions(options, getMessageOptionKeys);
  return messageIn([catalogsByLocale[negotiateLocale(locale)], enUsCatalog], code, lookup);
}

/** The documented description of a scheduling error category, in the reader's language; `undefined` for anything else. Never throws. */
export function getCategoryDescription(category: ErrorCategory, options?: { locale?: LocalePreference }): string;
export function getCategoryDescription(category: string, options?: { locale?: LocalePreference }): string | undefined;
export function getCategoryDescription(category: string, options?: { locale?: LocalePreference }): string | undefined {
  const { locale } = readOptions(options, localeOptionKeys);
  return categoryDescriptionIn([catalogsByLocale[negotiateLocale(locale)], enUsCatalog], category);
}
