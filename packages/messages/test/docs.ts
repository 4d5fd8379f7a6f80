/**
 * The docs as the generator reads them (`docs-source`, read once per run by
 * `@batch-errors/codegen/testing`): tests take the codes and messages they need from here,
 * never from today's page, so they hold after any valid docs change.
 */
import { type ErrorCategory, sourceTexts, type TableId, translatedTextOf } from '@batch-errors/codegen';
// Brings the type of what the setup provides (`docsModel`).
import type {} from '@batch-errors/codegen/testing';
import { inject } from 'vitest';

const model = inject('docsModel');

/** A message or category description of the English page, with its translations. */
export interface DocumentedText {
  table?: TableId;
  code?: string;
  status?: number;
  category?: ErrorCategory;
  /** The English text. */
  text: string;
  /** The text of each translated page that has the row, by locale. */
  translations: Record<string, string>;
}

/** Every row's message and every category's description, in document order. */
const texts: DocumentedText[] = (() => {
  const translatedTexts = model.translations.map((translation) => [translation.document.locale, translatedTextOf(translation)] as const);
  return sourceTexts(model).map(({ id, status, text }): DocumentedText => {
    const translations: Record<string, string> = {};
    for (const [locale, translatedText] of translatedTexts) {
      const translated = translatedText(id)?.text;
      if (translated !== undefined) translations[locale] = translated;
    }
    const row = 'category' in id ? { category: id.category } : { table: id.table, code: id.code, ...(status === undefined ? {} : { status }) };
    return { ...row, text, translations };
  });
})();

/** The locales of the translated pages. */
export const translatedLocales: readonly string[] = model.translations.map((translation) => translation.document.locale);

/** Every row of the code tables, in document order. */
export const rows = texts.filter((text) => text.code !== undefined) as (DocumentedText & { code: string })[];

/** Every distinct code, in order of first appearance. */
export const documentedCodes: readonly string[] = [...new Set(rows.map((row) => row.code))];

/** The rows of `code`, in document order; the first is the one `getMessage` answers without options. */
export const rowsOf = (code: string) => rows.filter((row) => row.code === code);

/** A row's message or a category's description in `locale`: its translation, or English where the translated page lacks it (as the package falls back). */
export function textIn(text: DocumentedText, locale: string): string {
  return locale === 'en-us' ? text.text : (text.translations[locale] ?? text.text);
}

/** The message `getMessage(code, { locale })` gives: the first row's. */
export function firstMessage(code: string, locale = 'en-us'): string {
  const [first] = rowsOf(code);
  if (!first) throw new Error(`Expected ${code} in the docs, found no row`);
  return textIn(first, locale);
}

/** Each category's description. */
export const categoryTexts = texts.filter((text) => text.category !== undefined);

/** A code documented once, in one table with one row: its message is the same however it is asked for. */
export const plainCode = documentedCodes.find((code) => rowsOf(code).length === 1);

/** A row of a code documented with several statuses, after its first: picked by status only. */
export const laterStatusRow = rows.find(
  (row) =>
    row.status !== undefined &&
    rowsOf(row.code)
      .filter((other) => other.table === row.table)
      .indexOf(row) > 0,
);

/** A scheduling row of a code a REST table lists first: picked by table only. */
export const schedulingRowOfRestCode = rows.find((row) => row.status === undefined && rowsOf(row.code)[0]?.status !== undefined);

/** The first row of a code whose message has no final full stop. */
export const rowWithoutFinalPeriod = documentedCodes.map((code) => rowsOf(code)[0]).find((row) => row !== undefined && !/[.。．]$/u.test(row.text));
