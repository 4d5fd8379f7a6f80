/**
 * The loop both policies share: its options read once and checked, and the
 * delay before each retry (the server's, or a bounded back-off).
 */
import { toBatchError } from '@batch-errors/http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delayBeforeRetry, retrySettings, withRetries } from '../src/retry-loop.js';

const defaults = { maxRetries: 3, retryDelayMs: 1000, maxRetryDelayMs: 30_000, maxRetryAfterMs: 60_000 };
const busy = (headers: Record<string, string> = {}) => toBatchError({ statusCode: 503, response: { status: 503, headers } });

describe('retrySettings', () => {
  it.each<[string, unknown]>([
    ['no options', undefined],
    ['null', null],
    ['negative and absurd numbers', { maxRetries: -1, retryDelayMs: Number.NaN, maxRetryDelayMs: Number.POSITIVE_INFINITY, maxRetryAfterMs: 1e20 }],
    ['strings', { maxRetries: '5', retryDelayMs: '10' }],
    [
      'getters that throw',
      Object.defineProperty({}, 'maxRetries', {
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    [
      'a revoked proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({ maxRetries: 1 }, {});
        revoke();
        return proxy;
      })(),
    ],
  ])('takes the defaults for %s', (_name, options) => {
    expect(retrySettings(options)).toEqual(defaults);
  });

  it('takes what is given in range', () => {
    expect(retrySettings({ maxRetries: 0, retryDelayMs: 5, maxRetryDelayMs: 20, maxRetryAfterMs: 0 })).toEqual({
      maxRetries: 0,
      retryDelayMs: 5,
      maxRetryDelayMs: 20,
      maxRetryAfterMs: 0,
    });
  });
});

describe('delayBeforeRetry', () => {
  it('waits what the server asks, up to maxRetryAfterMs; beyond, no retry', () => {
    expect(delayBeforeRetry(busy({ 'retry-after': '7' }), 0, defaults)).toBe(7000);
    expect(delayBeforeRetry(busy({ 'retry-after': '61' }), 0, defaults)).toBeUndefined();
  });

  it('never retries what is not retryable, nor past maxRetries', () => {
    expect(delayBeforeRetry(toBatchError({ statusCode: 404, body: { code: 'PoolNotFound' } }), 0, defaults)).toBeUndefined();
    expect(delayBeforeRetry(busy(), 3, defaults)).toBeUndefined();
  });

  it('backs off exponentially with ±20% jitter, within maxRetryDelayMs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 60_000 }), (retry, base, cap) => {
        const settings = { ...defaults, retryDelayMs: base, maxRetryDelayMs: cap };
        const delay = delayBeforeRetry(busy(), retry, settings) ?? -1;
        const nominal = Math.min(cap, base * 2 ** retry);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(nominal * 0.8));
        expect(delay).toBeLessThanOrEqual(Math.ceil(nominal * 1.2));
      }),
    );
  });
});

describe('withRetries', () => {
  it('throws the last failure as a BatchError after maxRetries, having tried 1 + maxRetries times', async () => {
    let tries = 0;
    const send = async () => {
      tries++;
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    };
    await expect(withRetries(send, { ...defaults, retryDelayMs: 1, maxRetryDelayMs: 2 }, undefined)).rejects.toMatchObject({
      name: 'BatchError',
      networkCode: 'ECONNRESET',
    });
    expect(tries).toBe(4);
  });

  it('stops at once when the signal has aborted', async () => {
    let tries = 0;
    const send = async () => {
      tries++;
      return { failure: busy() };
    };
    await expect(withRetries(send, defaults, AbortSignal.abort())).rejects.toMatchObject({ kind: 'aborted' });
    expect(tries).toBe(1);
  });
});
