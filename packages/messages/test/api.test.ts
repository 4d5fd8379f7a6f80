import { expect, it } from 'vitest';
import * as lookup from '../src/lookup.js';
import * as messages from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(messages).sort()).toEqual([
    'acceptLanguageTags',
    'catalogsByLocale',
    'categoryDescriptionIn',
    'enUsCatalog',
    'formatBatchError',
    'getCategoryDescription',
    'getMessage',
    'messageIn',
    'negotiateLocale',
    'supportedLocales',
  ]);
  expect(Object.keys(lookup).sort()).toEqual(['categoryDescriptionIn', 'messageIn']);
});
