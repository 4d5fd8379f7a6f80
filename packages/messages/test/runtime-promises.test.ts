/**
 * Promises of the runtime functions (issue 16): a result for any options
 * object, read once; returned arrays that no caller can share; work in
 * proportion to what is used, however long the input.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptLanguageTags,
  categoryDescriptionIn,
  catalogsByLocale,
  enUsCatalog,
  type FormatBatchErrorOptions,
  formatBatchError,
  type GetMessageOptions,
  getCategoryDescription,
  getMessage,
  type LookupOptions,
  messageIn,
  supportedLocales,
} from '../src/index.js';
import { documentedCodes, firstMessage } from './docs.js';

/** A documented code, for tests about everything but which code it is. */
const code = documentedCodes[0] ?? '';

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

const throwingProxy = (target: object = {}) =>
  new Proxy(
    target,
    Object.fromEntries(
      proxyTraps.map((trap) => [
        trap,
        () => {
          throw new Error(`${trap} trap`);
        },
      ]),
    ),
  );

const revokedProxy = (target: object = {}) => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

const optionNames = ['locale', 'table', 'status', 'preferResponseMessage', 'includeCode'];

/** Options no one can read: each throws on any access. */
const unreadableOptions: [string, () => never][] = [
  ['a proxy whose traps all throw', () => throwingProxy() as never],
  [
    'an object whose getters throw',
    () =>
      Object.defineProperties(
        {},
        Object.fromEntries(
          optionNames.map((name) => [
            name,
            {
              enumerable: true,
              get() {
                throw new Error(`getter ${name}`);
              },
            },
          ]),
        ),
      ) as never,
  ],
  ['a revoked proxy', () => revokedProxy({ locale: 'de', table: 'jobScheduling', status: 412, includeCode: true }) as never],
];

/** Every (table, code) of the English catalog, and codes that are not codes. */
const lookups: [string, LookupOptions][] = [
  ...Object.entries(enUsCatalog.tables).flatMap(([table, messages]) =>
    Object.keys(messages ?? {}).map((code): [string, LookupOptions] => [code, { table: table as NonNullable<LookupOptions['table']> }]),
  ),
  ['NotACode', {}],
  ['__proto__', {}],
];
const categories = [...Object.keys(enUsCatalog.categories), 'NotACategory'];

/** A proxy answering `first` to the first read of each field and something else after, counting reads. */
function fickleOptions<Options extends object>(first: Options): { options: Options; reads: Map<PropertyKey, number> } {
  const reads = new Map<PropertyKey, number>();
  const options = new Proxy(first, {
    get(target, key) {
      const count = (reads.get(key) ?? 0) + 1;
      reads.set(key, count);
      return count === 1 ? Reflect.get(target, key) : key === 'locale' ? 'ja' : key === 'status' ? 304 : 'batchService';
    },
  });
  return { options, reads };
}

function expectReadOnce(reads: Map<PropertyKey, number>, label: string): void {
  for (const [key, count] of reads) expect(count, `${label}: reads of ${String(key)}`).toBeLessThanOrEqual(1);
}

describe('options it cannot read count as no options', () => {
  it.each(unreadableOptions)('%s: getMessage, for every code', (_name, makeOptions) => {
    for (const [code] of lookups) expect(getMessage(code, makeOptions()), code).toBe(getMessage(code));
  });

  it.each(unreadableOptions)('%s: messageIn, for every code', (_name, makeOptions) => {
    for (const [code] of lookups)
      expect(messageIn([catalogsByLocale['de-de'], enUsCatalog], code, makeOptions()), code).toBe(messageIn([catalogsByLocale['de-de'], enUsCatalog], code));
  });

  it.each(unreadableOptions)('%s: getCategoryDescription, for every category', (_name, makeOptions) => {
    for (const category of categories) expect(getCategoryDescription(category, makeOptions()), category).toBe(getCategoryDescription(category));
  });

  it.each(unreadableOptions)('%s: formatBatchError, for every code', (_name, makeOptions) => {
    for (const [code] of lookups) {
      const body = { code, message: { lang: 'de-DE', value: 'Eigene Meldung.' }, values: [{ key: 'PoolId', value: 'p1' }] };
      expect(formatBatchError(body, makeOptions()), code).toBe(formatBatchError(body));
    }
  });
});

describe('options are read once', () => {
  const status = 412;

  it('getMessage', () => {
    for (const [code, { table }] of lookups) {
      const plain: GetMessageOptions = { locale: 'de-AT', status, ...(table === undefined ? {} : { table }) };
      const { options, reads } = fickleOptions(plain);
      expect(getMessage(code, options), code).toBe(getMessage(code, plain));
      expectReadOnce(reads, code);
    }
  });

  it('messageIn', () => {
    for (const [code, { table }] of lookups) {
      const plain: LookupOptions = { status, ...(table === undefined ? {} : { table }) };
      const { options, reads } = fickleOptions(plain);
      expect(messageIn(catalogsByLocale['fr-fr'], code, options), code).toBe(messageIn(catalogsByLocale['fr-fr'], code, plain));
      expectReadOnce(reads, code);
    }
  });

  it('getCategoryDescription', () => {
    for (const category of categories) {
      const { options, reads } = fickleOptions({ locale: 'de-AT' });
      expect(getCategoryDescription(category, options), category).toBe(getCategoryDescription(category, { locale: 'de-AT' }));
      expectReadOnce(reads, category);
    }
  });

  it('formatBatchError', () => {
    for (const [code, { table }] of lookups) {
      const body = { code, message: { lang: 'de-DE', value: 'Eigene Meldung.' } };
      for (const preferResponseMessage of [false, true]) {
        const plain: FormatBatchErrorOptions = { locale: 'de-AT', status, includeCode: true, preferResponseMessage, ...(table === undefined ? {} : { table }) };
        const { options, reads } = fickleOptions(plain);
        expect(formatBatchError(body, options), code).toBe(formatBatchError(body, plain));
        expectReadOnce(reads, code);
      }
    }
  });
});

describe('catalogs it cannot read have no message', () => {
  it.each([
    ['a proxy whose traps all throw', throwingProxy],
    ['a revoked proxy', revokedProxy],
  ])('%s', (_name, makeCatalog) => {
    for (const catalog of [makeCatalog(), { locale: 'xx', tables: makeCatalog(), categories: makeCatalog() }, [makeCatalog()]]) {
      expect(messageIn(catalog as never, code)).toBeUndefined();
      expect(categoryDescriptionIn(catalog as never, 'UserError')).toBeUndefined();
    }
  });
});

describe('arrays returned by messages', () => {
  it('acceptLanguageTags gives a new list each time', () => {
    const header = 'de-AT,de;q=0.9,en;q=0.5';
    const before = acceptLanguageTags(header);
    acceptLanguageTags(header).push('xx');
    acceptLanguageTags(header).length = 0;
    expect(acceptLanguageTags(header)).toEqual(before);
  });
});

describe('long inputs cost what is used of them', () => {
  const tenMegabytes = 10 * 2 ** 20;
  /** Milliseconds of the fastest of three calls: a single call's wall-clock time, with generous bounds. */
  const fastest = (call: () => unknown) =>
    Math.min(
      ...[0, 1, 2].map(() => {
        const start = performance.now();
        call();
        return performance.now() - start;
      }),
    );

  it('the first line of a 10 MB message, for a code the docs do not list', () => {
    const message = { lang: 'en-US', value: `Something new went wrong.\nRequestId:abc\n${'Time:x\n'.repeat(tenMegabytes / 7)}` };
    const body = { code: 'SomeFutureCode', message };
    expect(formatBatchError(body)).toBe('Something new went wrong.');
    expect(formatBatchError(body, { preferResponseMessage: true })).toBe('Something new went wrong.');
    expect(fastest(() => formatBatchError(body))).toBeLessThan(50);
  });

  it('a documented code with a 10 MB message does not read the message', () => {
    const body = { code, message: { lang: 'de-DE', value: 'x\n'.repeat(tenMegabytes / 2) } };
    expect(formatBatchError(body, { locale: 'de' })).toBe(firstMessage(code, 'de-de'));
    expect(fastest(() => formatBatchError(body, { locale: 'de' }))).toBeLessThan(50);
  });

  it('a 10 MB lang is no language of the reader, and costs no more than a short one', () => {
    const lang = `de-DE${' '.repeat(tenMegabytes)}`;
    const body = { code, message: { lang, value: 'Eigene Meldung.' } };
    for (const locale of supportedLocales) {
      expect(formatBatchError(body, { locale, preferResponseMessage: true }), locale).toBe(firstMessage(code, locale));
    }
    expect(fastest(() => formatBatchError(body, { locale: 'de', preferResponseMessage: true }))).toBeLessThan(50);
  });
});
