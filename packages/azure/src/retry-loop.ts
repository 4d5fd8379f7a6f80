/**
 * The loop both policies share: send, turn a failure into a `BatchError`,
 * wait as the server asks (or back off) while the failure is retryable and
 * tries remain, else throw the `BatchError`.
 */
import { type BatchError, toBatchError } from '@batch-errors/http';

/** Options of both policies: how many retries, and how long to wait. */
export interface BatchErrorPolicyOptions {
  /** Retries after the first try, of failures the retry policy calls retryable. Default 3; 0 only converts failures. */
  maxRetries?: number;
  /** The first back-off when the server asks for no delay; it doubles on each retry, with ±20% jitter. Default 1,000 ms. */
  retryDelayMs?: number;
  /** The longest back-off. Default 30,000 ms. */
  maxRetryDelayMs?: number;
  /**
   * The longest `retryAfterMs` the policy waits. A server that asks for more
   * (a quota reset in an hour) gets no retry: the `BatchError` is thrown at
   * once, with its `retryAfterMs`, for the caller to schedule. Default 60,000 ms.
   */
  maxRetryAfterMs?: number;
}

/** The options, each read once and checked; anything that is not a number in range is the default. */
export interface RetrySettings {
  maxRetries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  maxRetryAfterMs: number;
}

export function retrySettings(options: unknown): RetrySettings {
  const read = (key: keyof BatchErrorPolicyOptions, fallback: number, max: number): number => {
    let value: unknown;
    try {
      value = (options as Record<string, unknown> | undefined)?.[key];
    } catch {
      return fallback;
    }
    return typeof value === 'number' && value >= 0 && value <= max ? Math.floor(value) : fallback;
  };
  return {
    maxRetries: read('maxRetries', 3, 100),
    retryDelayMs: read('retryDelayMs', 1000, 86_400_000),
    maxRetryDelayMs: read('maxRetryDelayMs', 30_000, 86_400_000),
    maxRetryAfterMs: read('maxRetryAfterMs', 60_000, 86_400_000),
  };
}

/** The part of an abort signal the loop uses: both SDKs' `AbortSignalLike`. */
export interface AbortSignalLike {
  /** Whether it has aborted. */
  readonly aborted: boolean;
  /** Adds the abort listener (both SDKs take an event type and a listener). */
  addEventListener(type: 'abort', listener: () => void): void;
  /** Removes it. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** What one try gave: a response, or a failure (a failed response or what was thrown). */
export type Outcome<Response> = { response: Response } | { failure: BatchError };

/**
 * Tries `send` until it succeeds, or its failure is not retryable, or the
 * retries run out, or the server asks for a delay over `maxRetryAfterMs`;
 * then throws the last failure as a `BatchError`. An abort while waiting
 * throws a `BatchError` of kind `'aborted'`, whose cause holds the failure
 * it was waiting to retry.
 */
export async function withRetries<Response>(
  send: () => Promise<Outcome<Response>>,
  settings: RetrySettings,
  signal: AbortSignalLike | undefined,
): Promise<Response> {
  for (let retry = 0; ; retry++) {
    let outcome: Outcome<Response>;
    try {
      outcome = await send();
    } catch (thrown) {
      outcome = { failure: toBatchError(thrown) };
    }
    if ('response' in outcome) return outcome.response;
    const delay = delayBeforeRetry(outcome.failure, retry, settings);
    if (delay === undefined) throw outcome.failure;
    await wait(delay, signal, outcome.failure);
  }
}

/** How long to wait before retry number `retry + 1`, or undefined for no retry. */
export function delayBeforeRetry(failure: BatchError, retry: number, settings: RetrySettings): number | undefined {
  if (!failure.retryable || retry >= settings.maxRetries) return undefined;
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs <= settings.maxRetryAfterMs ? failure.retryAfterMs : undefined;
  const backOff = Math.min(settings.maxRetryDelayMs, settings.retryDelayMs * 2 ** retry);
  return Math.round(backOff * (0.8 + Math.random() * 0.4));
}

/** Waits `delay` ms; an abort (before or during) throws a `BatchError` of kind `'aborted'`. */
async function wait(delay: number, signal: AbortSignalLike | undefined, failure: BatchError): Promise<void> {
  const aborted = () => toBatchError(Object.assign(new Error('The request was aborted while waiting to retry.', { cause: failure }), { name: 'AbortError' }));
  if (signal?.aborted === true) throw aborted();
  await new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, delay);
    signal?.addEventListener('abort', onAbort);
  });
}
