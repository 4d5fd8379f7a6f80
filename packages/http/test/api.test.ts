import { expect, it } from 'vitest';
import * as http from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(http).sort()).toEqual([
    'BatchError',
    'codesForStatus',
    'errorFromResponse',
    'fromFetchResponse',
    'isBatchError',
    'isRetryable',
    'reasonPhrase',
    'spanAttributesOf',
    'statusOf',
    'statusesOf',
    'toBatchError',
  ]);
});
