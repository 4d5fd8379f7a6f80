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
  return withRememberedLookups({
    locale,
    texts,
    message: (code, table) => getMessage(code, table === undefined ? undefined : { table }),
    categoryDescription: getCategoryDescription,
  });
}

/** Lookups remembered at most: a list of a million failed tasks repeats a few codes; a hostile one cannot grow the memory. */
const rememberedLookups = 1024;

/**
 * The language with its lookups remembered per code and table (up to
 * `rememberedLookups`): a summary looks the same few codes up once per
 * failed item.
 */
export function withRememberedLookups(language: Language): Language {
  const messages = new Map<string, string | undefined>();
  const descriptions = new Map<string, string | undefined>();
  return {
    locale: language.locale,
    texts: language.texts,
    message(code, table) {
      const key = `${table ?? ''}\u0000${code}`;
      if (messages.has(key)) return messages.get(key);
      const found = language.message(code, table);
      if (messages.size < rememberedLookups && typeof code === 'string' && code.length <= 256) messages.set(key, found);
      return found;
    },
    categoryDescription(category) {
      if (descriptions.has(category)) return descriptions.get(category);
      const found = language.categoryDescription(category);
      if (descriptions.size < rememberedLookups) descriptions.set(category, found);
      return found;
    },
  };
}
