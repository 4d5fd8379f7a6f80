export { errorFromResponse } from './response.js';
export type { BatchHttpError } from './response.js';
export { isRetryable } from './retry.js';
export { codesForStatus, reasonPhrase, statusOf, statusesOf } from './statuses.js';
export type { StatusOfOptions } from './statuses.js';
