/**
 * Reading untrusted input: the REST API's JSON, the official client's model
 * objects, what `az batch … show -o json` prints, or anything at all. Every
 * read goes through `field` or `list`, which turn a throwing getter, a proxy
 * trap or a revoked proxy into "nothing there", so a partial, older or
 * hostile object gives fewer findings, never an exception.
 */
import { readDuration } from './durations.js';

/** Entries read from one list at most: a hostile list of millions gives findings for its first ones. */
const listLimit = 1000;

/** A property of anything, or undefined when there is none or reading it throws. */
export function field(value: unknown, name: string | number): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<string | number, unknown>)[name];
  } catch {
    return undefined;
  }
}

/** The entries of an array (up to a limit), each read through `field`; empty for anything else. */
export function list(value: unknown): unknown[] {
  let length: number;
  try {
    if (!Array.isArray(value)) return [];
    length = Math.min(value.length, listLimit);
  } catch {
    return [];
  }
  return Array.from({ length }, (_unused, index) => field(value, index));
}

/** True for an array (a revoked proxy is not one). */
export function isList(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A safe integer, or undefined. */
export function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/** A boolean, also as the strings `true` / `false` (any casing) the service writes in name-value pairs. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/**
 * Milliseconds since the epoch of a timestamp: a `Date` (the official
 * client), an ISO 8601 string (the REST API, `az`), or undefined.
 */
export function timestamp(value: unknown): number | undefined {
  let time: number;
  if (typeof value === 'string') time = value.length > 64 ? Number.NaN : Date.parse(value);
  else if (typeof value !== 'object' || value === null) return undefined;
  else {
    try {
      // Throws for anything without a date's internal value (a proxy, a fake): no trap or getter runs.
      time = Date.prototype.getTime.call(value);
    } catch {
      return undefined;
    }
  }
  return Number.isFinite(time) ? time : undefined;
}

/** A duration as written (for display) and in milliseconds (undefined when unreadable). */
export interface Duration {
  text: string;
  milliseconds?: number;
}

/**
 * A duration as the REST API (`PT1H`) or `az` (`1:00:00`) writes it; `az`'s
 * form is shown in ISO 8601 as the others write it, so the same task reads
 * the same whichever tool printed it.
 */
export function duration(value: unknown): Duration | undefined {
  const written = text(value);
  if (written === undefined) return undefined;
  const read = readDuration(written);
  return read === undefined ? { text: written } : { text: read.iso, milliseconds: read.milliseconds };
}

/** Case-insensitive comparison of wire enum values (`TaskFailed`, `taskFailed`, `performexitoptionsjobaction`). */
export function sameValue(value: unknown, expected: string): boolean {
  return typeof value === 'string' && value.toLowerCase() === expected.toLowerCase();
}
