/**
 * Error codes to HTTP statuses and back, over the generated table.
 */
import type { BatchErrorCode } from '@batch-errors/core';
import { reasonPhrases, statusesByCode } from './generated/statuses.js';

const noStatuses: readonly number[] = Object.freeze([]);
const noCodes: readonly BatchErrorCode[] = Object.freeze([]);

/**
 * The HTTP statuses an error code is documented with, in document order:
 * `[404]` for `PoolNotFound`, `[304, 412]` for `ConditionNotMet`. Empty for
 * scheduling codes (they are not HTTP responses) and unknown codes. Frozen:
 * it is the shared table's own list, which the retry policy reads too.
 */
export function statusesOf(code: string): readonly number[] {
  const statuses = typeof code === 'string' && Object.hasOwn(statusesByCode, code) ? statusesByCode[code as BatchErrorCode] : undefined;
  return statuses === undefined ? noStatuses : Object.freeze(statuses);
}

/** Options of `statusOf`. */
export interface StatusOfOptions {
  /**
   * What the request did. A code documented with several statuses answers
   * reads and writes differently: 304 Not Modified only ever answers a
   * conditional read (RFC 9110, 15.4.5), so a write gets the other status
   * (`ConditionNotMet`: 304 for reads, 412 for writes).
   */
  operation?: 'read' | 'write';
}

/**
 * The HTTP status an error code comes with: its only documented status, or,
 * for a code with several, the one for the operation (the first documented one
 * when no operation, or one it does not know, is given). Undefined for
 * scheduling and unknown codes; never throws, whatever `options` is.
 */
export function statusOf(code: string, options?: StatusOfOptions): number | undefined {
  const { operation } = readStatusOfOptions(options);
  const statuses = statusesOf(code);
  if (statuses.length <= 1 || operation === undefined) return statuses[0];
  const forReads = statuses.filter((status) => status === 304);
  const forWrites = statuses.filter((status) => status !== 304);
  return (operation === 'read' ? forReads[0] : forWrites[0]) ?? statuses[0];
}

/**
 * The options as a plain object, each field read once: a field that cannot be
 * read (a getter or proxy trap that throws, a revoked proxy) or holds no known
 * operation counts as not given, so `statusOf` answers for any options value.
 */
function readStatusOfOptions(options: unknown): StatusOfOptions {
  let operation: unknown;
  try {
    operation = (options as StatusOfOptions | undefined)?.operation;
  } catch {
    return {};
  }
  return operation === 'read' || operation === 'write' ? { operation } : {};
}

let codesByStatus: ReadonlyMap<number, readonly BatchErrorCode[]> | undefined;

/** The error codes documented with an HTTP status, in document order; empty when none is. Frozen. */
export function codesForStatus(status: number): readonly BatchErrorCode[] {
  codesByStatus ??= indexCodesByStatus();
  return codesByStatus.get(status) ?? noCodes;
}

function indexCodesByStatus(): ReadonlyMap<number, readonly BatchErrorCode[]> {
  const index = new Map<number, BatchErrorCode[]>();
  for (const [code, statuses] of Object.entries(statusesByCode) as [BatchErrorCode, readonly number[]][]) {
    for (const status of statuses) {
      const codes = index.get(status);
      if (codes) codes.push(code);
      else index.set(status, [code]);
    }
  }
  for (const codes of index.values()) Object.freeze(codes);
  return index;
}

/**
 * The standard reason phrase of any registered HTTP status (`Not Found` for
 * 404, `Too Many Requests` for 429, `Bad Gateway` for 502), from the IANA
 * registry as the `statuses` package has it; for a status the docs use, the
 * standard phrase whichever spelling the docs chose (`NotFound`). Undefined
 * for a number no registry entry has.
 */
export function reasonPhrase(status: number): string | undefined {
  return typeof status === 'number' && Object.hasOwn(reasonPhrases, status) ? reasonPhrases[status] : undefined;
}
