/**
 * Error bodies of the Batch REST API: the documented shape, and a parser that
 * accepts what services and SDKs actually hand you and never throws.
 */
import type { BatchErrorCode } from './generated/codes.js';

/**
 * A documented code, or a code the docs do not list yet: new service codes
 * type-check, while documented ones still autocomplete.
 */
export type OpenBatchErrorCode = BatchErrorCode | (string & {});

/** The error message of a response: its text and the language it is written in. */
export interface BatchErrorMessage {
  /** Language of `value`, such as `en-us`. */
  lang: string;
  /** The message text. */
  value: string;
}

/** One piece of additional detail about an error, such as the name of an invalid query parameter. */
export interface BatchErrorDetail {
  /** What the value describes, such as `QueryParameterName` or `Reason`. */
  key: string;
  value: string;
}

/**
 * An error response body of the Batch REST API, as documented:
 * `{ "code": "InvalidQueryParameterValue", "message": { "lang": "en-us", "value": "…" }, "values": [{ "key": "…", "value": "…" }] }`.
 */
export interface BatchErrorResponse {
  /** The error code; a documented one, or a newer code the docs do not list yet. */
  code: OpenBatchErrorCode;
  message: BatchErrorMessage;
  /** Additional details, when the service sends them. */
  values?: BatchErrorDetail[];
}

/** An error body read by {@link parseBatchErrorResponse}: every shape normalized to one. */
export interface ParsedBatchErrorResponse {
  code: OpenBatchErrorCode;
  /** The message as sent; `lang` is absent when the body gave only text. */
  message?: { lang?: string; value: string };
  /**
   * Always a list (empty when the body had none); `{ name, value }` entries are
   * read as `{ key, value }`. Only the first 1,000 entries of the body's list
   * are read (see {@link parseBatchErrorResponse}).
   */
  values: BatchErrorDetail[];
  /** The service's request id, from the message's `RequestId:` line. */
  requestId?: string;
  /** When the service answered, from the message's `Time:` line. */
  time?: string;
}

/**
 * Reads an error body of the Batch REST API: a JSON string, bytes, an object,
 * or one wrapped in `odata.error` (or `error`). Both shapes of `values` in the
 * docs (a list of `{ key, value }`, a single `{ name, value }`) become a list
 * of `{ key, value }`. Returns `undefined` for anything that is not an error
 * body; never throws, whatever the input.
 *
 * Work is bounded by what a real body holds: only the first 1,000 entries of
 * `values` are read (the service sends a handful; an array of length 2³²−1
 * would otherwise be walked hole by hole), so `values` has at most 1,000
 * details.
 */
export function parseBatchErrorResponse(body: unknown): ParsedBatchErrorResponse | undefined {
  try {
    return readBody(body, 0);
  } catch {
    return undefined;
  }
}

function readBody(body: unknown, depth: number): ParsedBatchErrorResponse | undefined {
  if (typeof body === 'string') return readBody(parseJson(body), depth);
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return readBody(parseJson(new TextDecoder().decode(body)), depth);
  if (!isRecord(body)) return undefined;
  const wrapped = body['odata.error'] ?? body['error'];
  if (isRecord(wrapped) && depth < 2) return readBody(wrapped, depth + 1);

  const code = body['code'];
  if (typeof code !== 'string' || code.trim() === '') return undefined;
  const parsed: ParsedBatchErrorResponse = { code, values: readDetails(body['values'] ?? body['details']) };
  const message = readMessage(body['message']);
  if (message) {
    parsed.message = message;
    const requestId = /^RequestId:\s*(\S+)\s*$/m.exec(message.value)?.[1];
    const time = /^Time:\s*(\S+)\s*$/m.exec(message.value)?.[1];
    if (requestId !== undefined) parsed.requestId = requestId;
    if (time !== undefined) parsed.time = time;
  }
  return parsed;
}

function readMessage(message: unknown): ParsedBatchErrorResponse['message'] {
  if (typeof message === 'string') return { value: message };
  if (!isRecord(message)) return undefined;
  // Each property is read once: a getter may answer differently the second time.
  const value = message['value'];
  if (typeof value !== 'string') return undefined;
  const lang = message['lang'];
  return typeof lang === 'string' ? { lang, value } : { value };
}

/** How many entries of a `values` (or `details`) list are read at most; the rest are ignored. */
export const maxDetailEntries = 1000;

/**
 * `{ key, value }` or `{ name, value }` entries, one or a list; entries without
 * a key are dropped. Reads the first {@link maxDetailEntries} entries of a
 * list, by index: its length may be 2³²−1 with nothing in it.
 */
export function readDetails(value: unknown): BatchErrorDetail[] {
  const entries: readonly unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const count = Math.min(entries.length, maxDetailEntries);
  const details: BatchErrorDetail[] = [];
  for (let index = 0; index < count; index++) {
    const entry = entries[index];
    if (!isRecord(entry)) continue;
    const key = entry['key'] ?? entry['name'];
    const detail = entry['value'];
    if (typeof key !== 'string') continue;
    if (typeof detail === 'string') details.push({ key, value: detail });
    else if (typeof detail === 'number' || typeof detail === 'boolean') details.push({ key, value: String(detail) });
  }
  return details;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
