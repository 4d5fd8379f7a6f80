import { expect, it } from 'vitest';
import * as messages from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(messages).sort()).toEqual(['enUsCatalog', 'formatBatchError', 'getCategoryDescription', 'getMessage', 'messageIn']);
});
