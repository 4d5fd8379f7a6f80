import { expect, it } from 'vitest';
import * as http from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(http).sort()).toEqual(['codesForStatus', 'errorFromResponse', 'isRetryable', 'reasonPhrase', 'statusOf', 'statusesOf']);
});
