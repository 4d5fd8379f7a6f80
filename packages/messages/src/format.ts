/**
 * One readable sentence for an error body: the documented message of its code
 * with the body's details.
 */
import { type BatchErrorDetail, type ErrorTable, parseBatchErrorResponse } from '@batch-errors/core';
import { getMessage } from './get-message.js';

export interface FormatBatchErrorOptions {
  /** The response's HTTP status: picks the documented message of a code with several (`ConditionNotMet`). */
  status?: number;
  /** Which table's message, for a code in two tables. */
  table?: ErrorTable;
  /** Start with the code: `PoolNotFound: The specified pool does not exist.` Default false. */
  includeCode?: boolean;
}

/**
 * Renders an error body (parsed, or raw: text, bytes, JSON) as one sentence:
 * the documented message of its code, or the body's own message for a code
 * the docs do not list, followed by its details in parentheses. Undefined when
 * the input is not an error body.
 *
 * @example formatBatchError(body)
 * // "An invalid value was specified for one of the query parameters in the request URI (QueryParameterName: state, QueryParameterValue: deleted, Reason: invalid state)."
 */
export function formatBatchError(response: unknown, options: FormatBatchErrorOptions = {}): string | undefined {
  const parsed = parseBatchErrorResponse(response);
  if (!parsed) return undefined;
  const lookup = { ...(options.status === undefined ? {} : { status: options.status }), ...(options.table === undefined ? {} : { table: options.table }) };
  const sentence = getMessage(parsed.code, lookup) ?? firstLine(parsed.message?.value) ?? `The Batch service returned the error ${parsed.code}`;
  const withDetails = parsed.values.length === 0 ? sentence : `${withoutFullStop(sentence)} (${describeDetails(parsed.values)}).`;
  return options.includeCode ? `${parsed.code}: ${withDetails}` : withDetails;
}

function describeDetails(details: readonly BatchErrorDetail[]): string {
  return details.map((detail) => `${detail.key}: ${detail.value}`).join(', ');
}

/** The message without the service's `RequestId:` and `Time:` lines. */
function firstLine(text: string | undefined): string | undefined {
  const line = text?.split(/\r?\n/)[0]?.trim();
  return line === '' ? undefined : line;
}

function withoutFullStop(sentence: string): string {
  return sentence.replace(/[.。．]\s*$/u, '');
}
