import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchFailureInfo, parseErrorCategory, parseFailureInfo } from '../src/index.js';

describe('parseErrorCategory', () => {
  it.each([
    ['UserError', 'UserError'],
    ['usererror', 'UserError'],
    ['SERVERERROR', 'ServerError'],
    ['servererror', 'ServerError'],
    ['user error', undefined],
    ['', undefined],
    [undefined, undefined],
    [1, undefined],
  ])('%j is %j', (value, expected) => {
    expect(parseErrorCategory(value)).toBe(expected);
  });
});

describe('parseFailureInfo', () => {
  it.each<[string, unknown, BatchFailureInfo | undefined]>([
    [
      "a task's failureInfo as the REST API sends it",
      {
        category: 'usererror',
        code: 'FailureExitCode',
        message: 'The task exited with an exit code representing a failure',
        details: [{ name: 'Message', value: 'The task exited with an exit code representing a failure' }],
      },
      {
        category: 'UserError',
        code: 'FailureExitCode',
        message: 'The task exited with an exit code representing a failure',
        details: [{ key: 'Message', value: 'The task exited with an exit code representing a failure' }],
      },
    ],
    [
      "a job's schedulingError",
      { category: 'servererror', code: 'Unknown', message: 'An unknown scheduling error has occurred.' },
      { category: 'ServerError', code: 'Unknown', message: 'An unknown scheduling error has occurred.', details: [] },
    ],
    [
      'the sample of the docs, wrapped in preProcessingError, with values as one object',
      {
        preProcessingError: {
          category: 'UserError',
          code: 'BlobNotFound',
          message: 'The specified blob does not exist.',
          values: { name: 'FilePath', value: 'myfile.txt' },
        },
      },
      { category: 'UserError', code: 'BlobNotFound', message: 'The specified blob does not exist.', details: [{ key: 'FilePath', value: 'myfile.txt' }] },
    ],
    ['JSON text', '{"failureInfo":{"category":"usererror","code":"TaskEnded"}}', { category: 'UserError', code: 'TaskEnded', details: [] }],
    ['an unknown category with a code', { category: 'networkerror', code: 'X' }, { code: 'X', details: [] }],
    ['neither category nor code', { message: 'x' }, undefined],
    ['not an object', 'usererror', undefined],
  ])('reads %s', (_name, value, expected) => {
    expect(parseFailureInfo(value)).toEqual(expected);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true }), fc.json(), fc.string()), (value) => {
        const parsed = parseFailureInfo(value);
        if (parsed) expect(Array.isArray(parsed.details)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
