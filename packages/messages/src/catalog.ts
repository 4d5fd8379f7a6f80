/**
 * The shape of a locale's message catalog, as the generator writes it.
 */
import type { ErrorCategory, ErrorTable } from '@batch-errors/core';

/** The message of one status variant of a code documented with several statuses. */
export interface StatusMessage {
  readonly status: number;
  readonly message: string;
}

/**
 * A code's message: the text, or, for a code documented with several statuses
 * (`ConditionNotMet`), one message per status in document order.
 */
export type MessageEntry = string | readonly StatusMessage[];

/** Every user message of one locale. */
export interface MessageCatalog {
  /** BCP 47 tag, lower case (`en-us`). */
  readonly locale: string;
  /** Messages by table, then by code, in document order. */
  readonly tables: { readonly [Table in ErrorTable]?: { readonly [code: string]: MessageEntry } };
  /** What each scheduling error category means. */
  readonly categories: { readonly [Category in ErrorCategory]?: string };
}
