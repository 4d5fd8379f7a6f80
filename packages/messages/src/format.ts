/**
 * One readable sentence for an error body: the documented message of its code
 * in the reader's language, with the body's details.
 */
import { type BatchErrorDetail, type ErrorTable, isUndocumentedKnownCode, parseBatchErrorResponse } from '@batch-errors/core';
import { getMessage } from './get-message.js';
import { type LocalePreference, maxTagLength, negotiateLocale } from './negotiate.js';
import { readOptions } from './options.js';
import { undocumentedKnownNote } from './undocumented.js';

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
 * What one sentence shows at most: a body may carry 1,000 details of
 * megabytes each, and their whole text would pass the longest string
 * JavaScript can hold. Longer texts end in `…`; details past the count are
 * one `…`.
 */
const shown = { details: 25, keyLength: 100, valueLength: 500, lineLength: 2000, codeLength: 200 } as const;

/**
 * Renders an error body (parsed, or raw: text, bytes, JSON) as one sentence:
 * the documented message of its code, or the body's own first line for a code
 * the docs do not list, followed by its details in parentheses; for a code the
 * official SDKs know and the docs do not, a second line says so in the
 * reader's language ("(undocumented; known to the official SDKs)"). Undefined when
 * the input is not an error body. Never throws, whatever `options` is; reads
 * only the first line of a long message, and only when it uses it.
 *
 * The sentence stays short whatever the body holds: at most 25 details (then
 * `…`), keys cut at 100 characters, values at 500, the body's own line at
 * 2,000 and a code at 200 (each cut ends in `…`).
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
  const code = shorten(parsed.code, shown.codeLength);
  const sentence = (preferResponseMessage && isInLocale(parsed.message?.lang, reader) ? own() : undefined) ?? documented ?? own() ?? code;
  const withDetails = parsed.values.length === 0 ? sentence : appendDetails(sentence, parsed.values);
  const line = includeCode ? `${code}: ${withDetails}` : withDetails;
  // A code the docs do not list but the official SDKs do is real: say so, on a line of its own.
  return isUndocumentedKnownCode(parsed.code) ? `${line}\n${undocumentedKnownNote[reader] ?? undocumentedKnownNote['en-us']}` : line;
}

/**
 * Whether a body's `lang` is the reader's locale; a language negotiation only falls back to English from is not English.
 * A `lang` longer than any language tag is none, and is not read further.
 */
function isInLocale(lang: string | undefined, locale: string): boolean {
  if (lang === undefined || lang.length > maxTagLength || negotiateLocale(lang) !== locale) return false;
  return locale !== 'en-us' || lang.trim().toLowerCase().split(/[-_]/)[0] === 'en';
}

/** Details go before the sentence's full stop, which stays the one the language uses; at most `shown.details` of them. */
function appendDetails(sentence: string, details: readonly BatchErrorDetail[]): string {
  const stop = /[.。．]$/u.exec(sentence.trimEnd())?.[0] ?? '.';
  const base = sentence.trimEnd().replace(/[.。．]$/u, '');
  const listed = details.slice(0, shown.details).map((detail) => `${shorten(detail.key, shown.keyLength)}: ${shorten(detail.value, shown.valueLength)}`);
  if (details.length > shown.details) listed.push('…');
  return `${base} (${listed.join(', ')})${stop}`;
}

/** The message up to its first line break, without the service's `RequestId:` and `Time:` lines; reads no further than a line is shown. */
function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const head = text.slice(0, shown.lineLength + 1);
  const end = head.indexOf('\n');
  const line = shorten((end === -1 ? head : head.slice(0, end)).trim(), shown.lineLength);
  return line === '' ? undefined : line;
}

/** At most `length` characters, the last one `…` when cut; never half of a surrogate pair. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
