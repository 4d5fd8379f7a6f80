/**
 * The language a diagnosis is written in: its sentences and the documented
 * messages of error codes. The root entry negotiates one per call
 * (`src/languages.ts`); each `@batch-errors/diagnose/<locale>` entry binds
 * one (`src/locales/*.ts`), so an app that needs one language bundles only it.
 */
import type { ErrorCategory } from '@batch-errors/core';
import type { SupportedLocale } from '@batch-errors/messages';
import type { DiagnoseTexts } from './texts/texts.js';

/** A language: the locale, its sentences, and lookups of documented messages in it. */
export interface Language {
  readonly locale: SupportedLocale;
  readonly texts: DiagnoseTexts;
  /** The documented message of a code, from one scheduling table when given; undefined for codes the docs do not list. */
  message(code: string, table?: 'jobScheduling' | 'taskScheduling'): string | undefined;
  /** What a category means. */
  categoryDescription(category: ErrorCategory): string | undefined;
}

/** The signature of a locale module's `getMessage` (`@batch-errors/messages/<locale>`). */
type LocaleGetMessage = (code: string, options?: { table?: 'jobScheduling' | 'taskScheduling' }) => string | undefined;

/** A language over one locale's sentences and the `getMessage` / `getCategoryDescription` of that locale's messages module. */
export function languageOf(
  locale: SupportedLocale,
  texts: DiagnoseTexts,
  getMessage: LocaleGetMessage,
  getCategoryDescription: (category: ErrorCategory) => string | undefined,
): Language {
  return {
    locale,
    texts,
    message: (code, table) => getMessage(code, table === undefined ? undefined : { table }),
    categoryDescription: getCategoryDescription,
  };
}
