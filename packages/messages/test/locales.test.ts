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

describe('messages in other languages', () => {
  it('ships English and six translations', () => {
    expect(supportedLocales).toEqual(['en-us', 'de-de', 'es-es', 'fr-fr', 'ja-jp', 'pt-br', 'zh-cn']);
    expect(Object.keys(catalogsByLocale)).toEqual([...supportedLocales]);
  });

  it.each<[string, string]>([
    ['de-de', 'Der angegebene Pool ist nicht vorhanden.'],
    ['de-AT', 'Der angegebene Pool ist nicht vorhanden.'],
    ['fr-FR', 'Le pool spécifié n’existe pas.'],
    ['ja', '指定されたプールは存在しません。'],
    ['zh-Hans-CN', '指定的池不存在。'],
    ['pt', 'O pool especificado não existe.'],
    ['es', 'El grupo especificado no existe.'],
    ['tlh', 'The specified pool does not exist.'],
  ])('getMessage in %s', (locale, expected) => {
    expect(getMessage('PoolNotFound', { locale })).toBe(expected);
  });

  it('picks status variants and tables in every locale', () => {
    expect(getMessage('ConditionNotMet', { locale: 'de', status: 412 })).toBe(
      'Die in den bedingten Headern angegebene Bedingung wurde für einen Schreibvorgang nicht erfüllt.',
    );
    expect(getMessage('JobBeingTerminated', { locale: 'ja', table: 'jobScheduling' })).toMatch(/^関連付けられているジョブが終了中/);
    expect(getCategoryDescription('UserError', { locale: 'fr' })).toBe('Erreurs dans la spécification de tâche fournie par l’utilisateur.');
  });

  it('falls back to English for a row a translation lacks', () => {
    const partial: MessageCatalog = { locale: 'xx-xx', tables: { batchService: { PoolNotFound: 'Kein Pool.' } }, categories: {} };
    expect(messageIn([partial, enUsCatalog], 'PoolNotFound')).toBe('Kein Pool.');
    expect(messageIn([partial, enUsCatalog], 'JobNotFound')).toBe('The specified job does not exist.');
    expect(messageIn(partial, 'JobNotFound')).toBeUndefined();
    expect(messageIn(deDeCatalog, 'PoolNotFound')).toBe('Der angegebene Pool ist nicht vorhanden.');
  });
});

describe('formatBatchError in other languages', () => {
  const body = {
    code: 'InvalidQueryParameterValue',
    message: { lang: 'de-DE', value: 'Der Wert eines Abfrageparameters ist ungültig.\nRequestId:1' },
    values: [{ key: 'QueryParameterName', value: 'state' }],
  };

  it('renders the documented message in the reader’s language, keeping its full stop', () => {
    expect(formatBatchError(body, { locale: 'ja' })).toBe('要求 URI のクエリ パラメーターのいずれかに無効な値が指定されました (QueryParameterName: state)。');
    expect(formatBatchError(body, { locale: 'de-AT' })).toBe(
      'Für einen der Abfrageparameter im Anforderungs-URI wurde ein ungültiger Wert angegeben (QueryParameterName: state).',
    );
  });

  it('prefers the body’s own message when asked and when it is in the reader’s language', () => {
    expect(formatBatchError(body, { locale: 'de', preferResponseMessage: true })).toBe(
      'Der Wert eines Abfrageparameters ist ungültig (QueryParameterName: state).',
    );
    expect(formatBatchError(body, { locale: 'fr', preferResponseMessage: true })).toMatch(/^Une valeur non valide/);
    // Dutch is not shipped: negotiation falls back to English, but the body is still not English.
    const dutch = { code: 'PoolNotFound', message: { lang: 'nl-NL', value: 'De opgegeven pool bestaat niet.' } };
    expect(formatBatchError(dutch, { locale: 'en-US', preferResponseMessage: true })).toBe('The specified pool does not exist.');
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
