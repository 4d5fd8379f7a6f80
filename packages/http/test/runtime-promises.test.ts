/**
 * Promises of the runtime functions (issue 16): a result for any options
 * object, read once; returned arrays frozen, so no caller can change the
 * shared tables behind them.
 */
import { errorCodes } from '@batch-errors/core';
import { describe, expect, it } from 'vitest';
import { codesForStatus, errorFromResponse, isRetryable, type StatusOfOptions, statusesOf, statusOf } from '../src/index.js';

const proxyTraps = [
  'get',
  'set',
  'has',
  'deleteProperty',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'defineProperty',
  'getPrototypeOf',
  'setPrototypeOf',
  'isExtensible',
  'preventExtensions',
] as const;

/** Options no one can read: each throws on any access. */
const unreadableOptions: [string, () => unknown][] = [
  [
    'a proxy whose traps all throw',
    () =>
      new Proxy(
        {},
        Object.fromEntries(
          proxyTraps.map((trap) => [
            trap,
            () => {
              throw new Error(`${trap} trap`);
            },
          ]),
        ),
      ),
  ],
  [
    'an object whose getters throw',
    () =>
      Object.defineProperty({}, 'operation', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      }),
  ],
  [
    'a revoked proxy',
    () => {
      const { proxy, revoke } = Proxy.revocable({ operation: 'write' }, {});
      revoke();
      return proxy;
    },
  ],
];

const codes = [...errorCodes, 'NotACode', '', '__proto__', 'toString'];
/** Every status some code is documented with, and a few no code is. */
const statuses = [...new Set(errorCodes.flatMap((code) => statusesOf(code))), 200, 999, -1, Number.NaN];

describe('statusOf with options it cannot read', () => {
  it.each(unreadableOptions)('%s: answers as without options, for every code', (_name, makeOptions) => {
    for (const code of codes) expect(statusOf(code, makeOptions() as StatusOfOptions), code).toBe(statusOf(code));
  });

  it.each(['read', 'write'] as const)('reads the operation (%s) once', (operation) => {
    for (const code of codes) {
      let reads = 0;
      const options = new Proxy(
        { operation },
        {
          get: (target, key) => (key === 'operation' && ++reads > 1 ? 'read-then-write' : Reflect.get(target, key)),
        },
      );
      expect(statusOf(code, options), code).toBe(statusOf(code, { operation }));
      expect(reads, code).toBeLessThanOrEqual(1);
    }
  });

  it('takes an operation it does not know as none', () => {
    for (const code of codes) expect(statusOf(code, { operation: 'delete' } as never), code).toBe(statusOf(code));
  });
});

describe('arrays returned by http', () => {
  /** Tries every way to change an array; frozen, none does. */
  function tryToChange(array: readonly unknown[]): void {
    const target = array as unknown[];
    expect(Object.isFrozen(target)).toBe(true);
    expect(() => target.push(503)).toThrow(TypeError);
    expect(() => target.splice(0)).toThrow(TypeError);
    expect(() => {
      target[0] = 503;
    }).toThrow(TypeError);
  }

  it('statusesOf: frozen for every code, so no caller changes the table or the retry policy', () => {
    for (const code of codes) {
      const before = [...statusesOf(code)];
      const retryable = isRetryable(code);
      tryToChange(statusesOf(code));
      expect(statusesOf(code), code).toEqual(before);
      expect(isRetryable(code), code).toBe(retryable);
    }
  });

  it('codesForStatus: frozen for every status, documented or not', () => {
    for (const status of statuses) {
      const before = [...codesForStatus(status)];
      tryToChange(codesForStatus(status));
      expect(codesForStatus(status), String(status)).toEqual(before);
    }
  });

  it('errorFromResponse: documentedStatuses frozen, for every code', () => {
    for (const code of errorCodes) {
      const before = [...statusesOf(code)];
      const error = errorFromResponse(before[0] ?? 400, { code, message: 'x' });
      if (before.length > 0) tryToChange(error.documentedStatuses);
      expect(statusesOf(code), code).toEqual(before);
      expect(errorFromResponse(before[0] ?? 400, { code, message: 'x' }).documentedStatuses, code).toEqual(before);
    }
  });
});
