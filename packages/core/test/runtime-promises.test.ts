/**
 * Promises of the runtime functions (issue 16): a result for any options
 * object, read once; arrays that a caller may change without changing the
 * next answer.
 */
import { describe, expect, it } from 'vitest';
import { type CategoryOfOptions, categoryOf, docUrlOf, errorCodes, parseBatchErrorResponse, parseFailureInfo, sourcesOf } from '../src/index.js';

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
      Object.defineProperty({}, 'table', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      }),
  ],
  [
    'a revoked proxy',
    () => {
      const { proxy, revoke } = Proxy.revocable({ table: 'taskScheduling' }, {});
      revoke();
      return proxy;
    },
  ],
];

/** Every code, each table's codes and a few that are not codes. */
const codes = [...errorCodes, 'NotACode', '', '__proto__', 'toString'];

/** A proxy answering `first` to the first read of each field and something else after, counting reads. */
function fickleOptions(first: Record<string, unknown>): { options: object; reads: Map<PropertyKey, number> } {
  const reads = new Map<PropertyKey, number>();
  const options = new Proxy(first, {
    get(target, key) {
      const count = (reads.get(key) ?? 0) + 1;
      reads.set(key, count);
      return count === 1 ? Reflect.get(target, key) : Symbol('changed');
    },
  });
  return { options, reads };
}

describe('categoryOf with options it cannot read', () => {
  it.each(unreadableOptions)('%s: answers as without options, for every code', (_name, makeOptions) => {
    for (const code of codes) expect(categoryOf(code, makeOptions() as CategoryOfOptions), code).toBe(categoryOf(code));
  });

  it.each(['jobScheduling', 'taskScheduling'] as const)('reads the table option (%s) once', (table) => {
    for (const code of codes) {
      const { options, reads } = fickleOptions({ table });
      expect(categoryOf(code, options as CategoryOfOptions), code).toBe(categoryOf(code, { table }));
      for (const [key, count] of reads) expect(count, `${code}: reads of ${String(key)}`).toBeLessThanOrEqual(1);
    }
  });

  it('takes a table it does not know as no table', () => {
    for (const code of codes) expect(categoryOf(code, { table: 'common' } as never), code).toBe(categoryOf(code));
  });
});

describe('arrays returned by core', () => {
  it('sourcesOf gives a copy: changing it changes no later answer', () => {
    for (const code of errorCodes) {
      const before = structuredClone(sourcesOf(code));
      const url = docUrlOf(code);
      const sources = sourcesOf(code) as unknown[];
      sources.length = 0;
      sources.push({ table: 'common', anchor: 'x', url: 'https://example.invalid/' });
      expect(sourcesOf(code), code).toEqual(before);
      expect(docUrlOf(code), code).toBe(url);
    }
  });

  it('parsers give fresh lists of details', () => {
    const body = '{"code":"PoolNotFound","values":[{"key":"PoolId","value":"p1"}]}';
    const values: unknown[] = parseBatchErrorResponse(body)?.values ?? [];
    expect(values).toHaveLength(1);
    values.push('x');
    expect(parseBatchErrorResponse(body)?.values).toEqual([{ key: 'PoolId', value: 'p1' }]);
    const failure = { category: 'usererror', code: 'BlobNotFound', details: [{ name: 'FilePath', value: 'f' }] };
    const details: unknown[] = parseFailureInfo(failure)?.details ?? [];
    expect(details).toHaveLength(1);
    details.push('x');
    expect(parseFailureInfo(failure)?.details).toEqual([{ key: 'FilePath', value: 'f' }]);
  });
});
