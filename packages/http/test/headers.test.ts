/**
 * Headers wherever the transport put them, and the delays and ids read from
 * them: the real header classes of the platform and both Azure SDKs, plain
 * objects in any letter case, hostile values; fast-check properties for the
 * parsers.
 */
import { createHttpHeaders } from '@azure/core-rest-pipeline';
import { HttpHeaders as MsRestHttpHeaders } from '@azure/ms-rest-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerValue, maxRetryAfterMs, parseDelayMs, parseHttpDate, parseRetryAfter, requestIdText, retryAfterMsOf } from '../src/headers.js';

const now = Date.UTC(2026, 11, 1, 7, 0, 0);

/** The same headers in every container a client hands out. */
const containers: [string, (headers: Record<string, string>) => unknown][] = [
  ['a WHATWG Headers', (headers) => new Headers(headers)],
  ['the HttpHeaders of @azure/core-rest-pipeline', (headers) => createHttpHeaders(headers)],
  ['the HttpHeaders of @azure/ms-rest-js', (headers) => new MsRestHttpHeaders(headers)],
  ['a Map', (headers) => new Map(Object.entries(headers))],
  ['a plain object', (headers) => ({ ...headers })],
  [
    'a plain object, lower case (Node.js IncomingHttpHeaders)',
    (headers) => Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value])),
  ],
  ['a plain object, upper case', (headers) => Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toUpperCase(), value]))],
];

describe('headerValue', () => {
  it.each(containers)('reads %s, whatever the letter case', (_name, make) => {
    const headers = make({ 'Retry-After': '7', 'request-id': 'r-1', 'X-Ms-Retry-After-Ms': '1500' });
    expect(headerValue(headers, 'retry-after')).toBe('7');
    expect(headerValue(headers, 'Retry-After')).toBe('7');
    expect(headerValue(headers, 'REQUEST-ID')).toBe('r-1');
    expect(headerValue(headers, 'x-ms-retry-after-ms')).toBe('1500');
    expect(headerValue(headers, 'client-request-id')).toBeUndefined();
    expect(retryAfterMsOf(headers, now)).toBe(1500);
  });

  it('takes a repeated header with one value, and none from one with two', () => {
    expect(headerValue({ 'request-id': ['a', 'a'] }, 'request-id')).toBe('a');
    expect(headerValue({ 'request-id': ['a', 'b'] }, 'request-id')).toBeUndefined();
    expect(headerValue({ 'retry-after': [] }, 'retry-after')).toBeUndefined();
    // Headers joins repeats with ", ": not a delay, nor an id.
    const repeated = new Headers([
      ['retry-after', '7'],
      ['retry-after', '8'],
      ['request-id', 'a'],
      ['request-id', 'b'],
    ]);
    expect(retryAfterMsOf(repeated, now)).toBeUndefined();
    expect(requestIdText(headerValue(repeated, 'request-id'))).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a string', 'retry-after: 7'],
    [
      'a get that throws',
      {
        get: () => {
          throw new Error('no');
        },
      },
    ],
    ['a get that answers a promise', { get: async () => '7' }],
    ['a get that answers an object', { get: () => ({ toString: () => '7' }) }],
    [
      'a getter that throws',
      Object.defineProperty({}, 'retry-after', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    [
      'a proxy whose traps throw',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
    ],
    [
      'a revoked proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({ 'retry-after': '7' }, {});
        revoke();
        return proxy;
      })(),
    ],
    ['an object of 100,000 other headers', Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`x-${index}`, 'v']))],
  ])('gives nothing, never an exception, for %s', (_name, headers) => {
    expect(headerValue(headers, 'retry-after')).toBeUndefined();
    expect(retryAfterMsOf(headers, now)).toBeUndefined();
  });

  it('survives a cycle and a header that is an array of a million entries', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['retry-after'] = cyclic;
    expect(headerValue(cyclic, 'retry-after')).toBeUndefined();
    expect(headerValue({ 'retry-after': Array.from({ length: 1_000_000 }, () => '7') }, 'retry-after')).toBeUndefined();
  });
});

describe('retryAfterMsOf', () => {
  it.each<[string, Record<string, string>, number | undefined]>([
    ['seconds', { 'retry-after': '7' }, 7000],
    ['zero seconds', { 'retry-after': '0' }, 0],
    ['seconds with spaces', { 'retry-after': ' 7 ' }, 7000],
    ['an HTTP date 30 s ahead', { 'retry-after': new Date(now + 30_000).toUTCString() }, 30_000],
    ['an HTTP date in the past', { 'retry-after': new Date(now - 30_000).toUTCString() }, 0],
    ['milliseconds first', { 'retry-after-ms': '250', 'x-ms-retry-after-ms': '500', 'retry-after': '7' }, 250],
    ['x-ms milliseconds before seconds', { 'x-ms-retry-after-ms': '500', 'retry-after': '7' }, 500],
    ['fractional milliseconds, rounded up', { 'retry-after-ms': '0.5' }, 1],
    ['a malformed millisecond header, then seconds', { 'retry-after-ms': 'soon', 'retry-after': '7' }, 7000],
    ['negative seconds', { 'retry-after': '-5' }, undefined],
    ['negative milliseconds', { 'retry-after-ms': '-5' }, undefined],
    ['fractional seconds (not delay-seconds)', { 'retry-after': '1.5' }, undefined],
    ['absurd seconds, clamped to a day', { 'retry-after': '99999999999999999999' }, maxRetryAfterMs],
    ['absurd milliseconds, clamped to a day', { 'retry-after-ms': '1e400' }, undefined],
    ['a date 200 years ahead, clamped', { 'retry-after': 'Sat, 01 Dec 2226 07:00:00 GMT' }, maxRetryAfterMs],
    ['a date that does not exist', { 'retry-after': 'Mon, 30 Feb 2026 07:00:00 GMT' }, undefined],
    ['a date in another zone', { 'retry-after': 'Tue, 01 Dec 2026 07:00:30 +0000' }, undefined],
    ['non-ASCII digits', { 'retry-after': '７' }, undefined],
    ['a flood', { 'retry-after': '7'.repeat(1_000_000) }, undefined],
    ['nothing', {}, undefined],
  ])('%s', (_name, headers, expected) => {
    expect(retryAfterMsOf(headers, now)).toBe(expected);
  });

  it('reads the obsolete date formats as the current one', () => {
    const imf = 'Tue, 01 Dec 2026 07:00:30 GMT';
    expect(parseHttpDate(imf)).toBe(now + 30_000);
    expect(parseHttpDate('Tuesday, 01-Dec-26 07:00:30 GMT')).toBe(now + 30_000);
    expect(parseHttpDate('Tue Dec  1 07:00:30 2026')).toBe(now + 30_000);
    for (const notADate of ['1.5', '2026', 'tomorrow', 'Tue, 01 Dec 2026 07:00:30 gmt', 'Tue, 1 Dec 2026 07:00:30 GMT', 'Tue, 01 Dec 2026 24:00:00 GMT']) {
      expect(parseHttpDate(notADate), notADate).toBeUndefined();
    }
  });
});

describe('header parsers, for any input (fast-check)', () => {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d .:,-]{0,40}$/));

  it('give undefined or a whole delay in 0 … a day, and never throw', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 4_102_444_800_000 }), (text, at) => {
        for (const delay of [parseRetryAfter(text, at), parseDelayMs(text)]) {
          if (delay === undefined) continue;
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(maxRetryAfterMs);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('read delay-seconds as seconds, clamped', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (seconds) => {
        expect(parseRetryAfter(String(seconds), now)).toBe(Math.min(Number(seconds) * 1000, maxRetryAfterMs));
      }),
    );
  });

  it('read milliseconds as milliseconds, rounded up and clamped; negative ones as none', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (milliseconds) => {
        const text = milliseconds.toFixed(3);
        expect(parseDelayMs(text)).toBe(Math.min(Math.ceil(Number(text)), maxRetryAfterMs));
        expect(parseDelayMs(`-${text}`)).toBeUndefined();
      }),
    );
  });

  it('read every date a server writes (toUTCString) back to the second, and the delay to it from any moment', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 253_402_300_799_000 }),
        (date, at) => {
          const second = Math.floor(date.getTime() / 1000) * 1000;
          expect(parseHttpDate(date.toUTCString())).toBe(second);
          expect(parseRetryAfter(date.toUTCString(), at)).toBe(Math.min(Math.max(second - at, 0), maxRetryAfterMs));
        },
      ),
    );
  });

  it('find a header under any letter case of its name, in a plain object', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('retry-after', 'request-id', 'x-ms-retry-after-ms', 'client-request-id'),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        fc.string(),
        (name, upper, value) => {
          const key = [...name].map((character, index) => (upper[index] ? character.toUpperCase() : character)).join('');
          expect(headerValue({ other: 'x', [key]: value }, name)).toBe(value);
        },
      ),
    );
  });

  it('keep an id only when it is printable ASCII of 1 to 256 characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const id = requestIdText(text);
        if (id !== undefined) expect(id).toMatch(/^[\x21-\x7e]{1,256}$/);
        if (/^[\x21-\x7e]{1,256}$/.test(text)) expect(id).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
