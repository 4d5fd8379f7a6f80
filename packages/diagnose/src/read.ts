/**
 * Reading untrusted JSON: each helper returns the value only when it has the
 * expected type, so a partial, older or hostile object gives fewer findings,
 * never an exception.
 */

export type Json = Record<string, unknown>;

export function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A field of a record, whatever the record is. */
export function field(value: unknown, name: string): unknown {
  return record(value)?.[name];
}

/** Case-insensitive comparison of wire enum values (`TaskFailed`, `taskFailed`). */
export function sameValue(value: unknown, expected: string): boolean {
  return typeof value === 'string' && value.toLowerCase() === expected.toLowerCase();
}
