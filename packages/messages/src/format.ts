/**
 * One readable sentence for an error body: the documented message of its code
 * in the reader's language, with the body's details.
 */
import { type BatchErrorDetail, type ErrorTable, parseBatchErrorResponse } from '@batch-errors/core';
import { getMessage } from './get-message.js';
import { type LocalePreference, maxTagLength, negotiateLocale } from './negotiate.js';
import { readOptions } from './options.js';

const formatOptionKeys = ['locale', 'preferResponseMessage', 'status', 'table', 'includeCode'] as const;

/** Options of `formatBatchError`: the reader's language, which message to prefer, and how to pick a row. */
export interface FormatBatchErrorOptions {
  /** The reader's language (a BCP 47 tag, a list, or an Accept-Language value). Default English. */
  locale?: LocalePreference;
  /** Use the body's own message when it is already in the reader's language (its `message.lang`). Default false: the documented message. */
  preferResponseMessage?: boolean;
  /** The response's HTTP status: picks the documented message of a code with several (`ConditionNotMet`). */
  status?: number;
  /** Which table's message, for a code in two tables. */
  table?: ErrorTable;
  /** Start with the code: `PoolNotFound: The specified pool does not exist.` Default false. */
  includeCode?: boolean;
}

/**
 * Renders an error body (parsed, or raw: text, bytes, JSON) as one sentence:
 * the documented message of its code, or the body's own first line for a code
 * the docs do not list, followed by its details in parentheses. Undefined when
 * the input is not an error body. Never throws, whatever `options` is; reads
 * only the first line of a long message, and only when it uses it.
 *
 * @example formatBatchError(body)
 * // "An invalid value was specified for one of the query parameters in the request URI (QueryParameterName: state, QueryParameterValue: deleted, Reason: invalid state)."
 */
export function formatBatchError(response: unknown, options?: FormatBatchErrorOptions): string | undefined {
  const { locale, preferResponseMessage, status, table, includeCode } = readOptions(options, formatOptionKeys);
  const parsed = parseBatchErrorResponse(response);
  if (!parsed) return undefined;
  const reader = negotiateLocale(locale);
  // The body's own text is read only when it is used: it may be megabytes long.
  const own = () => firstLine(parsed.message?.value);
  const documented = getMessage(parsed.code, {
    locale: reader,
    ...(status === undefined ? {} : { status }),
    ...(table === undefined ? {} : { table }),
  });
  const sentence = (preferResponseMessage && isInLocale(parsed.message?.lang, reader) ? own() : undefined) ?? documented ?? own() ?? parsed.code;
  const withDetails = parsed.values.length === 0 ? sentence : appendDetails(sentence, parsed.values);
  return includeCode ? `${parsed.code}: ${withDetails}` : withDetails;
}

/**
 * Whether a body's `lang` is the reader's locale; a language negotiation only falls back to English from is not English.
 * A `lang` longer than any language tag is none, and is not read further.
 */
function isInLocale(lang: string | undefined, locale: string): boolean {
  if (lang === undefined || lang.length > maxTagLength || negotiateLocale(lang) !== locale) return false;
  return locale !== 'en-us' || lang.trim().toLowerCase().split(/[-_]/)[0] === 'en';
}

/** Details go before the sentence's full stop, which stays the one the language uses. */
function appendDetails(sentence: string, details: readonly BatchErrorDetail[]): string {
  const stop = /[.。．]$/u.exec(sentence.trimEnd())?.[0] ?? '.';
  const base = sentence.trimEnd().replace(/[.。．]$/u, '');
  return `${base} (${details.map((detail) => `${detail.key}: ${detail.value}`).join(', ')})${stop}`;
}

/** The message up to its first line break, without the service's `RequestId:` and `Time:` lines; reads no further. */
function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const end = text.indexOf('\n');
  const line = (end === -1 ? text : text.slice(0, end)).trim();
  return line === '' ? undefined : line;
}
