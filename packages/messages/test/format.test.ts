import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undocumentedKnownCodes } from '@batch-errors/core';
import { categoryDescriptionIn, enUsCatalog, formatBatchError, getCategoryDescription, getMessage, messageIn, supportedLocales } from '../src/index.js';
import { documentedCodes, firstMessage, laterStatusRow, rowWithoutFinalPeriod, schedulingRowOfRestCode } from './docs.js';

const withoutStop = (text: string) => text.replace(/[.。．]$/u, '');
const noneDocumented = (what: string) => `(skipped: the docs list no ${what})`;
/** A documented code, for tests about everything but which code it is. */
const code = documentedCodes[0] ?? '';

describe('formatBatchError', () => {
  it('renders the values of a body after its message', () => {
    expect(formatBatchError({ code, values: [{ key: 'QueryParameterName', value: 'state' }] })).toBe(
      `${withoutStop(firstMessage(code))} (QueryParameterName: state).`,
    );
  });

  it.each<[string, unknown, Parameters<typeof formatBatchError>[1], string | undefined]>([
    ['a body as JSON text', JSON.stringify({ code, message: { lang: 'en-US', value: 'x\nRequestId:1' } }), {}, firstMessage(code)],
    ['with its code first', { code }, { includeCode: true }, `${code}: ${firstMessage(code)}`],
    [
      'an unknown code, by the first line of its own message',
      { code: 'SomeFutureCode', message: { lang: 'en-US', value: 'Something new went wrong.\nRequestId:abc\nTime:x' } },
      {},
      'Something new went wrong.',
    ],
    ['an unknown code without a message', { code: 'SomeFutureCode' }, {}, 'SomeFutureCode'],
    ['something that is not an error body', '<html>502</html>', {}, undefined],
  ])('renders %s', (_name, body, options, expected) => {
    expect(formatBatchError(body, options)).toBe(expected);
  });

  it.skipIf(laterStatusRow === undefined)(
    `renders the row of the status asked for, of ${laterStatusRow?.code ?? `a code with several statuses ${noneDocumented('such code')}`}`,
    () => {
      const row = laterStatusRow!;
      expect(formatBatchError({ code: row.code }, { status: row.status! })).toBe(row.text);
    },
  );

  it.skipIf(schedulingRowOfRestCode === undefined)(
    `renders the row of the table asked for, of ${schedulingRowOfRestCode?.code ?? `a code in a REST and a scheduling table ${noneDocumented('such code')}`}`,
    () => {
      const row = schedulingRowOfRestCode!;
      expect(formatBatchError({ code: row.code }, { table: row.table! })).toBe(row.text);
    },
  );

  it.skipIf(rowWithoutFinalPeriod === undefined)(
    `renders a message without a final period with a detail, and the period${rowWithoutFinalPeriod === undefined ? ` ${noneDocumented('such message')}` : ''}`,
    () => {
      const row = rowWithoutFinalPeriod!;
      expect(formatBatchError({ code: row.code, values: { name: 'PoolId', value: 'p1' } })).toBe(`${row.text} (PoolId: p1).`);
    },
  );

  it('renders 100,000 details of a mebibyte each as a short sentence, without a RangeError', () => {
    const mebibyte = 'x'.repeat(2 ** 20);
    const values = Array.from({ length: 100_000 }, (_, index) => ({ key: `K${index}`, value: mebibyte }));
    const text = formatBatchError({ code, values });
    expect(text).toBe(`${withoutStop(firstMessage(code))} (${Array.from({ length: 25 }, (_, index) => `K${index}: ${'x'.repeat(499)}…`).join(', ')}, …).`);
  });

  it('cuts long keys, values, lines and codes, and never in the middle of a surrogate pair', () => {
    const key = `${'k'.repeat(99)}😀`;
    expect(formatBatchError({ code, values: [{ key, value: 'v'.repeat(500) }] })).toBe(
      `${withoutStop(firstMessage(code))} (${'k'.repeat(99)}…: ${'v'.repeat(500)}).`,
    );
    const line = 'Something new went wrong '.repeat(10_000);
    const own = formatBatchError({ code: 'SomeFutureCode', message: { value: `${line}\nRequestId:abc` } });
    expect(own).toBe(`${line.slice(0, 1999)}…`);
    const longCode = 'Future'.repeat(100_000);
    expect(formatBatchError({ code: longCode }, { includeCode: true })).toBe(`${longCode.slice(0, 199)}…: ${longCode.slice(0, 199)}…`);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true }), fc.json(), fc.string()), (body) => {
        const text = formatBatchError(body);
        expect(text === undefined || typeof text === 'string').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads options it cannot read, and message getters that change their answer, without throwing', () => {
    const throwingOptions = Object.defineProperty({}, 'locale', {
      get() {
        throw new Error('boom');
      },
    });
    expect(formatBatchError({ code }, throwingOptions)).toBe(firstMessage(code));
    let reads = 0;
    const fickle = Object.defineProperty({}, 'value', { get: () => (reads++ === 0 ? 'Oops.' : { not: 'text' }) });
    expect(formatBatchError({ code: 'SomethingNew', message: fickle })).toBe('Oops.');
  });
});

describe('lookups on hostile input', () => {
  const throwingToString = {
    toString: () => {
      throw new Error('boom');
    },
  };
  const throwingGetter = (name: string) =>
    Object.defineProperty({}, name, {
      get() {
        throw new Error('boom');
      },
    });

  it('answers undefined for a code or category that is not a string', () => {
    for (const value of [throwingToString, Symbol('PoolNotFound'), 42, null, undefined]) {
      expect(getMessage(value as never)).toBeUndefined();
      expect(messageIn(enUsCatalog, value as never)).toBeUndefined();
      expect(getCategoryDescription(value as never)).toBeUndefined();
      expect(categoryDescriptionIn(enUsCatalog, value as never)).toBeUndefined();
    }
  });

  it('reads options it cannot read as no options', () => {
    const several = laterStatusRow?.code ?? code;
    expect(getMessage(code, throwingGetter('locale'))).toBe(firstMessage(code));
    expect(getMessage(several, throwingGetter('status'))).toBe(firstMessage(several));
    expect(getMessage(code, null as never)).toBe(firstMessage(code));
    expect(getCategoryDescription('UserError', throwingGetter('locale'))).toBe(getCategoryDescription('UserError'));
  });
});

describe('a code the official SDKs know and the docs do not', () => {
  it('gets a second line saying so, in each language', () => {
    const [code] = undocumentedKnownCodes;
    if (code === undefined) return;
    const body = { code, message: { lang: 'en-US', value: 'Too many requests.' } };
    const notes = new Set<string>();
    for (const locale of supportedLocales) {
      const lines = formatBatchError(body, { locale })?.split('\n') ?? [];
      expect(lines, locale).toHaveLength(2);
      expect(lines[0], locale).toBe('Too many requests.');
      expect(lines[1], locale).toMatch(/^[(（].+[)）]$/);
      notes.add(lines[1] ?? '');
    }
    expect(notes.size).toBe(supportedLocales.length);
    expect(formatBatchError(body)).toBe('Too many requests.\n(undocumented; known to the official SDKs)');
    expect(formatBatchError({ code: `${code}Typo`, message: { lang: 'en-US', value: 'Too many requests.' } })).toBe('Too many requests.');
  });
});
