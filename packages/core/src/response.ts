/**
 * The JSON body the Batch REST API returns with an error status, as documented
 * in "Batch Status and Error Codes".
 */
import type { BatchErrorCode } from './generated/codes.js';

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
 * An error response body of the Batch REST API:
 * `{ "code": "InvalidQueryParameterValue", "message": { "lang": "en-us", "value": "…" }, "values": [{ "key": "…", "value": "…" }] }`.
 */
export interface BatchErrorResponse {
  /** The error code; a documented one, or a newer code the docs do not list yet. */
  code: BatchErrorCode | (string & {});
  message: BatchErrorMessage;
  /** Additional details, when the service sends them. */
  values?: BatchErrorDetail[];
}
