import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deDeCatalog } from '../src/generated/de-de.js';
import {
  catalogsByLocale,
  enUsCatalog,
  formatBatchError,
  getCategoryDescription,
  getMessage,
  type MessageCatalog,
  messageIn,
  supportedLocales,
} from '../src/index.js';
import { categoryTexts, documentedCodes, firstMessage, laterStatusRow, rows, rowsOf, schedulingRowOfRestCode, textIn, translatedLocales } from './docs.js';

const noneDocumented = (what: string) => `(skipped: the docs list no ${what})`;
/** A documented code, for tests about everything but which code it is. */
const code = documentedCodes[0] ?? '';
const [firstRow] = rowsOf(code);
/** A documented code other than `code`. */
const otherCode = documentedCodes[1] ?? '';

describe('messages in other languages', () => {
  it('ships English and a locale per translated page', () => {
    expect(supportedLocales).toEqual(['en-us', ...translatedLocales]);
    expect(Object.keys(catalogsByLocale)).toEqual([...supportedLocales]);
  });

  it.each<[string, string]>([
    ['de-de', 'de-de'],
    ['de-AT', 'de-de'],
    ['fr-FR', 'fr-fr'],
    ['ja', 'ja-jp'],
    ['zh-Hans-CN', 'zh-cn'],
    ['pt', 'pt-br'],
    ['es', 'es-es'],
    ['tlh', 'en-us'],
  ])('getMessage in %s reads %s', (locale, shipped) => {
    expect(getMessage(code, { locale })).toBe(firstMessage(code, shipped));
  });

  it.skipIf(laterStatusRow === undefined)(
    `picks status variants in every locale${laterStatusRow === undefined ? ` ${noneDocumented('code with several statuses')}` : ''}`,
    () => {
      const row = laterStatusRow!;
      for (const locale of supportedLocales) expect(getMessage(row.code, { locale, status: row.status! }), locale).toBe(textIn(row, locale));
    },
  );

  it.skipIf(schedulingRowOfRestCode === undefined)(
    `picks tables in every locale${schedulingRowOfRestCode === undefined ? ` ${noneDocumented('code in a REST and a scheduling table')}` : ''}`,
    () => {
      const row = schedulingRowOfRestCode!;
      for (const locale of supportedLocales) expect(getMessage(row.code, { locale, table: row.table! }), locale).toBe(textIn(row, locale));
    },
  );

  it('describes categories in every locale', () => {
    for (const category of categoryTexts)
      for (const locale of supportedLocales) expect(getCategoryDescription(category.category!, { locale }), locale).toBe(textIn(category, locale));
  });

  it('falls back to English for a row a translation lacks', () => {
    const partial: MessageCatalog = { locale: 'xx-xx', tables: { [firstRow?.table ?? 'common']: { [code]: 'Kein Code.' } }, categories: {} };
    expect(messageIn([partial, enUsCatalog], code)).toBe('Kein Code.');
    expect(messageIn([partial, enUsCatalog], otherCode)).toBe(firstMessage(otherCode));
    expect(messageIn(partial, otherCode)).toBeUndefined();
    expect(messageIn(deDeCatalog, code)).toBe(firstRow?.translations['de-de']);
  });
});

describe('formatBatchError in other languages', () => {
  const body = {
    code,
    message: { lang: 'de-DE', value: 'Der Wert eines Abfrageparameters ist ungültig.\nRequestId:1' },
    values: [{ key: 'QueryParameterName', value: 'state' }],
  };
  /** The documented message in a locale with the details before its full stop, which stays the one the language uses. */
  const withDetails = (text: string) => `${text.replace(/[.。．]$/u, '')} (QueryParameterName: state)${/[.。．]$/u.exec(text)?.[0] ?? '.'}`;

  it('renders the documented message in the reader’s language, keeping its full stop', () => {
    expect(formatBatchError(body, { locale: 'ja' })).toBe(withDetails(firstMessage(code, 'ja-jp')));
    expect(formatBatchError(body, { locale: 'de-AT' })).toBe(withDetails(firstMessage(code, 'de-de')));
  });

  const japanese = rows.find((row) => row.translations['ja-jp']?.endsWith('。') && rowsOf(row.code)[0] === row);
  it.skipIf(japanese === undefined)(
    `keeps a full stop other than the period: 。 in Japanese${japanese === undefined ? ` ${noneDocumented('Japanese message ending with 。')}` : ''}`,
    () => {
      expect(formatBatchError({ ...body, code: japanese!.code }, { locale: 'ja' })).toMatch(/ \(QueryParameterName: state\)。$/);
    },
  );

  it('prefers the body’s own message when asked and when it is in the reader’s language', () => {
    expect(formatBatchError(body, { locale: 'de', preferResponseMessage: true })).toBe(
      'Der Wert eines Abfrageparameters ist ungültig (QueryParameterName: state).',
    );
    expect(formatBatchError(body, { locale: 'fr', preferResponseMessage: true })).toBe(withDetails(firstMessage(code, 'fr-fr')));
    // Dutch is not shipped: negotiation falls back to English, but the body is still not English.
    const dutch = { code, message: { lang: 'nl-NL', value: 'De opgegeven code bestaat niet.' } };
    expect(formatBatchError(dutch, { locale: 'en-US', preferResponseMessage: true })).toBe(firstMessage(code));
    expect(formatBatchError({ ...dutch, message: { lang: 'en-GB', value: 'The pool is not there.' } }, { locale: 'en-US', preferResponseMessage: true })).toBe(
      'The pool is not there.',
    );
  });
});

describe('the package', () => {
  it('exports a subpath for every locale', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    for (const locale of supportedLocales) expect(Object.keys(manifest.exports), locale).toContain(`./${locale}`);
    expect(Object.keys(manifest.exports).filter((key) => /^\.\/[a-z]{2}-[a-z]{2}$/.test(key))).toHaveLength(supportedLocales.length);
  });
});
