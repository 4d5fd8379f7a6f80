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

it.each(messages.supportedLocales.map((locale) => [locale]))('exports exactly its catalog, getCategoryDescription and getMessage from ./%s', async (locale) => {
  const entry = (await import(`../src/generated/entries/${locale}.ts`)) as Record<string, unknown>;
  const catalogName = Object.keys(entry).find((name) => name.endsWith('Catalog'));
  expect(Object.keys(entry).sort()).toEqual([catalogName, 'getCategoryDescription', 'getMessage'].sort());
  expect((entry[catalogName ?? ''] as { locale?: string } | undefined)?.locale).toBe(locale);
});
