import { expect, it } from 'vitest';
import * as azure from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(azure).sort()).toEqual(['batchErrorPolicy', 'batchErrorPolicyName', 'batchErrorRequestPolicyFactory']);
});
