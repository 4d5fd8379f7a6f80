/**
 * Error codes to HTTP statuses and back, over the generated table.
 */
import type { BatchErrorCode } from '@batch-errors/core';
import { reasonPhrases, statusesByCode } from './generated/statuses.js';

const noStatuses: readonly number[] = Object.freeze([]);

/**
 * The HTTP statuses an error code is documented with, in document order:
 * `[404]` for `PoolNotFound`, `[304, 412]` for `ConditionNotMet`. Empty for
 * scheduling codes (they are not HTTP responses) and unknown codes.
 */
export function statusesOf(code: string): readonly number[] {
  return (typeof code === 'string' && Object.hasOwn(statusesByCode, code) ? statusesByCode[code as BatchErrorCode] : undefined) ?? noStatuses;
}

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
 * when no operation is given). Undefined for scheduling and unknown codes.
 */
export function statusOf(code: string, options: StatusOfOptions = {}): number | undefined {
  const statuses = statusesOf(code);
  const operation = options?.operation;
  if (statuses.length <= 1 || operation === undefined) return statuses[0];
  const forReads = statuses.filter((status) => status === 304);
  const forWrites = statuses.filter((status) => status !== 304);
  return (operation === 'read' ? forReads[0] : forWrites[0]) ?? statuses[0];
}

let codesByStatus: ReadonlyMap<number, readonly BatchErrorCode[]> | undefined;

/** The error codes documented with an HTTP status, in document order; empty when none is. */
export function codesForStatus(status: number): readonly BatchErrorCode[] {
  codesByStatus ??= indexCodesByStatus();
  return codesByStatus.get(status) ?? [];
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
 * The standard reason phrase of a status the docs use (`Not Found` for 404),
 * whichever spelling the docs chose (`NotFound`, `Not Found`); undefined for
 * statuses no documented code has.
 */
export function reasonPhrase(status: number): string | undefined {
  return typeof status === 'number' && Object.hasOwn(reasonPhrases, status) ? reasonPhrases[status] : undefined;
}
