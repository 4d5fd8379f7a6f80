/**
 * What the command line holds its input to, and the reading of a small input
 * that arrived whole (with `JSON.parse`): everything about input that a
 * single document needs, without the streaming parser, which
 * `json-stream.ts` loads only when the input is more.
 */
import { isUtf8 } from 'node:buffer';

/** How deep objects and arrays may nest: Batch documents nest about ten deep, a list body two more. */
export const maxDepth = 64;

/** The largest item (and the largest single value) read: a wrong file, or a hostile one, fails here instead of filling memory. */
export const maxItemBytes = 64 * 1024 * 1024;

/** Where in the input: a byte offset (from 0) and a line (from 1). */
export interface Place {
  byte: number;
  line: number;
}

/** Input the reader refuses: what was found, and where. `partial` is true when it ran out before a value ended. */
export class InputProblem extends Error {
  constructor(
    /** What was found, as it fits "found …". */
    readonly found: string,
    /** Where, when known. */
    readonly place: Place | undefined,
    /** True when the input ended in the middle of a value (a truncated file). */
    readonly truncated = false,
  ) {
    super(found);
  }
}

/** What the reader tells its user about each value. */
export interface ItemSink {
  /** A value that is one item of the input (an entry of a list or body, or a document alone). */
  item(value: unknown, topLevel: TopLevel): void;
}

/** What the top-level value an item came from was. */
export type TopLevel = 'document' | 'list' | 'page';

/** The largest input read whole with `JSON.parse` (`readWhole`): a small document needs no streaming. */
export const wholeInputBytes = 1024 * 1024;

/**
 * Reads a small input that arrived whole with `JSON.parse`, as `ItemReader`
 * would (one document, a list, one REST page), when it is one valid UTF-8
 * JSON value within the nesting limit; false otherwise, and then nothing was
 * given to the sink: the streaming reader reads it and names any problem.
 */
export function readWhole(bytes: Uint8Array, sink: ItemSink): boolean {
  if (bytes.length > wholeInputBytes || !/^\s*[[{]/.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1')) || !isUtf8(bytes)) return false;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  } catch {
    return false;
  }
  if (depthOf(value) > maxDepth) return false;
  if (Array.isArray(value)) {
    for (const entry of value) sink.item(entry, 'list');
    return true;
  }
  const entries = (value as { value?: unknown }).value;
  if (Array.isArray(entries)) for (const entry of entries) sink.item(entry, 'page');
  else sink.item(value, 'document');
  return true;
}

/** How deep a parsed value nests (a walk with a stack of its own, so no depth overflows it); stops counting past the limit. */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxDepth) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current))
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
  }
  return deepest;
}
