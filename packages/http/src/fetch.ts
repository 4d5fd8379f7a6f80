/**
 * A platform `Response` (fetch) read into a `BatchError`: its body read as a
 * stream up to a limit, and never waited for without bound.
 */
import { BatchError } from './batch-error.js';
import { property } from './read.js';
import { errorFromResponse } from './response.js';

/** Options of `fromFetchResponse`. */
export interface FromFetchResponseOptions {
  /** The most bytes of the body read; the rest is not downloaded. Default 1 MiB (1,048,576). */
  maxBytes?: number;
  /** Stops reading the body when it aborts; what was read by then is used. */
  signal?: AbortSignalLike;
  /** Stops reading the body after this many milliseconds, whatever the signal does. Default 10,000; `Infinity` for no limit but the signal's. */
  timeoutMs?: number;
}

/** The part of an `AbortSignal` that `fromFetchResponse` uses. */
export interface AbortSignalLike {
  /** Whether it has aborted. */
  readonly aborted: boolean;
  /** Adds the abort listener. */
  addEventListener(type: 'abort', listener: () => void): void;
  /** Removes it once the body is read. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** 1 MiB: the default of `maxBytes`. An error body of the service is a few hundred bytes. */
const defaultMaxBytes = 1_048_576;
const defaultTimeoutMs = 10_000;

/**
 * Reads a failed fetch `Response` (or any object with `status`, `headers` and
 * a `body` stream) into a `BatchError`: the body up to `maxBytes` (1 MiB by
 * default), then the status, headers and body as `errorFromResponse` reads
 * them. Never rejects and never hangs: reading stops at the limit, when
 * `signal` aborts, after `timeoutMs` (10 s by default) or when the body
 * stream errors, and whatever was read by then is used (a cut body is no
 * error body: the status and headers still count). A body already read gives
 * only the status and headers.
 *
 * @example const response = await fetch(url); if (!response.ok) throw await fromFetchResponse(response);
 */
export async function fromFetchResponse(response: unknown, options?: FromFetchResponseOptions): Promise<BatchError> {
  const status = property(response, 'status');
  const headers = property(response, 'headers');
  let body: unknown;
  try {
    const stream = property(response, 'body');
    body = isStream(stream) ? await readText(stream, readOptions(options)) : stream;
  } catch {
    body = undefined;
  }
  return new BatchError(errorFromResponse(typeof status === 'number' ? status : undefined, body, headers));
}

interface ReadOptions {
  maxBytes: number;
  signal: AbortSignalLike | undefined;
  timeoutMs: number;
}

/** The options, each read once; a value that is not what it should be is the default. */
function readOptions(options: unknown): ReadOptions {
  const maxBytes = property(options, 'maxBytes');
  const timeoutMs = property(options, 'timeoutMs');
  const signal = property(options, 'signal');
  return {
    maxBytes: typeof maxBytes === 'number' && Number.isFinite(maxBytes) && maxBytes >= 0 ? Math.floor(maxBytes) : defaultMaxBytes,
    timeoutMs: typeof timeoutMs === 'number' && timeoutMs >= 0 && !Number.isNaN(timeoutMs) ? timeoutMs : defaultTimeoutMs,
    signal: isSignal(signal) ? signal : undefined,
  };
}

function isStream(value: unknown): value is { getReader(): unknown } {
  return typeof property(value, 'getReader') === 'function';
}

function isSignal(value: unknown): value is AbortSignalLike {
  return typeof property(value, 'addEventListener') === 'function' && typeof property(value, 'removeEventListener') === 'function';
}

/** What a stream reader is used for. */
interface Reader {
  read(): Promise<unknown>;
  cancel(): Promise<unknown>;
  releaseLock(): void;
}

const stopped = Symbol('stopped');

/** The body as UTF-8 text, read up to `maxBytes`; stops at the signal, the timeout or a stream error with what it has. */
async function readText(stream: { getReader(): unknown }, { maxBytes, signal, timeoutMs }: ReadOptions): Promise<string | undefined> {
  if (signal?.aborted === true) return undefined;
  const reader = stream.getReader() as Reader;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let stop: () => void = () => {};
  const stopping = new Promise<typeof stopped>((resolve) => {
    stop = () => resolve(stopped);
  });
  const timer = Number.isFinite(timeoutMs) ? setTimeout(stop, timeoutMs) : undefined;
  signal?.addEventListener('abort', stop);
  try {
    while (total < maxBytes) {
      const result = await Promise.race([reader.read(), stopping]);
      if (result === stopped || property(result, 'done') !== false) break;
      const chunk = property(result, 'value');
      if (!(chunk instanceof Uint8Array)) break;
      const kept = chunk.byteLength > maxBytes - total ? chunk.subarray(0, maxBytes - total) : chunk;
      chunks.push(kept);
      total += kept.byteLength;
    }
  } catch {
    // The stream errored: what was read stays.
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    try {
      signal?.removeEventListener('abort', stop);
    } catch {
      // A signal that cannot remove its listener keeps one that does nothing.
    }
    release(reader);
  }
  if (chunks.length === 0) return '';
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Cancels the rest of the body (nothing more is downloaded) and lets go of the stream; neither may throw or be waited for. */
function release(reader: Reader): void {
  try {
    reader.cancel().catch(() => {});
  } catch {
    // Not a promise, or cancel threw: nothing to wait for.
  }
  try {
    reader.releaseLock();
  } catch {
    // A read still pending on an old runtime: the lock goes with the reader.
  }
}
