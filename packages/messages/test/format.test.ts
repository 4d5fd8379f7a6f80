import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryDescriptionIn, enUsCatalog, formatBatchError, getCategoryDescription, getMessage, messageIn } from '../src/index.js';

describe('formatBatchError', () => {
  it('renders the values of a body after its message', () => {
    expect(formatBatchError({ code: 'InvalidQueryParameterValue', values: [{ key: 'QueryParameterName', value: 'state' }] })).toBe(
      'An invalid value was specified for one of the query parameters in the request URI (QueryParameterName: state).',
    );
  });

  it.each<[string, unknown, Parameters<typeof formatBatchError>[1], string | undefined]>([
    [
      'a body as JSON text',
      JSON.stringify({ code: 'PoolNotFound', message: { lang: 'en-US', value: 'x\nRequestId:1' } }),
      {},
      'The specified pool does not exist.',
    ],
    ['with its code first', { code: 'PoolNotFound' }, { includeCode: true }, 'PoolNotFound: The specified pool does not exist.'],
    [
      'the write variant of ConditionNotMet',
      { code: 'ConditionNotMet' },
      { status: 412 },
      'The condition specified in the conditional header(s) was not met for a write operation.',
    ],
    [
      'the job scheduling row of a code in two tables',
      { code: 'JobBeingTerminated' },
      { table: 'jobScheduling' },
      'Task cannot be started because the associated job is being terminated.',
    ],
    [
      'a message without a final period, with a detail',
      { code: 'PoolBeingResized', values: { name: 'PoolId', value: 'p1' } },
      {},
      'The specified pool is being resized (PoolId: p1).',
    ],
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
    expect(formatBatchError({ code: 'PoolNotFound' }, throwingOptions)).toBe('The specified pool does not exist.');
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
    expect(getMessage('PoolNotFound', throwingGetter('locale'))).toBe('The specified pool does not exist.');
    expect(getMessage('ConditionNotMet', throwingGetter('status'))).toBe(getMessage('ConditionNotMet'));
    expect(getMessage('PoolNotFound', null as never)).toBe('The specified pool does not exist.');
    expect(getCategoryDescription('UserError', throwingGetter('locale'))).toBe(getCategoryDescription('UserError'));
  });
});
